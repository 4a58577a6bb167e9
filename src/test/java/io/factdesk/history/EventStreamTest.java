package io.factdesk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.HistoryDb;
import io.factdesk.testing.SseClient;
import io.factdesk.testing.Workflow;
import io.factdesk.system.ChainHead;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/events} (docs/api.md, "Live events"): who sees which event, catching up after
 * {@code Last-Event-ID} without a gap or a duplicate, the filters, the bounds and the heartbeat.
 */
@QuarkusTest
class EventStreamTest {

    @TestHTTPResource("/api/events")
    URI events;

    @Inject
    ChainHead head;

    @Inject
    EventRelay relay;

    @Inject
    DataSource dataSource;

    @Test
    void securityEventsReachAdminsOnlyAndEveryoneSignedInSeesTheRest() throws Exception {
        try (SseClient reviewer = SseClient.open(events, Api.REVIEWER, null);
                SseClient admin = SseClient.open(events, Api.ADMIN, null)) {
            assertThat(reviewer.status()).isEqualTo(200);
            assertThat(reviewer.header("Content-Type")).startsWith("text/event-stream");
            assertThat(reviewer.header("X-Accel-Buffering")).isEqualTo("no");

            String username = Articles.unique("streamed-");
            Api.asAdmin().body(Map.of("username", username, "password", "a-long-enough-password", "roles",
                    List.of("reviewer"))).post("/api/users").then().statusCode(201);
            var article = Articles.importText(Articles.unique("Streamed"), "The mayor said 40 buses run at night.");

            SseClient.Event imported = reviewer.await(e -> e.type().equals("ARTICLE_IMPORTED")
                    && e.data().contains("\"articleId\":" + article.id()), "ARTICLE_IMPORTED");
            SseClient.Event created = admin.await(e -> e.type().equals("USER_CREATED"), "USER_CREATED");
            admin.awaitSeq(imported.seq());
            assertThat(created.seq()).isLessThan(imported.seq());
            // Events arrive in seq order: had the reviewer been sent USER_CREATED, it would be there by now.
            assertThat(reviewer.events()).noneMatch(e -> e.type().equals("USER_CREATED"));
            JsonPath data = new JsonPath(imported.data());
            assertThat(data.getString("type")).isEqualTo("ARTICLE_IMPORTED");
            assertThat(data.getLong("seq")).isEqualTo(imported.seq());
            assertThat(data.getLong("articleId")).isEqualTo(article.id());
            assertThat(data.getString("actor")).isEqualTo("reviewer");
            assertThat(data.getString("at")).endsWith("Z");
            assertThat(imported.data()).as("references only, no content").doesNotContain("buses");
        }
    }

    @Test
    void noStreamWithoutSigningIn() {
        try (SseClient anonymous = SseClient.open(events, null, null)) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
    }

