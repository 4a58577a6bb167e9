package io.factdesk.review;

import io.factdesk.account.User;
import io.factdesk.claim.Claim;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Moves several claims to one state. Each claim moves in its own transaction, by the same rules
 * as a single move: those that can move, move; the others are listed with the reason.
 */
@ApplicationScoped
public class BulkMoves {

    public static final int MAX_CLAIMS = 500;

    public record Refusal(long id, int status, String reason) {
    }

    public record Outcome(List<Claim> moved, List<Refusal> refused) {
    }

    @Inject
    ReviewService review;

    @Inject
    io.factdesk.claim.ClaimService claims;

    public Outcome move(List<Long> ids, ClaimState to, String comment, DismissReason reason, User actor) {
        if (ids == null || ids.isEmpty()) {
            throw ProblemException.invalid("ids", "Select at least one claim.");
        }
        if (ids.size() > MAX_CLAIMS) {
            throw ProblemException.invalid("ids", "At most " + MAX_CLAIMS + " claims move at once.");
        }
        List<Claim> moved = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            try {
                long version = claims.get(id).version;
                moved.add(review.transition(id, new ReviewService.Move(to, comment, reason, null, null, version),
                        actor));
            } catch (ProblemException e) {
                refused.add(new Refusal(id, e.status(), e.getMessage()));
            }
        }
        return new Outcome(moved, refused);
    }
}
