package io.factdesk.report;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.system.Form;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Admin page: the organisation's name, home page, methodology and corrections policy that reports print. */
@Path("/admin/organisation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_ROLE)
public class OrganisationPages {

    @CheckedTemplate
    static class Templates {
        /** @param publicUrl where the public pages are, which reports give as the organisation's URL while it has none */
        static native TemplateInstance organisation(Organisation organisation, Form form, String notice,
                String publicUrl);
    }

    @Inject
    OrganisationService organisation;

    @Inject
    Me me;

    @Inject
    PublicLinks links;

    @GET
    public TemplateInstance page(@RestQuery String notice) {
        Organisation org = organisation.get();
        Form form = Form.empty().with("name", org.name).with("url", org.url).with("methodology", org.methodology)
                .with("correctionsPolicy", org.correctionsPolicy).with("version", org.version);
        return Templates.organisation(org, form, "saved".equals(notice) ? "Saved." : null, links.base());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String name, @RestForm String url, @RestForm String methodology,
            @RestForm String correctionsPolicy, @RestForm String version) {
        Form form = Form.empty().with("name", name).with("url", url).with("methodology", methodology)
                .with("correctionsPolicy", correctionsPolicy).with("version", version);
        try {
            organisation.update(name, url, methodology, correctionsPolicy,
                    QueryParams.optionalLong("version", version), me.user());
            return Response.seeOther(URI.create("/admin/organisation?notice=saved")).build();
        } catch (ProblemException e) {
            Organisation now = organisation.get();
            form.failed(e);
            if (e.status() == 409) {
                // The user's text is kept; saving again from the version now shown replaces the other edit.
                form.with("version", now.version).message("Someone else saved these settings while you were"
                        + " editing. Your text is kept below: save again to replace theirs, or reload the page to"
                        + " see theirs.");
            }
            return Response.status(e.status()).entity(Templates.organisation(now, form, null, links.base())).build();
        }
    }
}