    @Test
    void aClientComingBackWithLastEventIdGetsEveryMissedEventOnceInOrderThenTheLiveOnes() throws Exception {
        long claim = Workflow.newClaim();
        long before = head.current().seq();
        for (int i = 0; i < 5; i++) {
            comment(claim, "missed " + i);
        }
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            // Changes keep coming while the stream opens and catches up: the seam between the two.
            Future<?> during = writer.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    comment(claim, "during " + i);
                }
            });
            try (SseClient reviewer = SseClient.open(events, Api.REVIEWER, Long.toString(before))) {
                during.get(1, TimeUnit.MINUTES);
                comment(claim, "after");
                long last = head.current().seq();
                reviewer.awaitSeq(last);

                List<Long> received = reviewer.events().stream().map(SseClient.Event::seq)
                        .filter(seq -> seq <= last).toList();
                assertThat(received).as("every event after Last-Event-ID the reviewer may see, once, in order")
                        .isEqualTo(visibleToReviewers(before, last));
                assertThat(received).hasSizeGreaterThanOrEqualTo(16);
            }
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void sinceDoesWhatLastEventIdDoesAndFiltersKeepToOneClaimOrArticle() throws Exception {
        long claim = Workflow.newClaim();
        long other = Workflow.newClaim();
        long articleOfClaim = Workflow.claim(claim).getLong("articleId");
        long before = head.current().seq();
        comment(claim, "on the claim");
        comment(other, "on another claim");
        try (SseClient byClaim = SseClient.open(URI.create(events + "?since=" + before + "&claim=" + claim),
                Api.EDITOR, null);
                SseClient byArticle = SseClient.open(URI.create(events + "?since=" + before + "&article="
                        + articleOfClaim), Api.EDITOR, null)) {
            comment(claim, "live on the claim");
            comment(other, "live on another claim");
            long last = head.current().seq();
            SseClient.Event liveOnClaim = byClaim.await(e -> e.seq() == last - 1, "the live comment on the claim");
            assertThat(liveOnClaim.type()).isEqualTo("COMMENT_ADDED");
            byArticle.awaitSeq(last - 1);
            comment(claim, "marker");
            long marker = head.current().seq();
            byClaim.awaitSeq(marker);
            byArticle.awaitSeq(marker);
            assertThat(byClaim.events()).extracting(SseClient.Event::seq).containsExactly(before + 1, last - 1, marker);
            assertThat(byArticle.events()).extracting(SseClient.Event::seq).containsExactly(before + 1, last - 1, marker);
            assertThat(byClaim.events()).allMatch(e -> e.data().contains("\"claimId\":" + claim));
        }
    }

    @Test
    void malformedLastEventIdOrFilterIsRefusedNamingIt() throws Exception {
        try (SseClient bad = SseClient.open(events, Api.REVIEWER, "yesterday")) {
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("Last-Event-ID");
        }
        try (SseClient bad = SseClient.open(URI.create(events + "?claim=abc"), Api.REVIEWER, null)) {
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("claim");
        }
    }

    @Test
    void streamsPerUserAndInTotalAreBoundedAndFreedWhenClosed() throws Exception {
        // %test: three per user, six in all.
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(expectOpen(Api.REVIEWER));
            }
            try (SseClient fourth = SseClient.open(events, Api.REVIEWER, null)) {
                assertThat(fourth.status()).isEqualTo(429);
                assertThat(fourth.header("Content-Type")).startsWith("application/problem+json");
                assertThat(fourth.header("Retry-After")).isNotNull();
            }
            for (int i = 0; i < 3; i++) {
                open.add(expectOpen(Api.EDITOR));
            }
            try (SseClient seventh = SseClient.open(events, Api.ADMIN, null)) {
                assertThat(seventh.status()).isEqualTo(503);
                assertThat(seventh.body()).contains("too-many-streams");
            }
            open.remove(0).close();
            // The server hears of the closed connection shortly: a new stream is admitted then.
            SseClient again = null;
            long end = System.nanoTime() + SseClient.WAIT.toNanos();
            while (again == null && System.nanoTime() < end) {
                SseClient attempt = SseClient.open(events, Api.REVIEWER, null);
                if (attempt.status() == 200) {
                    again = attempt;
                } else {
                    // Until the close is heard the server is also full (six), which it names first.
                    assertThat(attempt.status()).isIn(429, 503);
                    attempt.close();
                    Thread.sleep(50);
                }
            }
            assertThat(again).as("a stream admitted once one was closed").isNotNull();
            open.add(again);
        } finally {
            open.forEach(SseClient::close);
        }
    }

    @Test
    void aStreamWhoseClientWentAwayUnheardDoesNotKeepItsPlace() {
        // A connection closed without the stream hearing of it (the relay is told only by the connection).
        String user = Articles.unique("gone-");
        AtomicBoolean gone = new AtomicBoolean();
        LiveStream.Client lost = new LiveStream.Client() {
            @Override
            public void drop() {
            }

            @Override
            public boolean gone() {
                return gone.get();
            }
        };
        List<LiveStream> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                held.add(relay.open(user, false, null, null, null, lost).stream());
            }
            assertThatThrownBy(() -> relay.open(user, false, null, null, null, lost))
                    .isInstanceOfSatisfying(EventRelay.TooManyStreams.class, e -> assertThat(e.status).isEqualTo(429));
            gone.set(true);
            held.add(relay.open(user, false, null, null, null, () -> { }).stream());
            assertThat(held.get(0).offer(LiveStream.HEARTBEAT)).as("the lost ones were ended").isFalse();
        } finally {
            held.forEach(relay::close);
        }
    }

    @Test
    void aHeartbeatCommentKeepsAnIdleStreamAlive() throws Exception {
        // %test: every second.
        try (SseClient idle = SseClient.open(events, Api.REVIEWER, null)) {
            idle.awaitComment();
        }
    }

    private SseClient expectOpen(Api.Account account) throws InterruptedException {
        long end = System.nanoTime() + SseClient.WAIT.toNanos();
        while (true) {
            SseClient client = SseClient.open(events, account, null);
            if (client.status() == 200) {
                return client;
            }
            // A stream of an earlier test may not have been seen closed yet.
            client.close();
            if (System.nanoTime() > end) {
                throw new AssertionError("no stream for " + account.username() + ": " + client.status());
            }
            Thread.sleep(50);
        }
    }

    private List<Long> visibleToReviewers(long after, long upTo) throws Exception {
        String security = String.join(",", io.factdesk.audit.EventType.security().stream()
                .map(t -> "'" + t.name() + "'").toList());
        return new HistoryDb(dataSource).strings("select seq from audit_event where seq > ? and seq <= ?"
                + " and type not in (" + security + ") order by seq", after, upTo).stream().map(Long::valueOf)
                .toList();
    }

    private static void comment(long claim, String body) {
        Api.asReviewer().body(Map.of("body", body)).post("/api/claims/{id}/comments", claim).then().statusCode(201);
    }
}
