package io.factdesk.claim;

import static io.factdesk.testing.Newsroom.EDITOR;
import static io.factdesk.testing.Newsroom.OTHER_REVIEWER;
import static io.factdesk.testing.Newsroom.REVIEWER;
import static io.factdesk.testing.Newsroom.VERDICT;
import static io.factdesk.testing.Newsroom.refusal;
import static io.factdesk.testing.Newsroom.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.review.ReviewService;
import io.factdesk.source.EvidenceService;
import io.factdesk.system.ProblemException;
import io.factdesk.testing.Newsroom;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What can change when (docs/review.md), at the services the API and the pages call: a claim's
 * fields, verdict and evidence change only while it is NEW or RESEARCHING; a published claim is
 * read-only until it is reopened for a correction, its assignee included; comments are taken in
 * every state. A refused change leaves the claim as it was.
 */
@QuarkusTest
class EditabilityServiceTest {

    @Inject
    Newsroom desk;

    @Inject
    ClaimService claims;

    @Inject
    ReviewService review;

    @Inject
    EvidenceService evidence;

    @Test
    void aNewOrResearchedClaimTakesEveryChange() {
        for (ClaimState state : List.of(ClaimState.NEW, ClaimState.RESEARCHING)) {
            long id = desk.claimIn(state);
            editStatement(id, "The bridge cost " + state + " million.");
            review.setVerdict(id, "False", "The budget says otherwise.", desk.version(id), desk.user(REVIEWER));
            long evidenceId = desk.evidence(id).id;
            assertThat(desk.evidenceOf(id)).extracting(e -> e.id).containsExactly(evidenceId);
            evidence.detach(id, evidenceId, desk.user(REVIEWER));

            Claim changed = desk.get(id);
            assertThat(changed.state).isEqualTo(state);
            assertThat(changed.statement).isEqualTo("The bridge cost " + state + " million.");
            assertThat(changed.verdict.label).isEqualTo("False");
            assertThat(changed.rationale).isEqualTo("The budget says otherwise.");
            assertThat(desk.evidenceOf(id)).isEmpty();
        }
    }

    @Test
    void inReviewApprovedOrDismissedTheFieldsVerdictAndEvidenceWaitForResearch() {
        for (ClaimState state : List.of(ClaimState.IN_REVIEW, ClaimState.APPROVED, ClaimState.DISMISSED)) {
            long id = desk.claimIn(state);
            Claim before = desk.get(id);
            List<Long> evidenceBefore = desk.evidenceOf(id).stream().map(e -> e.id).toList();
            long someEvidence = evidenceBefore.isEmpty() ? 987_654_321L : evidenceBefore.get(0);

            assertNotEditable(refusal(() -> editStatement(id, "Changed after submission.")), id, state, "its fields");
            assertNotEditable(refusal(() -> review.setVerdict(id, "False", "Changed.", desk.version(id),
                    desk.user(EDITOR))), id, state, "its verdict");
            assertNotEditable(refusal(() -> desk.evidence(id)), id, state, "its evidence");
            assertNotEditable(refusal(() -> evidence.detach(id, someEvidence, desk.user(EDITOR))), id, state,
                    "its evidence");

            Claim after = desk.get(id);
            assertThat(after.statement).isEqualTo(before.statement);
            assertThat(after.verdict == null ? null : after.verdict.label)
                    .isEqualTo(before.verdict == null ? null : before.verdict.label);
            assertThat(after.rationale).isEqualTo(before.rationale);
            assertThat(after.version).isEqualTo(before.version);
            assertThat(desk.evidenceOf(id).stream().map(e -> e.id).toList()).isEqualTo(evidenceBefore);
        }
    }

