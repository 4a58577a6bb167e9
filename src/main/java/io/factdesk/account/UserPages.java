package io.factdesk.account;

import io.factdesk.system.Form;
import io.factdesk.system.PageResult;
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
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Admin page: the users, a form to add one, and role changes. */
@Path("/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_ROLE)
public class UserPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(PageResult<User> users, Role[] roles, Form form, String notice);
    }

    @Inject
    UserService users;

    @GET
    public TemplateInstance list(@RestQuery String page, @RestQuery String notice) {
        return Templates.users(users.list(PageResult.Request.of(QueryParams.optionalInt("page", page), 100)),
                Role.values(),
                Form.empty().with("role", Role.REVIEWER_ROLE), noticeText(notice));
    }

    private static String noticeText(String notice) {
        if (notice == null) {
            return null;
        }
        if (notice.startsWith("created-")) {
            return "User " + notice.substring("created-".length()) + " was created.";
        }
        if (notice.startsWith("roles-")) {
            return "The roles of " + notice.substring("roles-".length()) + " were changed.";
        }
        return null;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String displayName, @RestForm String password,
            @RestForm String role) {
        Form form = Form.empty().with("username", username).with("displayName", displayName).with("role", role);
        try {
            User user = users.create(new UserService.NewUser(username, displayName, password,
                    role == null ? List.of() : List.of(role)));
            return Response.seeOther(URI.create("/users?notice=created-" + user.username)).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(Templates.users(users.list(PageResult.Request.of(0, 100)),
                    Role.values(), form.failed(e), null)).build();
        }
    }

    @POST
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRoles(@RestPath long id, @RestForm List<String> roles, @RestForm Long version) {
        try {
            User user = users.changeRoles(id, roles == null ? new ArrayList<>() : roles, version);
            return Response.seeOther(URI.create("/users?notice=roles-" + user.username)).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.users(users.list(PageResult.Request.of(0, 100)),
                    Role.values(), Form.empty().with("role", Role.REVIEWER_ROLE).failed(e), null)).build();
        }
    }
}
