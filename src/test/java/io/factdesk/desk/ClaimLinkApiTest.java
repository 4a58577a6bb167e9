package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.factdesk.testing.Api;
import io.factdesk.testing.Problems;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /api/claims/{id}/link} (docs/review.md, "Linking to an earlier claim"): copies, dismissal, refusals. */
@QuarkusTest
class ClaimLinkApiTest {

    private static Map<String, Object> body(Object to, long claim, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        body.put("version", Workflow.version(claim));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static List<Map<String, Object>> history(long id) {
        return Api.asReviewer().get("/api/claims/" + id + "/history?size=200").then().statusCode(200).extract()
                .jsonPath().getList("items");
    }

    @Test
    void aReviewerLinksAClaimAndCopiesVerdictRationaleAndEvidenceEachInTheHistory() {
        long earlier = Workflow.claimIn("RESEARCHING");
        long claim = Workflow.newClaim();

        JsonPath answer = Api.asReviewer()
                .body(body(earlier, claim, "reuse", List.of("verdict", "rationale", "evidence")))
                .post("/api/claims/{id}/link", claim).then().statusCode(200).extract().jsonPath();
        assertThat(answer.getLong("linkedTo")).isEqualTo(earlier);
        assertThat(answer.getString("verdict.label")).isEqualTo("Mostly false");
        assertThat(answer.getString("rationale")).isEqualTo("The budget office says 12 percent.");
        assertThat(answer.getLong("version")).isEqualTo(Workflow.version(claim));

        List<Map<String, Object>> evidence = Api.asReviewer().get("/api/claims/{id}/evidence", claim).then()
                .statusCode(200).extract().jsonPath().getList("$");
        List<Map<String, Object>> theirs = Api.asReviewer().get("/api/claims/{id}/evidence", earlier).then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(evidence).hasSize(1);
        assertThat(((Map<?, ?>) evidence.get(0).get("source")).get("id"))
                .isEqualTo(((Map<?, ?>) theirs.get(0).get("source")).get("id"));
        assertThat(evidence.get(0)).containsEntry("stance", "refutes").containsEntry("excerpt", "Schools: 12 percent");

        List<Map<String, Object>> events = history(claim);
        assertThat(events.stream().map(e -> e.get("type")).toList()).containsSubsequence("CLAIM_CREATED",
                "CLAIM_LINKED", "VERDICT_SET", "EVIDENCE_ADDED");
        Map<?, ?> linked = (Map<?, ?>) events.stream().filter(e -> e.get("type").equals("CLAIM_LINKED")).findFirst()
                .orElseThrow().get("after");
        assertThat(((Number) linked.get("linkedTo")).longValue()).isEqualTo(earlier);
        assertThat(linked.get("reused")).isEqualTo(List.of("verdict", "rationale", "evidence"));

        // Linking again copies only the evidence not attached yet: none, so no second EVIDENCE_ADDED.
        Api.asReviewer().body(body(earlier, claim, "reuse", List.of("evidence"))).post("/api/claims/{id}/link", claim)
                .then().statusCode(200);
        assertThat(history(claim).stream().filter(e -> e.get("type").equals("EVIDENCE_ADDED")).count()).isEqualTo(1);

        // The earlier claim is untouched.
        assertThat(Workflow.claim(earlier).getString("linkedTo")).isNull();
    }

    @Test
    void linkingToALinkedClaimLinksToTheClaimItIsLinkedTo() {
        long first = Workflow.newClaim();
        long second = Workflow.newClaim();
        long third = Workflow.newClaim();
        Api.asReviewer().body(body(first, second)).post("/api/claims/{id}/link", second).then().statusCode(200);
        Api.asReviewer().body(body(second, third)).post("/api/claims/{id}/link", third).then().statusCode(200)
                .body("linkedTo", equalTo((int) first));

        // Back to the claim's own root: refused rather than a loop.
        Api.asReviewer().body(body(third, first)).post("/api/claims/{id}/link", first).then()
                .spec(Problems.invalid("to"));
    }

    @Test
    void anEditorDismissesAClaimAsADuplicateInOneStep() {
        long earlier = Workflow.claimIn("RESEARCHING");
        long claim = Workflow.newClaim();

        Api.asEditor().body(body(earlier, claim, "dismiss", true)).post("/api/claims/{id}/link", claim).then()
                .statusCode(200).body("state", equalTo("DISMISSED")).body("dismissReason", equalTo("DUPLICATE"))
                .body("duplicateOf", equalTo((int) earlier)).body("linkedTo", equalTo((int) earlier));
        List<Map<String, Object>> events = history(claim);
        Map<String, Object> move = events.stream().filter(e -> e.get("type").equals("TRANSITION")).findFirst()
                .orElseThrow();
        assertThat(move.get("comment")).isEqualTo("Same claim as #" + earlier);
        assertThat(events.stream().map(e -> e.get("type")).toList()).contains("CLAIM_LINKED");
    }

    @Test
    void theLinkCanBeTakenOffWithAnEvent() {
        long earlier = Workflow.newClaim();
        long claim = Workflow.newClaim();
        Api.asReviewer().body(body(earlier, claim)).post("/api/claims/{id}/link", claim).then().statusCode(200);
        Api.asReviewer().body(body(null, claim)).post("/api/claims/{id}/link", claim).then().statusCode(200)
                .body("linkedTo", equalTo(null));
        List<Map<String, Object>> events = history(claim);
        Map<String, Object> last = events.get(events.size() - 1);
        assertThat(last.get("type")).isEqualTo("CLAIM_LINKED");
        assertThat(((Map<?, ?>) last.get("before")).get("linkedTo")).isEqualTo((int) earlier);
    }

    @Test
    void refusalsNameTheFieldAndChangeNothing() {
        long earlier = Workflow.newClaim();
        long claim = Workflow.newClaim();
        long version = Workflow.version(claim);

        Api.asReviewer().body(body(claim, claim)).post("/api/claims/{id}/link", claim).then()
                .spec(Problems.invalid("to")).body("detail", equalTo("A claim cannot be linked to itself."));
        Api.asReviewer().body(body(Long.MAX_VALUE - 1, claim)).post("/api/claims/{id}/link", claim).then()
                .spec(Problems.invalid("to"));
        Api.asReviewer().body(Map.of("version", version)).post("/api/claims/{id}/link", claim).then()
                .spec(Problems.invalid("to"));
        Api.asReviewer().body(Map.of("to", earlier, "version", version - 1)).post("/api/claims/{id}/link", claim)
                .then().spec(Problems.problem(409, "stale-version"));
        // The earlier claim has no verdict nor evidence to reuse.
        Api.asReviewer().body(body(earlier, claim, "reuse", List.of("verdict", "evidence")))
                .post("/api/claims/{id}/link", claim).then().spec(Problems.invalid("reuse"));
        // Dismissing is an editor's move.
        Api.asReviewer().body(body(earlier, claim, "dismiss", true)).post("/api/claims/{id}/link", claim).then()
                .spec(Problems.problem(403));
        Api.asReviewer().body(body(earlier, claim, "via", "x")).post("/api/claims/{id}/link", claim).then()
                .spec(Problems.invalid("via"));

        JsonPath now = Workflow.claim(claim);
        assertThat(now.getLong("version")).isEqualTo(version);
        assertThat(now.getString("state")).isEqualTo("NEW");
        assertThat(now.getString("linkedTo")).isNull();
        assertThat(history(claim).stream().map(e -> e.get("type")).toList()).doesNotContain("CLAIM_LINKED");
    }

    @Test
    void aPublishedClaimIsNotRelinked() {
        long published = Workflow.claimIn("PUBLISHED");
        long earlier = Workflow.newClaim();
        Api.asEditor().body(body(earlier, published)).post("/api/claims/{id}/link", published).then()
                .spec(Problems.problem(409, "published-read-only"));
        Api.asReviewer().get("/api/claims/{id}/history", published).then().statusCode(200)
                .body("items.type", org.hamcrest.Matchers.not(hasItem("CLAIM_LINKED")));
    }
}
