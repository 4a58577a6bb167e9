package io.factdesk.account;

import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    public record UserView(long id, String username, String displayName, List<String> roles, Instant createdAt,
            long version) {
        static UserView of(User u) {
            return new UserView(u.id, u.username, u.displayName, u.roleSet().stream().map(Role::id).toList(),
                    u.createdAt, u.version);
        }
    }

    public record RolesChange(List<String> roles, Long version) {
    }

    @Inject
    UserService users;

    @Inject
    Me me;

    @GET
    @RolesAllowed(Role.ADMIN_ROLE)
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    public PageResult<UserView> list(@RestQuery String page, @RestQuery String size) {
        return users.list(PageResult.Request.of(page, size)).map(UserView::of);
    }

    /** Any signed-in user may read who they are. */
    @GET
    @Path("me")
    public UserView whoAmI() {
        return UserView.of(me.user());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_ROLE)
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    public UserView get(@RestPath long id) {
        return UserView.of(users.get(id));
    }

    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    @APIResponseSchema(value = UserView.class, responseCode = "201", responseDescription = "The new user.")
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "409", description = "duplicate-user: the name is taken.")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (each named in errors).")
    public Response create(UserService.NewUser body) {
        if (body == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        User user = users.create(body);
        return Response.created(URI.create("/api/users/" + user.id)).entity(UserView.of(user)).build();
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_ROLE)
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "409",
            description = "stale-version: changed since the version sent (currentVersion says where it is now).")
    @APIResponse(responseCode = "422", description = "A role is unknown.")
    public UserView changeRoles(@RestPath long id, RolesChange body) {
        if (body == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        return UserView.of(users.changeRoles(id, body.roles(), body.version()));
    }
}
