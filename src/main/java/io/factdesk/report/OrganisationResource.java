package io.factdesk.report;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

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
    public record OrganisationChange(String name, String url, String methodology, String correctionsPolicy,
            Long version) {
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
    public OrganisationView update(OrganisationChange body) {
        if (body == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        return OrganisationView.of(organisation.update(body.name(), body.url(), body.methodology(),
                body.correctionsPolicy(), body.version(), me.user()));
    }
}
