package io.factdesk.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.claim.ClaimView;
import io.factdesk.system.MergePatch;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

/**
 * {@code POST /api/claims/{id}/link}: the claim is the same claim as an earlier one (docs/api.md, "Linking
 * claims"; the rules in docs/review.md). The body is read member by member, so that {@code "to": null}
 * (take the link off) is told apart from a body that forgot {@code to}.
 */
@Path("/api/claims/{id: [0-9]+}/link")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.REVIEWER_ROLE)
public class ClaimLinkResource {

    /** The body as the OpenAPI document shows it. */
    @Schema(description = "to: the earlier claim (null takes the link off); reuse: what to copy from it; dismiss:"
            + " dismiss this claim as its duplicate instead (editors); version: the claim's version.")
    public record LinkRequest(Long to, List<String> reuse, Boolean dismiss, Long version) {
    }

    private static final Set<String> MEMBERS = Set.of("to", "reuse", "dismiss", "version");

    @Inject
    ClaimLinkService links;

    @Inject
    Me me;

    @POST
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LinkRequest.class)))
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403", description = "Dismissing is for editors.")
    @APIResponse(responseCode = "409",
            description = "stale-version, published-read-only, not-editable (reuse), or transition-not-allowed (dismiss).")
    @APIResponse(responseCode = "422",
            description = "to is missing, this claim or no claim; reuse names something the earlier claim does not have.")
    public ClaimView link(@RestPath long id, ObjectNode body) {
        MergePatch patch = MergePatch.of(body, MEMBERS,
                name -> "'" + name + "' is not part of a link: send to, reuse, dismiss and version.");
        if (!body.has("to")) {
            throw ProblemException.invalid("to", "to is required: the earlier claim's id, or null to take the link off.");
        }
        JsonNode to = body.get("to");
        if (!to.isNull() && !to.isIntegralNumber()) {
            throw ProblemException.badRequest("to", "to must be a claim's id (a whole number) or null.");
        }
        JsonNode dismiss = body.get("dismiss");
        if (dismiss != null && !dismiss.isNull() && !dismiss.isBoolean()) {
            throw ProblemException.badRequest("dismiss", "dismiss must be true or false.");
        }
        List<String> reuse = new ArrayList<>();
        JsonNode items = body.get("reuse");
        if (items != null && !items.isNull()) {
            if (!items.isArray()) {
                throw ProblemException.badRequest("reuse", "reuse must be a list: [\"verdict\", \"rationale\", \"evidence\"].");
            }
            for (JsonNode item : items) {
                if (!item.isTextual()) {
                    throw ProblemException.badRequest("reuse", "reuse lists words: verdict, rationale, evidence.");
                }
                reuse.add(item.asText());
            }
        }
        return ClaimView.of(links.link(id, new ClaimLinkService.Link(to.isNull() ? null : to.asLong(), reuse,
                dismiss != null && dismiss.asBoolean(), patch.version()), me.user()));
    }
}