    @Test
    void aPublishedClaimIsReadOnlyItsAssigneeIncludedUntilReopenedForACorrection() {
        long id = desk.claimIn(ClaimState.PUBLISHED);
        Claim before = desk.get(id);
        long evidenceId = desk.evidenceOf(id).get(0).id;

        assertReadOnly(refusal(() -> editStatement(id, "Quietly changed.")), id);
        assertReadOnly(refusal(() -> review.setVerdict(id, "False", "Changed.", desk.version(id),
                desk.user(EDITOR))), id);
        assertReadOnly(refusal(() -> desk.evidence(id)), id);
        assertReadOnly(refusal(() -> evidence.detach(id, evidenceId, desk.user(EDITOR))), id);
        assertReadOnly(refusal(() -> assign(id, OTHER_REVIEWER)), id);

        Claim after = desk.get(id);
        assertThat(after.statement).isEqualTo(before.statement);
        assertThat(after.verdict.label).isEqualTo(VERDICT);
        assertThat(after.assignee.username).isEqualTo(before.assignee.username);
        assertThat(after.version).isEqualTo(before.version);
        assertThat(desk.evidenceOf(id)).extracting(e -> e.id).containsExactly(evidenceId);

        desk.move(EDITOR, id, to(ClaimState.RESEARCHING, "The cost was revised.", null));
        editStatement(id, "The bridge cost eleven million.");
        assertThat(desk.get(id).statement).isEqualTo("The bridge cost eleven million.");
    }

    @Test
    void theAssigneeChangesInEveryStateButPublished() {
        for (ClaimState state : List.of(ClaimState.NEW, ClaimState.RESEARCHING, ClaimState.IN_REVIEW,
                ClaimState.APPROVED, ClaimState.DISMISSED)) {
            long id = desk.claimIn(state);
            assign(id, OTHER_REVIEWER);
            assertThat(desk.get(id).assignee.username).as(state.name()).isEqualTo(OTHER_REVIEWER);
        }
    }

    @Test
    void anEditThatAlsoChangesFieldsOfAClaimInReviewChangesNothing() {
        long id = desk.claimIn(ClaimState.IN_REVIEW);
        Claim before = desk.get(id);
        ProblemException p = refusal(() -> claims.edit(id, new ClaimService.ClaimEdit(Optional.of("Changed."), null,
                null, null, null, null, Optional.of(OTHER_REVIEWER), desk.version(id)), desk.user(EDITOR)));
        assertNotEditable(p, id, ClaimState.IN_REVIEW, "its fields");
        Claim after = desk.get(id);
        assertThat(after.assignee.username).as("the assignment rolls back with the edit")
                .isEqualTo(before.assignee.username);
        assertThat(after.statement).isEqualTo(before.statement);
    }

    @Test
    void commentsAreTakenInEveryState() {
        for (ClaimState state : ClaimState.values()) {
            long id = desk.claimIn(state);
            String body = "A question while " + state + ".";
            review.comment(id, body, desk.user(REVIEWER));
            assertThat(QuarkusTransaction.requiringNew().call(() -> review.comments(id))).extracting(c -> c.body)
                    .containsExactly(body);
        }
    }

    private void editStatement(long id, String statement) {
        claims.edit(id, new ClaimService.ClaimEdit(Optional.of(statement), null, null, null, null, null, null,
                desk.version(id)), desk.user(REVIEWER));
    }

    private void assign(long id, String username) {
        claims.edit(id, new ClaimService.ClaimEdit(null, null, null, null, null, null, Optional.of(username),
                desk.version(id)), desk.user(EDITOR));
    }

    private static void assertNotEditable(ProblemException p, long id, ClaimState state, String what) {
        assertThat(p.status()).as(state + ", " + what).isEqualTo(409);
        assertThat(p.toProblem().type()).endsWith("/not-editable");
        assertThat(p.getMessage()).isEqualTo("Claim " + id + " is " + state + ": " + what + " can change only while "
                + "it is NEW or RESEARCHING. An editor can send it back to research.");
    }

    private static void assertReadOnly(ProblemException p, long id) {
        assertThat(p.status()).isEqualTo(409);
        assertThat(p.toProblem().type()).endsWith("/published-read-only");
        assertThat(p.getMessage())
                .isEqualTo("Claim " + id + " is published: an editor must reopen it for a correction first.");
    }
}
