package io.factdesk.desk;

import io.factdesk.account.User;
import io.factdesk.article.ArticleService;
import io.factdesk.claim.Claim;
import io.factdesk.system.FieldChecks;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Who else has an article or a claim open (docs/ui.md, "Presence"). A page beats every
 * {@link #BEAT} with its tab's name; a tab not heard of for {@link #GONE_AFTER} is gone, and its row is
 * deleted by a later beat. Rows live in the database, so every instance behind a load balancer sees the
 * same desk. Presence is not history: nothing here appends an event.
 */
@ApplicationScoped
@Transactional
public class PresenceService {

    /** How often a page says it is still open. */
    public static final Duration BEAT = Duration.ofSeconds(10);
    /** After this long without a beat a tab is no longer shown. */
    public static final Duration GONE_AFTER = Duration.ofSeconds(30);
    /** Rows older than this are deleted by a later beat on any article. */
    static final Duration PURGE_AFTER = Duration.ofMinutes(5);
    /** An instance purges at most this often: a beat is otherwise one upsert and one read. */
    static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    /** When this instance last purged, in epoch milliseconds. */
    private final AtomicLong lastPurge = new AtomicLong();

    private static final Pattern TAB = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    /** Someone else on the article: their claim pages open (none: the reader only) and which they edit. */
    public record Here(String username, String name, String initials, List<Long> claims, List<Long> editing) {
    }

    @Inject
    EntityManager em;

    @Inject
    ArticleService articles;

    /**
     * The tab's beat: it has article {@code articleId} open (and claim {@code claimId}'s page when not
     * null), {@code editing} one of its forms. Answers who else is there. 422 for a malformed tab name or a
     * claim of another article, 404 for an unknown article or claim, 409 for another user's tab.
     */
    public List<Here> beat(String tab, User user, Long articleId, Long claimId, boolean editing) {
        FieldChecks checks = new FieldChecks();
        if (tab == null || !TAB.matcher(tab).matches()) {
            checks.add("tab", "The tab's name must be 8 to 64 letters, digits, '-' or '_'.");
        }
        if (articleId == null) {
            checks.add("article", "article is required: the article whose page is open.");
        }
        checks.throwIfAny();
        articles.get(articleId);
        if (claimId != null) {
            Claim claim = em.find(Claim.class, claimId);
            if (claim == null) {
                throw ProblemException.notFound("Claim", claimId);
            }
            if (claim.article.id != articleId.longValue()) {
                throw ProblemException.invalid("claim", "Claim " + claimId + " is not in article " + articleId + ".");
            }
        }
        Instant now = Instant.now();
        Presence p = em.find(Presence.class, tab);
        if (p == null) {
            p = new Presence();
            p.tab = tab;
            p.user = user;
        } else if (!p.user.id.equals(user.id)) {
            throw new ProblemException(409, "tab-taken", "Another user's tab",
                    "This tab name belongs to another user: make a new one.", null, null);
        }
        p.articleId = articleId;
        p.claimId = claimId;
        p.editing = editing && claimId != null;
        p.seenAt = now;
        if (!em.contains(p)) {
            p.persist();
        }
        long last = lastPurge.get();
        if (now.toEpochMilli() - last >= PURGE_EVERY.toMillis() && lastPurge.compareAndSet(last, now.toEpochMilli())) {
            em.createQuery("delete from Presence p where p.seenAt < :t").setParameter("t", now.minus(PURGE_AFTER))
                    .executeUpdate();
        }
        return here(articleId, user, now);
    }

    /** The tab closed: it is gone at once. Another user's tab, or one already gone, is left alone. */
    public void leave(String tab, User user) {
        em.createQuery("delete from Presence p where p.tab = :t and p.user.id = :u").setParameter("t", tab)
                .setParameter("u", user.id).executeUpdate();
    }

    /** Everyone but {@code me} with the article open now, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Here> here(long articleId, User me) {
        articles.get(articleId);
        return here(articleId, me, Instant.now());
    }

    private List<Here> here(long articleId, User me, Instant now) {
        List<Presence> rows = em.createQuery("select p from Presence p join fetch p.user where p.articleId = :a"
                + " and p.seenAt > :t and p.user.id <> :me order by p.user.username, p.claimId", Presence.class)
                .setParameter("a", articleId).setParameter("t", now.minus(GONE_AFTER)).setParameter("me", me.id)
                .getResultList();
        Map<String, Here> byUser = new LinkedHashMap<>();
        for (Presence p : rows) {
            Here h = byUser.computeIfAbsent(p.user.username, u -> new Here(u, p.user.name(),
                    initials(p.user.name()), new ArrayList<>(), new ArrayList<>()));
            if (p.claimId != null && !h.claims().contains(p.claimId)) {
                h.claims().add(p.claimId);
            }
            if (p.editing && !h.editing().contains(p.claimId)) {
                h.editing().add(p.claimId);
            }
        }
        return List.copyOf(byUser.values());
    }

    /** "Ana Kovač" → "AK"; one word → its first two letters; by code points, upper case. */
    static String initials(String name) {
        String[] words = name.strip().split("[\\s._-]+");
        StringBuilder out = new StringBuilder();
        if (words.length == 1) {
            words[0].codePoints().limit(2).forEach(out::appendCodePoint);
        } else {
            out.appendCodePoint(words[0].codePointAt(0)).appendCodePoint(words[words.length - 1].codePointAt(0));
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
