package io.factdesk.review;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.factdesk.testing.Api;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkflowApiTest {

    @Test
    void takingANewClaimAssignsItToTheReviewer() {
        long id = Workflow.newClaim();
        var moved = Workflow.move(Api.REVIEWER, id, "RESEARCHING", Map.of(), 200);
        assertThat(moved.getString("assignee"), equalTo("reviewer"));
    }

    @Test
    void submittingNeedsStatementClaimantVerdictRationaleAndEvidenceEachListed() {
        Workflow.ensureUsers();
        var article = io.factdesk.testing.Articles.importText(io.factdesk.testing.Articles.unique("Bare"),
                "A bare sentence with a figure of 7 million.");
        long id = io.factdesk.testing.Articles.markClaim(article.id(), Map.of("quote", Map.of("exact",
                "a figure of 7 million"), "topic", "Other"));
        Workflow.move(Api.REVIEWER, id, "RESEARCHING", Map.of(), 200);
        var refusal = Workflow.move(Api.REVIEWER, id, "IN_REVIEW", Map.of(), 422);
        assertThat(refusal.getList("errors.field"), containsInAnyOrder("statement", "claimant", "verdict",
                "rationale", "evidence"));
        assertThat(Workflow.claim(id).getString("state"), equalTo("RESEARCHING"));
    }

    @Test
    void theSubmitterCannotApproveEvenAsEditor() {
        long id = Workflow.claimIn("RESEARCHING");
        // The setup reviewer is the assignee; an editor submits it, so the editor is the submitter.
        Workflow.move(Api.EDITOR, id, "IN_REVIEW", Map.of(), 200);
        var refusal = Workflow.move(Api.EDITOR, id, "APPROVED", Map.of(), 403);
        assertThat(refusal.getString("detail"), containsString("Four eyes"));
        Workflow.move(Api.DEMO_ADMIN, id, "APPROVED", Map.of(), 200);
    }

    @Test
    void theAssigneeCannotApproveEvenAsEditor() {
        long id = Workflow.newClaim();
        Workflow.move(Api.EDITOR, id, "RESEARCHING", Map.of(), 200);
        Workflow.verdict(id, "False");
        Workflow.evidence(id);
        Workflow.move(Workflow.SETUP_REVIEWER, id, "IN_REVIEW", Map.of(), 200);
        var refusal = Workflow.move(Api.EDITOR, id, "APPROVED", Map.of(), 403);
        assertThat(refusal.getString("detail"), containsString("assigned to you"));
    }

    @Test
    void sendingBackNeedsACommentAndReopeningAPublishedClaimNeedsACorrectionNote() {
        long inReview = Workflow.claimIn("IN_REVIEW");
        var noComment = Workflow.move(Api.EDITOR, inReview, "RESEARCHING", Map.of(), 422);
        assertThat(noComment.getString("errors[0].field"), equalTo("comment"));
        long published = Workflow.claimIn("PUBLISHED");
        var noNote = Workflow.move(Api.EDITOR, published, "RESEARCHING", Map.of(), 422);
        assertThat(noNote.getString("errors[0].message"), containsString("correction note"));
    }

    @Test
    void dismissingAsDuplicateNamesTheOtherClaim() {
        long original = Workflow.newClaim();
        long copy = Workflow.newClaim();
        var missing = Workflow.move(Api.EDITOR, copy, "DISMISSED", Map.of("reason", "DUPLICATE"), 422);
        assertThat(missing.getString("errors[0].field"), equalTo("duplicateOf"));
        var dismissed = Workflow.move(Api.EDITOR, copy, "DISMISSED", Map.of("reason", "DUPLICATE",
                "duplicateOf", original), 200);
        assertThat(dismissed.getString("dismissReason"), equalTo("DUPLICATE"));
        assertThat(dismissed.getLong("duplicateOf"), equalTo(original));
        var restored = Workflow.move(Api.EDITOR, copy, "NEW", Map.of("comment", "Not a duplicate after all"), 200);
        assertThat(restored.get("dismissReason"), nullValue());
    }

    @Test
    void anUnknownDismissalReasonOrStateIsRefusedNamingTheFieldAndTheValuesItTakes() {
        long id = Workflow.newClaim();
        var refused = Api.asEditor().body(Map.of("to", "DISMISSED", "reason", "boring", "version", Workflow.version(id)))
                .post("/api/claims/" + id + "/transitions").then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(refused.getString("errors[0].field"), equalTo("reason"));
        assertThat(refused.getString("errors[0].message"), equalTo("Unknown reason 'boring' in \"reason\": use one of "
                + "NOT_CHECK_WORTHY (not check-worthy), OPINION (opinion), DUPLICATE (duplicate of another claim) "
                + "or OTHER (other)."));
        assertThat(refused.getString("detail"), equalTo(refused.getString("errors[0].message")));
        // Each listed value is one the API takes.
        var dismissed = Workflow.move(Api.EDITOR, id, "DISMISSED", Map.of("reason", "NOT_CHECK_WORTHY"), 200);
        assertThat(dismissed.getString("dismissReason"), equalTo("NOT_CHECK_WORTHY"));
        assertThat(Workflow.claim(id).getString("state"), equalTo("DISMISSED"));

        // The same for a state the move names in "to".
        var unknownState = Api.asEditor().body(Map.of("to", "FINISHED", "version", Workflow.version(id)))
                .post("/api/claims/" + id + "/transitions").then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(unknownState.getString("errors[0].field"), equalTo("to"));
        assertThat(unknownState.getString("errors[0].message"), equalTo("Unknown state 'FINISHED' in \"to\": use one of "
                + "NEW (new), RESEARCHING (researching), IN_REVIEW (in review), APPROVED (approved), "
                + "PUBLISHED (published) or DISMISSED (dismissed)."));
    }

    @Test
    void aStaleVersionIsRefusedWith409AndNothingMoves() {
        long id = Workflow.newClaim();
        long stale = Workflow.version(id);
        Api.asEditor().body(Map.of("statement", "Changed meanwhile", "version", stale)).patch("/api/claims/" + id)
                .then().statusCode(200);
        Api.asReviewer().body(Map.of("to", "RESEARCHING", "version", stale)).post("/api/claims/" + id
                + "/transitions").then().statusCode(409).body("type", equalTo(
                        "https://factdesk.io/problems/stale-version"));
        assertThat(Workflow.claim(id).getString("state"), equalTo("NEW"));
    }

    @Test
    void aPublishedClaimIsReadOnlyUntilReopened() {
        long id = Workflow.claimIn("PUBLISHED");
        Api.asEditor().body(Map.of("statement", "Rewritten", "version", Workflow.version(id)))
                .patch("/api/claims/" + id).then().statusCode(409).body("detail", containsString("published"));
        Api.asEditor().body(Map.of("label", "True", "rationale", "x", "version", Workflow.version(id)))
                .put("/api/claims/" + id + "/verdict").then().statusCode(409);
        Workflow.move(Api.EDITOR, id, "RESEARCHING", Map.of("comment", "The budget office corrected its figure."),
                200);
        Api.asEditor().body(Map.of("statement", "Rewritten", "version", Workflow.version(id)))
                .patch("/api/claims/" + id).then().statusCode(200).body("statement", equalTo("Rewritten"));
    }

    @Test
    void bulkMovesMoveWhatCanMoveAndListTheRestWithReasons() {
        long movable = Workflow.claimIn("APPROVED");
        long notFromHere = Workflow.claimIn("NEW");
        long alsoMovable = Workflow.claimIn("APPROVED");
        var result = Api.asEditor().body(Map.of("ids", List.of(movable, notFromHere, alsoMovable), "to",
                "PUBLISHED")).post("/api/claims/transitions").then().statusCode(200).extract().jsonPath();
        assertThat(result.getList("moved.id", Long.class), containsInAnyOrder(movable, alsoMovable));
        assertThat(result.getList("refused"), hasSize(1));
        assertThat(result.getLong("refused[0].id"), equalTo(notFromHere));
        assertThat(result.getInt("refused[0].status"), equalTo(409));
        assertThat(result.getString("refused[0].reason"), containsString("cannot move from New to Published"));
        assertThat(Workflow.claim(notFromHere).getString("state"), equalTo("NEW"));
        assertThat(Workflow.claim(movable).getString("state"), equalTo("PUBLISHED"));
    }

    @Test
    void verdictLabelsComeFromTheScale() {
        long id = Workflow.claimIn("RESEARCHING");
        Api.asReviewer().body(Map.of("label", "Pants on fire", "rationale", "x", "version", Workflow.version(id)))
                .put("/api/claims/" + id + "/verdict").then().statusCode(422).body("errors[0].field",
                        equalTo("label"));
        Api.asReviewer().body(Map.of("label", "half TRUE", "rationale", "Partly", "version", Workflow.version(id)))
                .put("/api/claims/" + id + "/verdict").then().statusCode(200)
                .body("verdict.label", equalTo("Half true")).body("verdict.rating", equalTo(3));
    }

    @Test
    void aLabelInUseCannotBeDeletedOnlyRetired() {
        long id = Workflow.claimIn("RESEARCHING");
        String name = io.factdesk.testing.Articles.unique("Baseless");
        var label = Api.asEditor().body(Map.of("label", name, "description", "No basis at all"))
                .post("/api/rating-scale").then().statusCode(201).extract().jsonPath();
        Api.asReviewer().body(Map.of("label", name, "rationale", "None", "version", Workflow.version(id)))
                .put("/api/claims/" + id + "/verdict").then().statusCode(200).body("verdict.rating", nullValue());
        Api.asEditor().delete("/api/rating-scale/" + label.getLong("id")).then().statusCode(409)
                .body("detail", containsString("retire"));
        Api.asEditor().body(Map.of("retired", true, "version", label.getLong("version")))
                .patch("/api/rating-scale/" + label.getLong("id")).then().statusCode(200);
        Api.asReviewer().get("/api/rating-scale").then().body("label", not(org.hamcrest.Matchers.hasItem(name)));
        assertThat(Workflow.claim(id).getString("verdict.label"), equalTo(name));
        Api.asReviewer().body(Map.of("label", "x")).post("/api/rating-scale").then().statusCode(403);
    }

    @Test
    void markupInRationaleAndCommentsIsInertOnTheClaimPage() {
        long id = Workflow.claimIn("RESEARCHING");
        Api.asReviewer().body(Map.of("label", "False", "rationale",
                "See <script>alert('r')</script> and [this](javascript:alert(1)) and **bold**", "version",
                Workflow.version(id))).put("/api/claims/" + id + "/verdict").then().statusCode(200);
        Api.asReviewer().body(Map.of("body", "<img src=x onerror=alert(2)> noted")).post("/api/claims/" + id
                + "/comments").then().statusCode(201).body("author", equalTo("reviewer"));
        Workflow.move(Workflow.SETUP_REVIEWER, id, "IN_REVIEW", Map.of(), 200);
        String html = Browser.withSession(Browser.signIn(Api.EDITOR)).get("/claims/" + id).then().statusCode(200)
                .extract().asString();
        assertThat(html, not(containsString("<script>alert")));
        assertThat(html, not(containsString("<img src=x")));
        assertThat(html, not(containsString("href=\"javascript:")));
        assertThat(html, containsString("&lt;script&gt;alert("));
        assertThat(html, containsString("<strong>bold</strong>"));
    }
}
