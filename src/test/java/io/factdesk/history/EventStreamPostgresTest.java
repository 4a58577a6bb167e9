package io.factdesk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factdesk.audit.SecondInstance;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.HistoryDb;
import io.factdesk.testing.SseClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Across instances on one PostgreSQL database (docs/deploy.md, "Several instances"): an event appended
 * by another instance, played by a connection of its own that follows the append protocol, reaches this
 * instance's open streams through LISTEN/NOTIFY; when the listening connection is killed, the chain head
 * is read instead and still delivers, and the listener comes back.
 */
@QuarkusTest
class EventStreamPostgresTest {

    @TestHTTPResource("/api/events")
    URI events;

    @Inject
    ChainListener listener;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void onPostgresql() throws Exception {
        assumeTrue(HistoryDb.postgresql(), "LISTEN/NOTIFY is PostgreSQL's");
        eventually(listener::listening, "the listener is connected");
    }

    @Test
    void anEventAppendedByAnotherInstanceReachesAnOpenStreamThroughItsNotification() throws Exception {
        try (SseClient admin = SseClient.open(events, Api.ADMIN, null);
                Connection other = HistoryDb.independentConnection()) {
            long headReads = listener.headReads();
            long seq = SecondInstance.append(other, Articles.unique("from instance b "));
            SseClient.Event event = admin.awaitSeq(seq);
            assertThat(event.type()).isEqualTo("COMMENT_ADDED");
            assertThat(event.data()).contains("\"actor\":\"instance-b\"");
            assertThat(listener.headReads()).as("heard, not polled").isEqualTo(headReads);
        }
    }

    @Test
    void whenTheListeningConnectionIsKilledTheHeadIsReadInsteadAndTheListenerComesBack() throws Exception {
        try (SseClient reviewer = SseClient.open(events, Api.REVIEWER, null);
                Connection other = HistoryDb.independentConnection()) {
            long killedPid = listenerPid();
            long headReads = listener.headReads();
            new HistoryDb(dataSource).number("select count(*) from (select pg_terminate_backend(?::int)) t", killedPid);
            eventually(() -> !listener.listening(), "the listener notices it lost its connection");

            long whileDown = SecondInstance.append(other, Articles.unique("while the listener is down "));
            reviewer.awaitSeq(whileDown);
            assertThat(listener.headReads()).as("the fallback read the head").isGreaterThan(headReads);

            eventually(listener::listening, "the listener reconnects");
            assertThat(listenerPid()).isNotEqualTo(killedPid);
            long afterReconnect = SecondInstance.append(other, Articles.unique("after the listener is back "));
            reviewer.awaitSeq(afterReconnect);
        }
    }

    private long listenerPid() throws Exception {
        return new HistoryDb(dataSource).number("select pid from pg_stat_activity where application_name = ?"
                + " and datname = current_database()", ChainListener.APPLICATION_NAME);
    }

    private static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + SseClient.WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + SseClient.WAIT + ": " + what);
            }
            Thread.sleep(20);
        }
    }
}
