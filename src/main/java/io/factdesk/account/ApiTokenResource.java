package io.factdesk.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestPath;

/** The signed-in user's API tokens. The secret is in the answer to POST, and nowhere else. */
@Path("/api/users/me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokenResource {

    public record NewToken(@Size(max = Limits.TOKEN_NAME) String name) {
    }

    /** {@code token}, the secret, is only in the answer that creates it. */
    public record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String token) {
        static TokenView of(ApiToken t, String secret) {
            return new TokenView(t.id, t.name, t.createdAt, t.lastUsedAt, t.revokedAt, secret);
        }
    }

    @Inject
    ApiTokenService tokens;

    @Inject
    Me me;

    @GET
    public List<TokenView> list() {
        return tokens.of(me.user()).stream().map(t -> TokenView.of(t, null)).toList();
    }

    @POST
    @APIResponseSchema(value = TokenView.class, responseCode = "201",
            responseDescription = "The new token; token holds its secret, shown this once.")
    @APIResponse(responseCode = "422", description = "The name is missing or too long.")
    public Response issue(NewToken body) {
        if (body == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        ApiTokenService.Issued issued = tokens.issue(me.user(), body.name());
        return Response.created(URI.create("/api/users/me/tokens/" + issued.token().id))
                .entity(TokenView.of(issued.token(), issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public Response revoke(@RestPath long id) {
        tokens.revoke(me.user(), id);
        return Response.noContent().build();
    }
}
