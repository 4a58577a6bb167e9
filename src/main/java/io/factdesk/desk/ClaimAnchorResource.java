package io.factdesk.desk;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.claim.ArticleVersions;
import io.factdesk.claim.ClaimView;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

/**
 * A claim's anchor after its article's text changed (docs/text-and-anchors.md, "Versions"): placed by hand
 * in the current version, and the editor's decision that a flagged verdict still holds (docs/review.md).
 */
@Path("/api/claims/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimAnchorResource {

    /** start and end in code points of version {@code version}, which must be the article's current one. */
    public record AnchorRequest(Integer start, Integer end, Integer version) {
    }

    /** decision: {@code confirm}; note: why the verdict still holds (required); version: the claim's, optional. */
    public record DecisionRequest(String decision, @Size(max = Limits.MOVE_NOTE) String note, Long version) {
    }

    @Inject
    ArticleVersions versions;

    @Inject
    Me me;

    @POST
    @Path("anchor")
    @RolesAllowed(Role.REVIEWER_ROLE)
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403", description = "The claim needs an editor's decision: only editors place it.")
    @APIResponse(responseCode = "409", description = "stale-version: version is not the article's current one.")
    @APIResponse(responseCode = "422", description = "start, end or version missing, or outside the text.")
    public ClaimView anchor(@RestPath long id, AnchorRequest req) {
        if (req == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        return versions.placeByHand(id, req.start(), req.end(), req.version(), me.user());
    }

    @POST
    @Path("anchor-decision")
    @RolesAllowed(Role.EDITOR_ROLE)
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403", description = "Only editors decide.")
    @APIResponse(responseCode = "409",
            description = "no-decision-needed (not flagged), orphaned (place it first), or stale-version.")
    @APIResponse(responseCode = "422", description = "decision is not confirm, or the note is missing.")
    public ClaimView decide(@RestPath long id, DecisionRequest req) {
        if (req == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        return versions.confirm(id, req.decision(), req.note(), req.version(), me.user());
    }
}
