package io.factdesk.desk;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.claim.ArticleVersions;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimAnchor;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.Reanchoring;
import io.factdesk.claim.ClaimView;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

/**
 * A claim's anchor after its article's text changed (docs/text-and-anchors.md, "Versions"): where it stood in
 * each version with the places it may be put now, placed by hand in the current version, and the editor's decision that a flagged verdict still holds (docs/review.md).
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

    /** Where the claim stood in one version; start, end and exact null where it could not be placed. */
    public record VersionAnchor(int version, Integer start, Integer end, String exact, String outcome, Double score) {
        static VersionAnchor of(ClaimAnchor a) {
            return new VersionAnchor(a.version, a.start, a.end, a.exact, a.outcome, a.score);
        }
    }

    /**
     * The claim's anchor in every version, oldest first; for an ORPHANED or flagged claim the places it may be
     * put in the current version, computed now from version {@code candidatesFrom} (empty otherwise).
     */
    public record ClaimAnchors(long claimId, int markedVersion, int currentVersion, String outcome, boolean flagged,
            boolean needsDecision, List<VersionAnchor> anchors, Integer candidatesFrom,
            List<Reanchoring.Candidate> candidates) {
    }

    @Inject
    ArticleVersions versions;

    @Inject
    ClaimService claims;

    @Inject
    Me me;

    @GET
    @Path("anchor")
    @RolesAllowed(Role.REVIEWER_ROLE)
    public ClaimAnchors anchors(@RestPath long id) {
        Claim c = claims.get(id);
        List<VersionAnchor> anchors = versions.anchors(id).stream().map(VersionAnchor::of).toList();
        ArticleVersions.Candidates found = c.anchorFlagged || !c.anchored() ? versions.candidates(id)
                : new ArticleVersions.Candidates(null, c.article.currentVersion, List.of());
        return new ClaimAnchors(c.id, c.markedVersion, c.article.currentVersion,
                c.anchorOutcome == null ? null : c.anchorOutcome.name(), c.anchorFlagged, c.needsDecision(), anchors,
                found.from(), found.candidates());
    }

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
