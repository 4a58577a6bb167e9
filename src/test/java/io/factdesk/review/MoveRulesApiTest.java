package io.factdesk.review;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.factdesk.testing.Api;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One rule for who may assign whom, on every path that assigns (PATCH, a move, a bulk move), and
 * one length for a move's note, however the move is asked for.
 */
@QuarkusTest
class MoveRulesApiTest {

    private static final int NOTE_MAX = 20_000;

    private static long historySize(long id) {
        return Api.asReviewer().get("/api/claims/" + id + "/history").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    @Test
    void aReviewerCannotGiveAClaimToSomeoneElseThroughAMove() {
        long id = Workflow.newClaim();
        long events = historySize(id);
        var refusal = Api.asReviewer().body(Map.of("to", "RESEARCHING", "assignee", "editor", "version",
                Workflow.version(id))).post("/api/claims/" + id + "/transitions").then().statusCode(403).extract()
                .jsonPath();
        assertThat(refusal.getString("detail"), containsString("only editors assign it to someone else"));
        var claim = Workflow.claim(id);
        assertThat(claim.getString("state"), equalTo("NEW"));
        assertThat(claim.getString("assignee"), nullValue());
        assertThat(historySize(id), equalTo(events));
    }

    @Test
    void aReviewerMayTakeAClaimThroughAMoveNamingThemselves() {
        long id = Workflow.newClaim();
        var moved = Workflow.move(Api.REVIEWER, id, "RESEARCHING", Map.of("assignee", "reviewer"), 200);
        assertThat(moved.getString("assignee"), equalTo("reviewer"));
    }

    @Test
    void anEditorMayGiveAClaimToSomeoneElseThroughAMove() {
        long id = Workflow.newClaim();
        var moved = Workflow.move(Api.EDITOR, id, "RESEARCHING", Map.of("assignee", "reviewer"), 200);
        assertThat(moved.getString("assignee"), equalTo("reviewer"));
    }

    @Test
    void aReviewerCannotGiveAClaimToSomeoneElseWithPatchButMayTakeIt() {
        long id = Workflow.newClaim();
        Api.asReviewer().body(Map.of("assignee", "editor", "version", Workflow.version(id)))
                .patch("/api/claims/" + id).then().statusCode(403)
                .body("detail", containsString("only editors assign it to someone else"));
        assertThat(Workflow.claim(id).getString("assignee"), nullValue());
        Api.asReviewer().body(Map.of("assignee", "reviewer", "version", Workflow.version(id)))
                .patch("/api/claims/" + id).then().statusCode(200).body("assignee", equalTo("reviewer"));
    }

    @Test
    void aReviewersBulkStartOfResearchGivesTheClaimsToThemselvesOnly() {
        long one = Workflow.newClaim();
        long two = Workflow.newClaim();
        var result = Api.asReviewer().body(Map.of("ids", List.of(one, two), "to", "RESEARCHING"))
                .post("/api/claims/transitions").then().statusCode(200).extract().jsonPath();
        assertThat(result.getList("moved.assignee"), contains("reviewer", "reviewer"));
    }

    @Test
    void anOverLongMoveNoteIsRefusedNamingTheFieldAndNothingIsAppended() {
        long id = Workflow.claimIn("IN_REVIEW");
        long events = historySize(id);
        var refusal = Api.asEditor().body(Map.of("to", "RESEARCHING", "comment", "x".repeat(NOTE_MAX + 1),
                "version", Workflow.version(id))).post("/api/claims/" + id + "/transitions").then().statusCode(422)
                .extract().jsonPath();
        assertThat(refusal.getString("errors[0].field"), equalTo("comment"));
        assertThat(refusal.getString("errors[0].message"), containsString("at most 20000 characters"));
        assertThat(Workflow.claim(id).getString("state"), equalTo("IN_REVIEW"));
        assertThat(historySize(id), equalTo(events));
    }

    @Test
    void aMoveNoteOfExactlyTheLimitIsKept() {
        long id = Workflow.claimIn("IN_REVIEW");
        Workflow.move(Api.EDITOR, id, "RESEARCHING", Map.of("comment", "y".repeat(NOTE_MAX)), 200);
        var last = Api.asReviewer().get("/api/claims/" + id + "/history").then().statusCode(200).extract()
                .jsonPath();
        assertThat(last.getString("items[-1].comment").length(), equalTo(NOTE_MAX));
    }

    @Test
    void anOverLongBulkNoteIsRefusedBeforeAnythingMoves() {
        long one = Workflow.newClaim();
        long two = Workflow.newClaim();
        Api.asEditor().body(Map.of("ids", List.of(one, two), "to", "DISMISSED", "reason", "OTHER", "comment",
                "z".repeat(NOTE_MAX + 1))).post("/api/claims/transitions").then().statusCode(422)
                .body("errors[0].field", equalTo("comment"));
        assertThat(Workflow.claim(one).getString("state"), equalTo("NEW"));
        assertThat(Workflow.claim(two).getString("state"), equalTo("NEW"));
    }

    @Test
    void commentsAndRationalesStopAtTheSameDeclaredLength() {
        long id = Workflow.claimIn("RESEARCHING");
        Api.asEditor().body(Map.of("body", "c".repeat(NOTE_MAX + 1))).post("/api/claims/" + id + "/comments")
                .then().statusCode(422).body("errors[0].field", equalTo("body"));
        Api.asEditor().body(Map.of("label", "False", "rationale", "r".repeat(NOTE_MAX + 1), "version",
                Workflow.version(id))).put("/api/claims/" + id + "/verdict").then().statusCode(422)
                .body("errors[0].field", equalTo("rationale"));
    }
}
