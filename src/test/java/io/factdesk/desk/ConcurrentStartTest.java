package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.account.User;
import io.factdesk.testing.Articles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two instances starting on a database that has no admin yet (issue 12): each runs the start-up in its
 * own transaction at the same moment, as two processes would. Both start; the admin exists once, and
 * exactly one of them created it. The admin's name is new to the database, so that for this test the
 * database is as empty as on a first start (the demo data, present already, is found and kept).
 */
@QuarkusTest
class ConcurrentStartTest {

    private static final int INSTANCES = 4;

    @Inject
    Bootstrap bootstrap;

    @Test
    void instancesStartingTogetherOnAnEmptyDatabaseAllStart() throws Exception {
        String admin = Articles.unique("first-admin-");
        CyclicBarrier together = new CyclicBarrier(INSTANCES);
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        List<Future<String>> starts = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            starts.add(pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                together.await(30, TimeUnit.SECONDS);
                return bootstrap.firstStart(admin, "first-admin-password", true);
            })));
        }
        List<String> signIns = new ArrayList<>();
        try {
            for (Future<String> start : starts) {
                signIns.add(start.get(60, TimeUnit.SECONDS)); // throws when that instance failed to start
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(signIns).filteredOn(s -> s.contains("First admin '" + admin + "' created")).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> User.count("username", admin))).isEqualTo(1);
    }
}
