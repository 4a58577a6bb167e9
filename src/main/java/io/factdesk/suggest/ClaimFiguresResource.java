package io.factdesk.suggest;

import io.factdesk.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

/**
 * {@code /api/claims/{id}/figures}: the figures and dates read from a claim's quote. A resource of the
 * suggest package beside the claim API, since the claim package may not use the engine.
 */
@Path("/api/claims/{id}/figures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.REVIEWER_ROLE)
public class ClaimFiguresResource {

    @Inject
    ClaimFigures figures;

    @GET
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    public ClaimFigures.View get(@RestPath long id) {
        return figures.of(id);
    }
}
