package io.factdesk.account;

import io.factdesk.system.FactdeskConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;

/** The sign-in page (its form posts to Quarkus' j_security_check) and signing out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, boolean signedOut, long throttledSeconds,
                List<DemoAccounts.DemoAccount> demoAccounts);
    }

    @Inject
    FactdeskConfig config;

    @Inject
    Me me;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @GET
    @Path("login")
    @PermitAll
    public Object login(@RestQuery String error, @RestQuery String signedOut, @RestQuery Long throttled) {
        if (me.signedIn()) {
            return Response.seeOther(URI.create("/articles")).build();
        }
        List<DemoAccounts.DemoAccount> demo = config.demo().enabled() ? DemoAccounts.ALL : List.of();
        if (throttled != null && throttled > 0) {
            // Sent here by SignInGuard when the throttle refused a form sign-in.
            long seconds = Math.min(throttled, 3600);
            return Response.status(429).header("Retry-After", seconds)
                    .entity(Templates.login(false, false, seconds, demo)).build();
        }
        return Templates.login(error != null, signedOut != null, 0, demo);
    }

    @GET
    @PermitAll
    public Response home() {
        return Response.seeOther(URI.create(me.signedIn() ? "/articles" : "/login")).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true)
                .build();
        // SignInGuard drops the CSRF cookie too: the next user of this browser gets a new token.
        return Response.seeOther(URI.create("/login?signedOut=true")).cookie(expired).build();
    }
}
