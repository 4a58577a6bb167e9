package io.factdesk.source;

import io.factdesk.account.Me;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestPath;

/**
 * A claim's evidence: {@code /api/claims/{claimId}/evidence}. A class of its own beside
 * ClaimResource ({@code /api/claims}), so that the source package owns everything about evidence.
 */
@Path("/api/claims/{claimId}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    /** A source of the library as {@code sourceId}, or a new one inline as {@code source}. */
    public record EvidenceRequest(Long sourceId, SourceResource.SourceRequest source,
            @Size(max = Limits.EVIDENCE_EXCERPT) String excerpt, String stance,
            @Size(max = Limits.EVIDENCE_NOTE) String note) {
    }

    @Inject
    EvidenceService evidence;

    @Inject
    Me me;

    /** Oldest first; a claim has a handful, so the list is not paginated. */
    @GET
    public List<EvidenceView> list(@RestPath long claimId) {
        return evidence.ofClaim(claimId).stream().map(EvidenceView::of).toList();
    }

    @GET
    @Path("{evidenceId}")
    public EvidenceView get(@RestPath long claimId, @RestPath long evidenceId) {
        return EvidenceView.of(evidence.get(claimId, evidenceId));
    }

    @POST
    @APIResponseSchema(value = EvidenceView.Attached.class, responseCode = "201",
            responseDescription = "The evidence, and whether its source was created or reused.")
    @APIResponse(responseCode = "409",
            description = "duplicate-evidence, duplicate-source, or the claim is published and read-only.")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (each named in errors).")
    public Response attach(@RestPath long claimId, EvidenceRequest body) {
        if (body == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        EvidenceService.Attached attached = evidence.attach(claimId, new EvidenceService.EvidenceInput(
                body.sourceId(), body.source() == null ? null : body.source().input(), body.excerpt(), body.stance(),
                body.note()), me.user());
        Evidence e = attached.evidence();
        String notice = attached.sourceReused()
                ? "The library already holds this address as source " + e.source.id + " (“" + e.source.title
                        + "”); it was linked instead of adding a duplicate."
                : null;
        return Response.created(URI.create("/api/claims/" + claimId + "/evidence/" + e.id))
                .entity(new EvidenceView.Attached(EvidenceView.of(e), attached.sourceCreated(),
                        attached.sourceReused(), notice))
                .build();
    }

    @DELETE
    @Path("{evidenceId}")
    @APIResponse(responseCode = "204", description = "Detached.")
    @APIResponse(responseCode = "409", description = "The claim is published and read-only.")
    public Response detach(@RestPath long claimId, @RestPath long evidenceId) {
        evidence.detach(claimId, evidenceId, me.user());
        return Response.noContent().build();
    }
}
