package io.factdesk.account;

import io.factdesk.system.Form;
import io.factdesk.system.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The signed-in user's own page: who they are and their API tokens. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(User user, List<ApiToken> tokens, Form form, String newSecret);
    }

    @Inject
    ApiTokenService tokens;

    @Inject
    Me me;

    @GET
    public TemplateInstance account() {
        return Templates.account(me.user(), tokens.of(me.user()), Form.empty(), null);
    }

    /** Shows the page with the new token instead of redirecting: the secret must not be stored to show it later. */
    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@RestForm String name) {
        try {
            ApiTokenService.Issued issued = tokens.issue(me.user(), name);
            return Response.ok(Templates.account(me.user(), tokens.of(me.user()), Form.empty(), issued.secret()))
                    .header("Cache-Control", "no-store").build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(Templates.account(me.user(), tokens.of(me.user()),
                    Form.empty().with("name", name).failed(e), null)).build();
        }
    }

    @POST
    @Path("tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath long id) {
        tokens.revoke(me.user(), id);
        return Response.seeOther(URI.create("/account")).build();
    }
}
