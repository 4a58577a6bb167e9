package io.factdesk.review;

import static io.factdesk.claim.ClaimState.APPROVED;
import static io.factdesk.claim.ClaimState.DISMISSED;
import static io.factdesk.claim.ClaimState.IN_REVIEW;
import static io.factdesk.claim.ClaimState.NEW;
import static io.factdesk.claim.ClaimState.PUBLISHED;
import static io.factdesk.claim.ClaimState.RESEARCHING;
import static io.factdesk.testing.Newsroom.ADMIN;
import static io.factdesk.testing.Newsroom.EDITOR;
import static io.factdesk.testing.Newsroom.OTHER_EDITOR;
import static io.factdesk.testing.Newsroom.OTHER_REVIEWER;
import static io.factdesk.testing.Newsroom.REVIEWER;
import static io.factdesk.testing.Newsroom.SETUP_EDITOR;
import static io.factdesk.testing.Newsroom.SETUP_REVIEWER;
import static io.factdesk.testing.Newsroom.fields;
import static io.factdesk.testing.Newsroom.refusal;
import static io.factdesk.testing.Newsroom.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.ClaimState;
import io.factdesk.claim.DismissReason;
import io.factdesk.system.ProblemException;
import io.factdesk.testing.Newsroom;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The table of moves of docs/review.md and the checks of each move, at the service that applies them
 * for the API and the pages alike ({@link ReviewService#transition}): every move outside the table,
 * every editor's move a reviewer tries, and each allowed move with and without what it needs. The
 * HTTP side of the same rules is in {@link TransitionTableTest}, {@link MoveRulesApiTest} and
 * {@link WorkflowApiTest}.
 */
@QuarkusTest
class TransitionRulesServiceTest {

    /** The moves of docs/review.md's table, by state, in the order a refusal lists them. */
    static final Map<ClaimState, List<ClaimState>> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put(NEW, List.of(RESEARCHING, DISMISSED));
        TABLE.put(RESEARCHING, List.of(DISMISSED, IN_REVIEW));
        TABLE.put(IN_REVIEW, List.of(RESEARCHING, APPROVED));
        TABLE.put(APPROVED, List.of(RESEARCHING, PUBLISHED));
        TABLE.put(PUBLISHED, List.of(RESEARCHING));
        TABLE.put(DISMISSED, List.of(NEW));
    }

    @Inject
    Newsroom desk;

    @Inject
    ReviewService review;

    @Inject
    ClaimService claims;

    @Test
    void everyMoveOutsideTheTableIsRefusedWithTheMovesThatAreAllowed() {
        int refused = 0;
        for (ClaimState from : ClaimState.values()) {
            long id = desk.claimIn(from);
            List<ClaimState> allowed = TABLE.get(from);
            for (ClaimState to : ClaimState.values()) {
                if (allowed.contains(to)) {
                    continue;
                }
                for (String actor : List.of(REVIEWER, EDITOR)) {
                    ProblemException p = refusal(() -> desk.move(actor, id, new ReviewService.Move(to, "A note",
                            DismissReason.OTHER, null, null, null)));
                    assertThat(p.status()).as(from + " → " + to + " by " + actor).isEqualTo(409);
                    assertThat(p.toProblem().type()).endsWith("/transition-not-allowed");
                    assertThat(p.getMessage()).isEqualTo("A claim cannot move from " + from.label() + " to "
                            + to.label() + ". From " + from.label() + " it can move to: "
                            + String.join(", ", allowed.stream().map(ClaimState::label).toList()) + ".");
                    refused++;
                }
            }
            assertThat(desk.state(id)).as("still " + from).isEqualTo(from);
        }
        assertThat(refused).as("26 moves outside the table, each tried by two roles").isEqualTo(52);
    }

    @Test
    void aReviewerMayMakeNoneOfTheEditorsMovesWithOrWithoutWhatTheyNeed() {
        Map<ClaimState, Long> claimIn = new LinkedHashMap<>();
        for (ClaimState state : ClaimState.values()) {
            claimIn.put(state, desk.claimIn(state));
        }
        record EditorsMove(ClaimState from, ClaimState to, String action) {
        }
        List<EditorsMove> moves = List.of(new EditorsMove(NEW, DISMISSED, "dismiss"),
                new EditorsMove(RESEARCHING, DISMISSED, "dismiss"), new EditorsMove(DISMISSED, NEW, "restore"),
                new EditorsMove(IN_REVIEW, RESEARCHING, "send back"), new EditorsMove(IN_REVIEW, APPROVED, "approve"),
                new EditorsMove(APPROVED, RESEARCHING, "reopen"), new EditorsMove(APPROVED, PUBLISHED, "publish"),
                new EditorsMove(PUBLISHED, RESEARCHING, "reopen for correction"));
        for (EditorsMove m : moves) {
            long id = claimIn.get(m.from());
            for (ReviewService.Move move : List.of(to(m.to(), null, null),
                    new ReviewService.Move(m.to(), "Because.", DismissReason.OTHER, null, null, null))) {
                ProblemException p = refusal(() -> desk.move(REVIEWER, id, move));
                assertThat(p.status()).as(m.toString()).isEqualTo(403);
                assertThat(p.getMessage()).isEqualTo("Only editors may " + m.action() + " (from " + m.from().label()
                        + " to " + m.to().label() + ").");
            }
            assertThat(desk.state(id)).isEqualTo(m.from());
        }
    }

    @Test
    void startingResearchAssignsTheActorOrWhomAnEditorNames() {
        long byReviewer = desk.claim();
        Claim started = desk.move(REVIEWER, byReviewer, to(RESEARCHING, null, null));
        assertThat(started.state).isEqualTo(RESEARCHING);
        assertThat(desk.get(byReviewer).assignee.username).isEqualTo(REVIEWER);

        long byEditor = desk.claim();
        desk.move(EDITOR, byEditor, to(RESEARCHING, null, null));
        assertThat(desk.get(byEditor).assignee.username).isEqualTo(EDITOR);

        long named = desk.claim();
        desk.move(EDITOR, named, to(RESEARCHING, null, OTHER_REVIEWER));
        assertThat(desk.get(named).assignee.username).isEqualTo(OTHER_REVIEWER);

        long byAdmin = desk.claim();
        desk.move(ADMIN, byAdmin, to(RESEARCHING, "Yours.", OTHER_EDITOR));
        assertThat(desk.get(byAdmin).assignee.username).isEqualTo(OTHER_EDITOR);

        long refused = desk.claim();
        ProblemException someoneElse = refusal(() -> desk.move(REVIEWER, refused, to(RESEARCHING, null,
                OTHER_REVIEWER)));
        assertThat(someoneElse.status()).isEqualTo(403);
        assertThat(someoneElse.getMessage())
                .isEqualTo("Reviewers may take a claim or give it up; only editors assign it to someone else.");
        ProblemException nobody = refusal(() -> desk.move(EDITOR, refused, to(RESEARCHING, null, "no-such-person")));
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.errorFor("assignee")).isEqualTo("No user named 'no-such-person'.");
        Claim unchanged = desk.get(refused);
        assertThat(unchanged.state).isEqualTo(NEW);
        assertThat(unchanged.assignee).isNull();
    }

    @Test
    void dismissingNeedsAReasonAndADuplicateNamesAnotherExistingClaim() {
        long id = desk.claim();
        long other = desk.claim();

        ProblemException noReason = refusal(() -> desk.move(EDITOR, id, to(DISMISSED, null, null)));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.toProblem().type()).endsWith("/requirements-missing");
        assertThat(fields(noReason)).containsExactly("reason");
        assertThat(noReason.getMessage()).isEqualTo("To move claim " + id + " to DISMISSED: A reason is required: "
                + "NOT_CHECK_WORTHY, OPINION, DUPLICATE or OTHER.");

        ProblemException noOriginal = refusal(() -> desk.move(EDITOR, id, dismiss(DismissReason.DUPLICATE, null)));
        assertThat(noOriginal.errorFor("duplicateOf")).isEqualTo("Name the claim this one duplicates.");
        ProblemException itself = refusal(() -> desk.move(EDITOR, id, dismiss(DismissReason.DUPLICATE, id)));
        assertThat(itself.errorFor("duplicateOf")).isEqualTo("Claim " + id + " is not another existing claim.");
        ProblemException missing = refusal(() -> desk.move(EDITOR, id, dismiss(DismissReason.DUPLICATE,
                987_654_321L)));
        assertThat(missing.errorFor("duplicateOf")).isEqualTo("Claim 987654321 is not another existing claim.");
        assertThat(desk.state(id)).isEqualTo(NEW);

        desk.move(EDITOR, id, dismiss(DismissReason.DUPLICATE, other));
        Claim dismissed = desk.get(id);
        assertThat(dismissed.state).isEqualTo(DISMISSED);
        assertThat(dismissed.dismissReason).isEqualTo(DismissReason.DUPLICATE);
        assertThat(dismissed.duplicateOf).isEqualTo(other);

        long researched = desk.claimIn(RESEARCHING);
        desk.move(EDITOR, researched, dismiss(DismissReason.OPINION, other));
        Claim opinion = desk.get(researched);
        assertThat(opinion.state).isEqualTo(DISMISSED);
        assertThat(opinion.dismissReason).isEqualTo(DismissReason.OPINION);
        assertThat(opinion.duplicateOf).as("only a duplicate names another claim").isNull();
    }

    @Test
    void restoringNeedsACommentAndClearsTheDismissal() {
        long other = desk.claim();
        long id = desk.claim();
        desk.move(EDITOR, id, dismiss(DismissReason.DUPLICATE, other));

        for (String comment : new String[] { null, "  " }) {
            ProblemException p = refusal(() -> desk.move(EDITOR, id, to(NEW, comment, null)));
            assertThat(p.status()).isEqualTo(422);
            assertThat(fields(p)).containsExactly("comment");
            assertThat(p.errorFor("comment")).isEqualTo("A comment is required.");
        }
        desk.move(EDITOR, id, to(NEW, "Not a duplicate after all.", null));
        Claim restored = desk.get(id);
        assertThat(restored.state).isEqualTo(NEW);
        assertThat(restored.dismissReason).isNull();
        assertThat(restored.duplicateOf).isNull();
    }

    @Test
    void submittingNeedsTheResearchComplete() {
        long id = desk.claimIn(RESEARCHING);

        ProblemException bare = refusal(() -> desk.move(REVIEWER, id, to(IN_REVIEW, null, null)));
        assertThat(bare.status()).isEqualTo(422);
        assertThat(bare.toProblem().type()).endsWith("/requirements-missing");
        assertThat(fields(bare)).containsExactly("verdict", "rationale", "evidence");
        assertThat(bare.getMessage()).isEqualTo("To move claim " + id + " to IN_REVIEW: A verdict is required. "
                + "A rationale is required. At least one source as evidence is required.");

        desk.verdict(id);
        ProblemException noEvidence = refusal(() -> desk.move(REVIEWER, id, to(IN_REVIEW, null, null)));
        assertThat(fields(noEvidence)).containsExactly("evidence");
        assertThat(noEvidence.errorFor("evidence")).isEqualTo("At least one source as evidence is required.");

        desk.evidence(id);
        claims.edit(id, new ClaimService.ClaimEdit(Optional.empty(), Optional.empty(), null, null, null, null, null,
                desk.version(id)), desk.user(SETUP_REVIEWER));
        ProblemException noStatement = refusal(() -> desk.move(REVIEWER, id, to(IN_REVIEW, null, null)));
        assertThat(fields(noStatement)).containsExactly("statement", "claimant");
        assertThat(noStatement.errorFor("statement")).isEqualTo("A statement is required.");
        assertThat(noStatement.errorFor("claimant")).isEqualTo("A claimant is required.");
        assertThat(desk.state(id)).isEqualTo(RESEARCHING);

        claims.edit(id, new ClaimService.ClaimEdit(Optional.of("The bridge cost nine million."),
                Optional.of("The minister"), null, null, null, null, null, desk.version(id)), desk.user(SETUP_REVIEWER));
        desk.move(REVIEWER, id, to(IN_REVIEW, "Ready.", null));
        Claim submitted = desk.get(id);
        assertThat(submitted.state).isEqualTo(IN_REVIEW);
        assertThat(submitted.submittedBy.username).isEqualTo(REVIEWER);
    }

    @Test
    void sendingBackNeedsACommentSayingWhatToChangeAndKeepsTheAssignee() {
        long id = desk.claimIn(IN_REVIEW);

        ProblemException p = refusal(() -> desk.move(EDITOR, id, to(RESEARCHING, null, null)));
        assertThat(p.status()).isEqualTo(422);
        assertThat(fields(p)).containsExactly("comment");
        assertThat(p.errorFor("comment")).isEqualTo("A comment saying what to change is required.");
        assertThat(desk.state(id)).isEqualTo(IN_REVIEW);

        desk.move(EDITOR, id, to(RESEARCHING, "Check the second source.", null));
        Claim back = desk.get(id);
        assertThat(back.state).isEqualTo(RESEARCHING);
        assertThat(back.assignee.username).isEqualTo(SETUP_REVIEWER);
    }

    @Test
    void approvingNeedsAnEditorWhoNeitherSubmittedNorHoldsTheClaim() {
        // The editor submits a claim someone else holds: they may not approve it.
        long submitted = desk.claimIn(RESEARCHING);
        desk.verdict(submitted);
        desk.evidence(submitted);
        desk.move(EDITOR, submitted, to(IN_REVIEW, null, null));
        ProblemException ownSubmission = refusal(() -> desk.move(EDITOR, submitted, to(APPROVED, null, null)));
        assertThat(ownSubmission.status()).isEqualTo(403);
        assertThat(ownSubmission.getMessage())
                .isEqualTo("Four eyes: you submitted this claim for review, so someone else must approve it.");

        // The editor holds a claim someone else submits: they may not approve it either.
        long held = desk.claim();
        desk.move(EDITOR, held, to(RESEARCHING, null, null));
        desk.verdict(held);
        desk.evidence(held);
        desk.move(SETUP_REVIEWER, held, to(IN_REVIEW, null, null));
        ProblemException ownClaim = refusal(() -> desk.move(EDITOR, held, to(APPROVED, null, null)));
        assertThat(ownClaim.status()).isEqualTo(403);
        assertThat(ownClaim.getMessage())
                .isEqualTo("Four eyes: this claim is assigned to you, so someone else must approve it.");
        assertThat(desk.state(submitted)).isEqualTo(IN_REVIEW);
        assertThat(desk.state(held)).isEqualTo(IN_REVIEW);

        desk.move(OTHER_EDITOR, submitted, to(APPROVED, null, null));
        desk.move(OTHER_EDITOR, held, to(APPROVED, "Checked.", null));
        assertThat(desk.state(submitted)).isEqualTo(APPROVED);
        assertThat(desk.state(held)).isEqualTo(APPROVED);
    }

    @Test
    void reopeningAnApprovedClaimNeedsAComment() {
        long id = desk.claimIn(APPROVED);

        ProblemException p = refusal(() -> desk.move(EDITOR, id, to(RESEARCHING, null, null)));
        assertThat(p.status()).isEqualTo(422);
        assertThat(fields(p)).containsExactly("comment");
        assertThat(p.errorFor("comment")).isEqualTo("A comment is required.");
        assertThat(desk.state(id)).isEqualTo(APPROVED);

        desk.move(EDITOR, id, to(RESEARCHING, "The figure was revised.", null));
        assertThat(desk.state(id)).isEqualTo(RESEARCHING);
    }

    @Test
    void publishingNeedsNothingMoreAndDatesThePublication() {
        long byEditor = desk.claimIn(APPROVED);
        assertThat(desk.get(byEditor).publishedAt).isNull();
        desk.move(EDITOR, byEditor, to(PUBLISHED, null, null));
        Claim published = desk.get(byEditor);
        assertThat(published.state).isEqualTo(PUBLISHED);
        assertThat(published.publishedAt).isNotNull();

        long byAdmin = desk.claimIn(APPROVED);
        desk.move(ADMIN, byAdmin, to(PUBLISHED, null, null));
        assertThat(desk.state(byAdmin)).as("an admin is an editor too").isEqualTo(PUBLISHED);
    }

    @Test
    void reopeningForACorrectionNeedsACorrectionNote() {
        long id = desk.claimIn(PUBLISHED);

        ProblemException p = refusal(() -> desk.move(EDITOR, id, to(RESEARCHING, " ", null)));
        assertThat(p.status()).isEqualTo(422);
        assertThat(fields(p)).containsExactly("comment");
        assertThat(p.errorFor("comment"))
                .isEqualTo("A correction note is required; it appears in the report's corrections log.");
        assertThat(desk.state(id)).isEqualTo(PUBLISHED);

        desk.move(EDITOR, id, to(RESEARCHING, "The cost was eleven million.", null));
        assertThat(desk.state(id)).isEqualTo(RESEARCHING);
    }

    @Test
    void theVersionTheTargetAndTheNoteAreCheckedBeforeTheTable() {
        long id = desk.claim();
        long version = desk.version(id);
        var editor = desk.user(EDITOR);
        var reviewer = desk.user(REVIEWER);

        ProblemException noVersion = refusal(() -> review.transition(id, to(RESEARCHING, null, null), editor));
        assertThat(noVersion.status()).isEqualTo(422);
        assertThat(noVersion.errorFor("version")).isEqualTo("version is required: the version of the claim you edited.");

        // A stale version is answered before anything else, even a move the actor may not make.
        ProblemException stale = refusal(() -> review.transition(id, new ReviewService.Move(PUBLISHED, null, null,
                null, null, version + 1), reviewer));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.toProblem().type()).endsWith("/stale-version");
        assertThat(stale.getMessage()).startsWith("Claim " + id + " was changed by someone else");

        ProblemException noTarget = refusal(() -> review.transition(id, new ReviewService.Move(null, null, null, null,
                null, version), editor));
        assertThat(noTarget.status()).isEqualTo(422);
        assertThat(noTarget.errorFor("to")).isEqualTo("to is required: the state to move the claim to.");

        ProblemException longNote = refusal(() -> review.transition(id, new ReviewService.Move(PUBLISHED,
                "n".repeat(20_001), null, null, null, version), reviewer));
        assertThat(longNote.status()).as("the note is checked before the table and the role").isEqualTo(422);
        assertThat(longNote.errorFor("comment")).isEqualTo("The note must be at most 20000 characters.");

        ProblemException roleFirst = refusal(() -> review.transition(id, new ReviewService.Move(DISMISSED, null, null,
                null, null, version), reviewer));
        assertThat(roleFirst.status()).as("the role is checked before what the move needs").isEqualTo(403);

        Claim unchanged = desk.get(id);
        assertThat(unchanged.state).isEqualTo(NEW);
        assertThat(unchanged.version).isEqualTo(version);
        desk.move(EDITOR, id, to(RESEARCHING, "n".repeat(20_000), null));
        assertThat(desk.state(id)).as("a note of exactly the limit is taken").isEqualTo(RESEARCHING);
    }

    private static ReviewService.Move dismiss(DismissReason reason, Long duplicateOf) {
        return new ReviewService.Move(DISMISSED, null, reason, duplicateOf, null, null);
    }
}
