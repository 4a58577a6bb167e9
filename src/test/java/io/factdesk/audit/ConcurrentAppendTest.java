package io.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.audit.AuditAppender;
import io.factdesk.audit.CanonicalJson;
import io.factdesk.history.ChainVerifier;
import io.factdesk.testing.Articles;
import io.factdesk.testing.HistoryDb;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * No forks under load (issue 4): two application instances on one database, eight threads each,
 * append at once. The first instance is this application, through {@link AuditLog}. The second is
 * played by eight connections of its own, opened outside the application's pool, that follow the
 * documented SQL protocol ({@link AuditAppender}): a second process would share nothing else.
 */
@QuarkusTest
class ConcurrentAppendTest {

    private static final Logger LOG = Logger.getLogger(ConcurrentAppendTest.class);

    static final int THREADS = 8;
    static final int APPENDS_PER_THREAD = 100;

    @Inject
    AuditLog audit;

    @Inject
    ChainVerifier verifier;

    @Inject
    DataSource dataSource;

    @Test
    void twoInstancesWithEightThreadsEachAppendOneUnbrokenChain() throws Exception {
        String run = Articles.unique("concurrent-");
        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(pool.submit(thisInstance(run, thread, start)));
            workers.add(pool.submit(secondInstance(run, thread, start)));
        }
        long started = System.nanoTime();
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();

        int expected = 2 * THREADS * APPENDS_PER_THREAD;
        HistoryDb db = new HistoryDb(dataSource);
        List<String> comments = db.strings("select comment from audit_event where comment like ? order by seq",
                run + "%");
        assertThat(comments).hasSize(expected);
        assertThat(new HashSet<>(comments)).as("each append exactly once").hasSize(expected);
        assertThat(db.number("select min(seq) from audit_event")).isEqualTo(1);
        assertThat(db.number("select max(seq) from audit_event")).as("seqs 1..n without gaps")
                .isEqualTo(db.number("select count(*) from audit_event"));
        ChainVerifier.Verification verification = verifier.verifyChain();
        assertThat(verification.ok()).as("the chain verifies: %s", verification).isTrue();
        LOG.infof("%d concurrent appends (2 instances x %d threads) in %.2f s: %.0f appends/s; then %d events"
                + " verified in %s", expected, THREADS, seconds, expected / seconds, verification.events(),
                verification.tookText());
    }

    private Callable<Void> thisInstance(String run, int thread, CountDownLatch start) {
        return () -> {
            start.await();
            for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                String marker = run + " a/" + thread + "/" + i;
                QuarkusTransaction.requiringNew().run(() -> audit.record(EventType.COMMENT_ADDED, null, null, null,
                        Map.of(), Map.of("run", run), marker));
            }
            return null;
        };
    }

    private Callable<Void> secondInstance(String run, int thread, CountDownLatch start) {
        return () -> {
            try (Connection connection = HistoryDb.independentConnection()) {
                connection.setAutoCommit(false);
                start.await();
                for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                    AuditAppender.append(connection, new AuditAppender.Draft(null, "instance-b", "COMMENT_ADDED",
                            null, null, "{}", CanonicalJson.write(Map.of("run", run)), run + " b/" + thread + "/" + i));
                    connection.commit();
                }
            }
            return null;
        };
    }
}
