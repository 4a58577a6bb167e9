package io.factdesk.report;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The organisation's settings: everyone signed in reads them, admins change them. */
@Path("/api/organisation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    /** The settings as the API shows them; methodology and corrections policy are Markdown. */
    public record OrganisationView(String name, String url, String methodology, String correctionsPolicy,
            long version, Instant updatedAt) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.name, o.url, o.methodology, o.correctionsPolicy, o.version, o.updatedAt);
        }
    }

    /** Every setting at once (a member left out or null is cleared, the name is required) and the version read. */
    public record OrganisationChange(@Size(max = Limits.ORGANISATION_NAME) String name,
            @Size(max = Limits.URL) String url, @Size(max = Limits.ORGANISATION_TEXT) String methodology,
            @Size(max = Limits.ORGANISATION_TEXT) String correctionsPolicy, Long version) {
    }

    @Inject
    OrganisationService organisation;

    @Inject
    Me me;

    @GET
    public OrganisationView get() {
        return OrganisationView.of(organisation.get());
    }

    @PUT
    @RolesAllowed(Role.ADMIN_ROLE)
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "409",
            description = "stale-version: changed since the version sent (currentVersion says where it is now).")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (each named in errors).")
    public OrganisationView update(OrganisationChange body) {
        if (body == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        return OrganisationView.of(organisation.update(body.name(), body.url(), body.methodology(),
                body.correctionsPolicy(), body.version(), me.user()));
    }
}
