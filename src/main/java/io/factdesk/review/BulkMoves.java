package io.factdesk.review;

import io.factdesk.account.User;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.ClaimState;
import io.factdesk.claim.DismissReason;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Moves several claims to one state. Each claim moves in its own transaction, by the same rules
 * as a single move: those that can move, move; the others are listed with the reason. Whatever
 * happens to one claim (refused by the rules, changed by someone else at the same moment, a
 * database error) is said about that claim alone: the answer accounts for every claim asked for,
 * and each claim listed as moved has moved.
 */
@ApplicationScoped
public class BulkMoves {

    private static final Logger LOG = Logger.getLogger(BulkMoves.class);

    public static final int MAX_CLAIMS = Limits.BULK_CLAIMS;

    public record Refusal(long id, int status, String reason) {
    }

    public record Outcome(List<Claim> moved, List<Refusal> refused) {
    }

    @Inject
    ReviewService review;

    @Inject
    ClaimService claims;

    public Outcome move(List<Long> ids, ClaimState to, String comment, DismissReason reason, User actor) {
        if (ids == null || ids.isEmpty()) {
            throw ProblemException.invalid("ids", "Select at least one claim.");
        }
        if (ids.size() > MAX_CLAIMS) {
            throw ProblemException.invalid("ids", "At most " + MAX_CLAIMS + " claims move at once.");
        }
        // A note too long for one claim is too long for all: refused before anything moves.
        ReviewService.checkNote(comment);
        List<Claim> moved = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            if (id == null) {
                continue;
            }
            try {
                moved.add(QuarkusTransaction.requiringNew().call(() -> review.transition(id,
                        new ReviewService.Move(to, comment, reason, null, null, claims.get(id).version), actor)));
            } catch (ProblemException e) {
                refused.add(new Refusal(id, e.status(), e.getMessage()));
            } catch (RuntimeException e) {
                refused.add(notMoved(id, e));
            }
        }
        return new Outcome(moved, refused);
    }

    /**
     * A claim whose transaction did not commit: most often another move of the same claim won the
     * race (its version moved on, or the database refused the second writer); said as a 409 with the
     * claim's state now.
     */
    private Refusal notMoved(long id, RuntimeException e) {
        ProblemException problem = cause(e, ProblemException.class);
        if (problem != null) {
            return new Refusal(id, problem.status(), problem.getMessage());
        }
        String now = stateNow(id);
        // An optimistic-lock failure is a PersistenceException too.
        if (cause(e, PersistenceException.class) != null || cause(e, StaleStateException.class) != null) {
            LOG.debugf(e, "Claim %d did not move: changed at the same time", id);
            return new Refusal(id, 409, "Claim " + id + " was changed by someone else at the same moment, so it did "
                    + "not move" + (now == null ? "." : "; it is now " + now + "."));
        }
        LOG.errorf(e, "Claim %d did not move", id);
        return new Refusal(id, 500, "Claim " + id + " did not move: an unexpected error stopped it"
                + (now == null ? "." : "; it is still " + now + "."));
    }

    private String stateNow(long id) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> claims.get(id).state.name());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
