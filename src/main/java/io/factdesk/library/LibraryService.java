package io.factdesk.library;

import io.factdesk.account.User;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.system.Limits;
import io.factdesk.system.PageResult;
import io.factdesk.system.Problem;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Imports files of published fact-checks into the library and searches it (docs/matching.md,
 * "Fact-check library"). A review URL is one entry: importing it again updates the entry where the file
 * says something new, and leaves it as it is otherwise. Every import is recorded (LIBRARY_IMPORTED).
 */
@ApplicationScoped
@Transactional
public class LibraryService {

    /** What one import did: entries added, updated, left as they were, and the elements skipped. */
    public record ImportResult(String file, String format, int added, int updated, int unchanged,
            List<LibraryFile.Skipped> skipped) {
    }

    /** How many review URLs one query looks up. */
    private static final int LOOKUP_CHUNK = 500;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    /**
     * Imports one file (its bytes, UTF-8). {@code field} is where a refusal is shown ({@code file},
     * {@code content}; null for an API request's body): 413 beyond {@link Limits#LIBRARY_UPLOAD_BYTES},
     * 422 when it is not UTF-8 or holds nothing to import.
     */
    public ImportResult importFile(byte[] bytes, String fileName, String field, User actor) {
        if (bytes.length > Limits.LIBRARY_UPLOAD_BYTES) {
            String why = "The file is larger than " + Limits.LIBRARY_UPLOAD_BYTES / (1024 * 1024)
                    + " MiB. Split it into smaller files.";
            throw new ProblemException(413, "too-large", "Request too large", why,
                    field == null ? null : List.of(new Problem.FieldError(field, why)), null);
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String why = "The file is not UTF-8 text.";
            throw new ProblemException(422, "nothing-to-import", "Nothing to import", why,
                    field == null ? null : List.of(new Problem.FieldError(field, why)), null);
        }
        LibraryFile.Contents contents = LibraryFile.read(content, field);
        Map<String, LibraryEntry> known = existing(contents.reviews());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Set<Long> changed = new LinkedHashSet<>();
        for (LibraryReview review : contents.reviews()) {
            LibraryEntry entry = known.get(review.url());
            if (entry == null) {
                entry = new LibraryEntry();
                entry.reviewUrl = review.url();
                entry.importedAt = now;
                entry.importedBy = actor;
                apply(entry, review);
                entry.updatedAt = now;
                entry.persist();
                known.put(entry.reviewUrl, entry);
                changed.add(entry.id);
                added++;
            } else if (apply(entry, review)) {
                entry.updatedAt = now;
                changed.add(entry.id);
                updated++;
            } else {
                unchanged++;
            }
        }
        String name = fileName == null || fileName.isBlank() ? null : fileName.strip();
        ImportResult result = new ImportResult(name, contents.format().id, added, updated, unchanged,
                contents.skipped());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", name);
        after.put("format", result.format());
        after.put("added", added);
        after.put("updated", updated);
        after.put("unchanged", unchanged);
        after.put("skipped", contents.skipped().size());
        long seq = audit.record(EventType.LIBRARY_IMPORTED, actor, null, null, Map.of(), after, null);
        stamp(new ArrayList<>(changed), seq);
        return result;
    }

