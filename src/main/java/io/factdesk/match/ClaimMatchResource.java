package io.factdesk.match;

import io.factdesk.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

/** {@code GET /api/claims/{id}/matches}: the claims closest to one claim (docs/api.md, "Matches"). */
@Path("/api/claims/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.REVIEWER_ROLE)
public class ClaimMatchResource {

    @Inject
    MatchService matches;

    @GET
    @APIResponse(responseCode = "200", description = "The matches, best first; the claim itself is never one.")
    @APIResponse(responseCode = "404", description = "No such claim.")
    public MatchView.Items matches(@RestPath long id) {
        return new MatchView.Items(matches.ofClaim(id));
    }
}
