package io.factdesk.match;

import io.factdesk.audit.EventType;
import io.factdesk.claim.ClaimState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the index reads from the database, each read in a transaction of its own so that it sees
 * committed rows only: claims as {@link IndexedClaim}s (scalar columns, never an article's body), fact-check
 * library entries as {@link IndexedLibraryEntry}s, and which claims (and whether library imports) the history
 * names after a given event.
 */
@ApplicationScoped
public class ClaimDocuments {

    private static final String SELECT = "select c.id, a.id, c.start, c.end, c.statement, c.exact, c.claimant,"
            + " t.name, c.state, v.label, c.publishedAt, a.language, a.publishedAt,"
            + " a.title, a.publisher"
            + " from Claim c join c.article a join c.topic t left join c.verdict v";

    /** Events that change what every claim shows (a topic's name, a verdict's label). */
    private static final Set<String> DESK_WIDE = Set.of(EventType.TOPIC_CHANGED.name(),
            EventType.RATING_SCALE_CHANGED.name());

    private static final String SELECT_LIBRARY = "select e.id, e.claimText, e.claimant, e.reviewerName,"
            + " e.reviewerSite, e.reviewUrl, e.ratingText, e.ratingValue, e.reviewDate, e.claimDate, e.language"
            + " from LibraryEntry e";

    /**
     * The claims named by the events after {@code afterSeq}, up to {@code untilSeq}, at most {@code limit} events;
     * {@code library}: one of them is a library import (LIBRARY_IMPORTED), whose entries name it (event_seq).
     */
    record Changes(Set<Long> claimIds, boolean all, boolean library, long lastSeq, String lastHash) {
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Changes changedAfter(long afterSeq, long untilSeq, int limit) {
        List<Object[]> rows = em.createQuery("select e.seq, e.claimId, e.type, e.hash from AuditEvent e"
                + " where e.seq > :after and e.seq <= :until order by e.seq", Object[].class)
                .setParameter("after", afterSeq).setParameter("until", untilSeq).setMaxResults(limit).getResultList();
        Set<Long> ids = new LinkedHashSet<>();
        boolean all = false;
        boolean library = false;
        long last = afterSeq;
        String hash = null;
        for (Object[] row : rows) {
            last = (Long) row[0];
            hash = (String) row[3];
            if (row[1] != null) {
                ids.add((Long) row[1]);
            }
            all |= DESK_WIDE.contains((String) row[2]);
            library |= EventType.LIBRARY_IMPORTED.name().equals(row[2]);
        }
        return new Changes(ids, all, library, last, hash);
    }

    /** The hash of the event {@code seq}, or null where the chain has no such event. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String hashAt(long seq) {
        return em.createQuery("select e.hash from AuditEvent e where e.seq = :seq", String.class)
                .setParameter("seq", seq).getResultStream().findFirst().orElse(null);
    }

    /** What the guards need of an article to read figures in text marked on it. */
    record ArticleFacts(String language, LocalDate publishedAt) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ArticleFacts> article(long id) {
        return em.createQuery("select a.language, a.publishedAt from Article a where a.id = :id", Object[].class)
                .setParameter("id", id).getResultStream().findFirst()
                .map(r -> new ArticleFacts((String) r[0], (LocalDate) r[1]));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<IndexedClaim> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(SELECT + " where c.id in :ids", Object[].class).setParameter("ids", ids)
                .getResultList().stream().map(ClaimDocuments::of).toList();
    }

    /** Claims in id order after {@code afterId}, a page of {@code size}: the rebuild reads them all this way. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<IndexedClaim> page(long afterId, int size) {
        return em.createQuery(SELECT + " where c.id > :after order by c.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(size).getResultList().stream()
                .map(ClaimDocuments::of).toList();
    }

    private static IndexedClaim of(Object[] r) {
        return new IndexedClaim((Long) r[0], (Long) r[1], (Integer) r[2], (Integer) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], ((ClaimState) r[8]).name(), (String) r[9],
                (Instant) r[10], (String) r[11], (LocalDate) r[12], (String) r[13], (String) r[14]);
    }

    /** Library entries in id order after {@code afterId}, a page of {@code size}: the rebuild reads them all so. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<IndexedLibraryEntry> libraryPage(long afterId, int size) {
        return em.createQuery(SELECT_LIBRARY + " where e.id > :after order by e.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(size).getResultList().stream()
                .map(ClaimDocuments::entry).toList();
    }

    /**
     * The library entries last added or changed by an import whose event lies after {@code afterSeq} and up to
     * {@code untilSeq} (their {@code event_seq}), in id order after {@code afterId}, a page of {@code size}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<IndexedLibraryEntry> libraryImported(long afterSeq, long untilSeq, long afterId, int size) {
        return em.createQuery(SELECT_LIBRARY + " where e.eventSeq > :afterSeq and e.eventSeq <= :untilSeq"
                + " and e.id > :after order by e.id", Object[].class)
                .setParameter("afterSeq", afterSeq).setParameter("untilSeq", untilSeq).setParameter("after", afterId)
                .setMaxResults(size).getResultList().stream().map(ClaimDocuments::entry).toList();
    }

    private static IndexedLibraryEntry entry(Object[] r) {
        return new IndexedLibraryEntry((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (Double) r[7], (LocalDate) r[8], (LocalDate) r[9], (String) r[10]);
    }
}
