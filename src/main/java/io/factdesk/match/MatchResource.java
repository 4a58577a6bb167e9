package io.factdesk.match;

import io.factdesk.account.Role;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code POST /api/matches}: has the desk checked this text before? (docs/api.md, "Matches") */
@Path("/api/matches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.REVIEWER_ROLE)
public class MatchResource {

    /** The text being marked and, optionally, where: its article and its code point offsets there. */
    public record MatchRequest(@Size(min = 1, max = Limits.MATCH_TEXT) String text, Long articleId, Integer start,
            Integer end) {
    }

    @Inject
    MatchService matches;

    @POST
    @APIResponse(responseCode = "200", description = "The matches, best first (claims on overlapping words first).")
    @APIResponse(responseCode = "422", description = "text is blank or too long, or the position is incomplete or"
            + " names no article (each named in errors).")
    public MatchView.Items match(MatchRequest request) {
        if (request == null) {
            throw ProblemException.badRequest(null, "A JSON body is required: {\"text\": …}.");
        }
        return new MatchView.Items(matches.ofText(request.text(), request.articleId(), request.start(), request.end()));
    }
}
