package io.factdesk.claim;

import io.factdesk.figures.DateView;
import io.factdesk.figures.Days;
import io.factdesk.figures.QuoteReading;
import io.factdesk.system.UniqueViolations;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * The figures and dates of each claim's quote, kept for claim search (docs/api.md, "Claim search":
 * {@code hasFigure}, {@code datesFrom}, {@code datesTo}). A claim's reading is written with the claim;
 * at start-up, and before the first search that filters on it, every claim whose reading is missing or
 * was made by older readers ({@link QuoteReading#READER_VERSION}) is read again, in batches, each in
 * its own transaction. Instances sharing a database may read the same claims at the same moment: the
 * second writer's batch fails on the primary key and is not repeated, since the first one's stands.
 */
@ApplicationScoped
public class ClaimReadings {

    private static final Logger LOG = Logger.getLogger(ClaimReadings.class);

    /** Claims read again per transaction. */
    static final int BATCH = 500;

    @Inject
    EntityManager em;

    private final ReentrantLock catchingUp = new ReentrantLock();

    /** Set once a catch-up found nothing left to read: from then on each new claim is read as it is made. */
    private volatile boolean current;

    /** What a claim's quote says in figures and dates, offsets in the body (read, not stored). */
    public static QuoteReading of(Claim c) {
        return QuoteReading.of(c.exact, c.start, c.article.language, c.article.publishedAt);
    }

    /** Stores the reading of a claim just made, in the caller's transaction. */
    void record(Claim claim) {
        QuoteReading reading = of(claim);
        ClaimReading row = new ClaimReading();
        row.claimId = claim.id;
        row.readerVersion = QuoteReading.READER_VERSION;
        row.figures = reading.figures().size();
        row.dates = reading.dates().size();
        em.persist(row);
        for (DateView d : reading.dates()) {
            Days.of(d.value()).ifPresent(days -> {
                ClaimReadingDate date = new ClaimReadingDate();
                date.claimId = claim.id;
                date.firstDay = days.first();
                date.lastDay = days.last();
                em.persist(date);
            });
        }
    }

    /** Reads a claim's quote again after its anchor moved to other text, in the caller's transaction. */
    void reread(Claim claim) {
        em.createQuery("delete from ClaimReadingDate d where d.claimId = :id").setParameter("id", claim.id)
                .executeUpdate();
        em.createQuery("delete from ClaimReading r where r.claimId = :id").setParameter("id", claim.id)
                .executeUpdate();
        record(claim);
    }

    void onStart(@Observes StartupEvent start) {
        Thread reader = new Thread(this::catchUpQuietly, "claim-readings");
        reader.setDaemon(true);
        reader.start();
    }

    /** Before a search filters on readings: returns once every claim has a current one. */
    void ensureCurrent() {
        if (!current) {
            catchUp();
        }
    }

    private void catchUpQuietly() {
        try {
            int read = catchUp();
            if (read > 0) {
                LOG.infof("Read the figures and dates of %d claims for claim search", read);
            }
        } catch (RuntimeException e) {
            LOG.warn("Reading claims' figures and dates failed; the next search that filters on them tries again", e);
        }
    }

    /** Reads every claim without a current reading; how many it read. */
    int catchUp() {
        catchingUp.lock();
        try {
            int total = 0;
            while (true) {
                List<Long> ids = QuarkusTransaction.requiringNew().call(this::stale);
                if (ids.isEmpty()) {
                    current = true;
                    return total;
                }
                try {
                    QuarkusTransaction.requiringNew().run(() -> readAgain(ids));
                    total += ids.size();
                } catch (RuntimeException e) {
                    if (!UniqueViolations.isUniqueViolation(e)) {
                        throw e;
                    }
                    // Another instance read these claims at the same moment; theirs stand. If the same
                    // batch is still stale, the conflict was something else: stop rather than loop.
                    if (QuarkusTransaction.requiringNew().call(this::stale).equals(ids)) {
                        throw e;
                    }
                }
            }
        } finally {
            catchingUp.unlock();
        }
    }

    private List<Long> stale() {
        return em.createQuery("select c.id from Claim c where not exists (select 1 from ClaimReading r"
                + " where r.claimId = c.id and r.readerVersion = :v) order by c.id", Long.class)
                .setParameter("v", QuoteReading.READER_VERSION).setMaxResults(BATCH).getResultList();
    }

    private void readAgain(List<Long> ids) {
        em.createQuery("delete from ClaimReadingDate d where d.claimId in :ids").setParameter("ids", ids)
                .executeUpdate();
        em.createQuery("delete from ClaimReading r where r.claimId in :ids").setParameter("ids", ids)
                .executeUpdate();
        em.createQuery("select c from Claim c join fetch c.article where c.id in :ids", Claim.class)
                .setParameter("ids", ids).getResultList().forEach(this::record);
    }
}
