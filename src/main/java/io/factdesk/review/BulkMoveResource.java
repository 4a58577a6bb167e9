package io.factdesk.review;

import io.factdesk.account.Me;
import io.factdesk.claim.ClaimState;
import io.factdesk.claim.ClaimView;
import io.factdesk.claim.DismissReason;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Moves several claims at once, each by the rules of one move (docs/review.md, "Bulk moves"). */
@Path("/api/claims/transitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BulkMoveResource {

    public record BulkRequest(@Size(max = Limits.BULK_CLAIMS) List<Long> ids, String to,
            @Size(max = Limits.MOVE_NOTE) String comment, String reason) {
    }

    public record BulkResult(List<ClaimView> moved, List<BulkMoves.Refusal> refused) {
    }

    @Inject
    BulkMoves bulk;

    @Inject
    Me me;

    /** Moves several claims at once: {@code moved} and {@code refused} (each with its status and reason). */
    @POST
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "422", description = "No ids, or an unknown target state.")
    public BulkResult moveMany(BulkRequest req) {
        if (req == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        if (req.to() == null || req.to().isBlank()) {
            throw ProblemException.invalid("to", "to is required: the state to move the claims to.");
        }
        BulkMoves.Outcome outcome = bulk.move(req.ids(), ClaimState.parse("to", req.to()), req.comment(),
                DismissReason.parse("reason", req.reason()), me.user());
        return new BulkResult(outcome.moved().stream().map(ClaimView::of).toList(), outcome.refused());
    }
}