    /**
     * Names the import's event on every entry it added or changed, in the same transaction: another instance's
     * claim index, reading the history, re-indexes the entries of each {@code LIBRARY_IMPORTED} event it has not
     * read (docs/matching.md, "Index"). The event is appended last (its append locks the chain head until the
     * commit), so the entries are stamped after it, with one bulk update per chunk rather than a versioned
     * update per entry.
     */
    private void stamp(List<Long> ids, long seq) {
        for (int i = 0; i < ids.size(); i += LOOKUP_CHUNK) {
            em.createQuery("update LibraryEntry e set e.eventSeq = :seq where e.id in :ids")
                    .setParameter("seq", seq)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + LOOKUP_CHUNK)))
                    .executeUpdate();
        }
    }

    /** The entries already in the library for the file's review URLs, by URL. */
    private Map<String, LibraryEntry> existing(List<LibraryReview> reviews) {
        List<String> urls = reviews.stream().map(LibraryReview::url).distinct().toList();
        Map<String, LibraryEntry> known = new HashMap<>();
        for (int i = 0; i < urls.size(); i += LOOKUP_CHUNK) {
            em.createQuery("from LibraryEntry e where e.reviewUrl in :urls", LibraryEntry.class)
                    .setParameter("urls", urls.subList(i, Math.min(urls.size(), i + LOOKUP_CHUNK))).getResultList()
                    .forEach(e -> known.put(e.reviewUrl, e));
        }
        return known;
    }

    /**
     * Takes what the review says into the entry; true when anything changed. What the review leaves out
     * keeps its stored value (a Fact Check Tools answer has no numeric rating and no claimant's role);
     * a new verdict text replaces the number with the review's own, none included. The raw JSON is that of
     * the last import that changed something.
     */
    static boolean apply(LibraryEntry e, LibraryReview r) {
        boolean changed = false;
        changed |= !Objects.equals(e.claimText, e.claimText = keep(e.claimText, r.claimText()));
        changed |= !Objects.equals(e.claimant, e.claimant = keep(e.claimant, r.claimant()));
        changed |= !Objects.equals(e.claimDate, e.claimDate = keep(e.claimDate, r.claimDate()));
        changed |= !Objects.equals(e.reviewerName, e.reviewerName = keep(e.reviewerName, r.reviewerName()));
        changed |= !Objects.equals(e.reviewerSite, e.reviewerSite = keep(e.reviewerSite, r.reviewerSite()));
        changed |= !Objects.equals(e.reviewTitle, e.reviewTitle = keep(e.reviewTitle, r.title()));
        changed |= !Objects.equals(e.reviewDate, e.reviewDate = keep(e.reviewDate, r.reviewDate()));
        changed |= !Objects.equals(e.language, e.language = keep(e.language, r.language()));
        if (r.ratingText() != null && !r.ratingText().equals(e.ratingText)) {
            e.ratingText = r.ratingText();
            e.ratingValue = r.ratingValue();
            changed = true;
        } else if (r.ratingValue() != null && !r.ratingValue().equals(e.ratingValue)) {
            e.ratingValue = r.ratingValue();
            changed = true;
        }
        if (changed || e.rawJson == null) {
            e.rawJson = r.rawJson();
        }
        return changed;
    }

    private static <T> T keep(T stored, T given) {
        return given != null ? given : stored;
    }

    /**
     * One page of the library, newest review first (reviews without a date last): all entries, or those
     * whose claim, claimant or reviewing organisation contains every word of {@code q}, case aside.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<LibraryEntry> search(String q, PageResult.Request page) {
        String query = q == null ? "" : q.strip();
        if (query.codePointCount(0, query.length()) > Limits.LIBRARY_QUERY) {
            throw ProblemException.badRequest("q", "q must be at most " + Limits.LIBRARY_QUERY + " characters.");
        }
        List<String> words = query.isEmpty() ? List.of()
                : List.of(query.toLowerCase(Locale.ROOT).split("\\s+"));
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            where.append(i == 0 ? " where " : " and ").append("(lower(e.claimText) like :w").append(i)
                    .append(" escape '!' or lower(e.claimant) like :w").append(i)
                    .append(" escape '!' or lower(e.reviewerName) like :w").append(i).append(" escape '!')");
        }
        var select = em.createQuery("from LibraryEntry e left join fetch e.importedBy" + where
                + " order by e.reviewDate desc nulls last, e.id desc", LibraryEntry.class);
        var count = em.createQuery("select count(e) from LibraryEntry e" + where, Long.class);
        for (int i = 0; i < words.size(); i++) {
            String like = "%" + words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            select.setParameter("w" + i, like);
            count.setParameter("w" + i, like);
        }
        List<LibraryEntry> items = select.setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                .getResultList();
        return new PageResult<>(items, page.page(), page.size(), count.getSingleResult());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LibraryEntry find(long id) {
        return LibraryEntry.<LibraryEntry>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Library entry", id));
    }
}
