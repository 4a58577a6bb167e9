package io.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two editors bulk-move the same claims at the same moment. Whatever the race, each answer says of
 * every claim asked for whether it moved or not, and the two answers together match the database:
 * each claim moved exactly once, by the one answer that says so, and its history holds one move.
 */
@QuarkusTest
class ConcurrentBulkMoveTest {

    private static final int CLAIMS = 16;
    private static final int ROUNDS = 6;

    @Test
    void twoBulkMovesOfTheSameClaimsAtOnceAccountForEveryClaim() throws Exception {
        Workflow.ensureUsers();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Long> ids = claims();
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Response> first = pool.submit(() -> dismiss(Api.EDITOR, ids, start));
                Future<Response> second = pool.submit(() -> dismiss(Workflow.SETUP_EDITOR, ids, start));
                JsonPath a = answer(first.get());
                JsonPath b = answer(second.get());

                Set<Long> movedByA = new HashSet<>(a.getList("moved.id", Long.class));
                Set<Long> movedByB = new HashSet<>(b.getList("moved.id", Long.class));
                for (JsonPath answer : List.of(a, b)) {
                    List<Long> accounted = new ArrayList<>(answer.getList("moved.id", Long.class));
                    accounted.addAll(answer.getList("refused.id", Long.class));
                    assertThat(accounted).as("each answer speaks of every claim once").containsExactlyInAnyOrderElementsOf(ids);
                    assertThat(answer.getList("refused.status", Integer.class)).as("refusals: not from its state, or changed at once")
                            .allMatch(status -> status == 409);
                }
                Set<Long> both = new HashSet<>(movedByA);
                both.retainAll(movedByB);
                assertThat(both).as("claims both answers say they moved").isEmpty();
                System.out.printf("Round %d: %d moved by one bulk move, %d by the other; refusals %s and %s%n", round,
                        movedByA.size(), movedByB.size(), a.getList("refused.reason"), b.getList("refused.reason"));
                Set<Long> moved = new HashSet<>(movedByA);
                moved.addAll(movedByB);
                assertThat(moved).as("every claim moved, by one of the two").containsExactlyInAnyOrderElementsOf(ids);
                for (long id : ids) {
                    String mover = movedByA.contains(id) ? Api.EDITOR.username() : Workflow.SETUP_EDITOR.username();
                    assertThat(Workflow.claim(id).getString("state")).isEqualTo("DISMISSED");
                    List<String> movers = Api.asReviewer().get("/api/claims/" + id + "/history").then()
                            .statusCode(200).extract().jsonPath().getList("items.findAll { it.type == 'TRANSITION' }.actor");
                    assertThat(movers).as("claim %d's history", id).containsExactly(mover);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonPath answer(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.jsonPath();
    }

    private static Response dismiss(Api.Account as, List<Long> ids, CyclicBarrier start) throws Exception {
        var request = Api.as(as).body(Map.of("ids", ids, "to", "DISMISSED", "reason", "OTHER"));
        start.await();
        return request.post("/api/claims/transitions");
    }

    /** Sixteen NEW claims on a fresh article. */
    private static List<Long> claims() {
        StringBuilder body = new StringBuilder("Bulk race ").append(Articles.unique("")).append(".");
        for (int i = 1; i <= CLAIMS; i++) {
            body.append(" Fact ").append(i).append(" holds.");
        }
        long article = Articles.importText(Articles.unique("Race "), body.toString()).id();
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= CLAIMS; i++) {
            ids.add(Articles.markClaim(article, Map.of("quote", Map.of("exact", "Fact " + i + " holds."), "topic",
                    "Other")));
        }
        return ids;
    }
}
