package io.factdesk.review;

import static io.factdesk.claim.ClaimState.APPROVED;
import static io.factdesk.claim.ClaimState.DISMISSED;
import static io.factdesk.claim.ClaimState.IN_REVIEW;
import static io.factdesk.claim.ClaimState.NEW;
import static io.factdesk.claim.ClaimState.PUBLISHED;
import static io.factdesk.claim.ClaimState.RESEARCHING;

import io.factdesk.account.Role;
import io.factdesk.claim.ClaimState;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole rule set of docs/review.md's table of moves, one row per line of that table.
 * Every transition not listed here is refused.
 */
public final class Transitions {

    /** What a transition needs besides the actor's role. */
    public enum Need {
        /** An assignee: the one given, else the actor. */
        ASSIGNEE,
        /** A dismissal reason (and for a duplicate, the claim it duplicates). */
        REASON,
        /** A comment saying why. */
        COMMENT,
        /** Statement, claimant, verdict, rationale and at least one source as evidence. */
        COMPLETE_RESEARCH,
        /** The actor is neither the submitter nor the assignee. */
        FOUR_EYES,
        /** A correction note; it appears in the corrections log. */
        CORRECTION_NOTE
    }

    public record Rule(ClaimState from, ClaimState to, Role role, Set<Need> needs, String action) {
        /**
         * A move that cannot be taken back: publishing makes the claim's public page and ClaimReview
         * visible to anyone. The pages ask for a confirmation first; the API does not.
         */
        public boolean irreversible() {
            return to == PUBLISHED;
        }
    }

    public static final List<Rule> RULES = List.of(
            new Rule(NEW, RESEARCHING, Role.REVIEWER, Set.of(Need.ASSIGNEE), "Start research"),
            new Rule(NEW, DISMISSED, Role.EDITOR, Set.of(Need.REASON), "Dismiss"),
            new Rule(RESEARCHING, DISMISSED, Role.EDITOR, Set.of(Need.REASON), "Dismiss"),
            new Rule(DISMISSED, NEW, Role.EDITOR, Set.of(Need.COMMENT), "Restore"),
            new Rule(RESEARCHING, IN_REVIEW, Role.REVIEWER, Set.of(Need.COMPLETE_RESEARCH), "Submit for review"),
            new Rule(IN_REVIEW, RESEARCHING, Role.EDITOR, Set.of(Need.COMMENT), "Send back"),
            new Rule(IN_REVIEW, APPROVED, Role.EDITOR, Set.of(Need.FOUR_EYES), "Approve"),
            new Rule(APPROVED, RESEARCHING, Role.EDITOR, Set.of(Need.COMMENT), "Reopen"),
            new Rule(APPROVED, PUBLISHED, Role.EDITOR, Set.of(), "Publish"),
            new Rule(PUBLISHED, RESEARCHING, Role.EDITOR, Set.of(Need.CORRECTION_NOTE), "Reopen for correction"));

    private Transitions() {
    }

    public static Optional<Rule> find(ClaimState from, ClaimState to) {
        return RULES.stream().filter(r -> r.from() == from && r.to() == to).findFirst();
    }

    public static List<Rule> from(ClaimState state) {
        return RULES.stream().filter(r -> r.from() == state).toList();
    }
}
