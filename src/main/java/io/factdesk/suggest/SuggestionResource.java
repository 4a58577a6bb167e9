package io.factdesk.suggest;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * An article's claim suggestions, {@code /api/articles/{id}/suggestions}, and their dismissals. A class
 * of its own beside the article API (desk), so that the suggest package owns everything about
 * suggestions (docs/api.md, "Suggestions").
 */
@Path("/api/articles/{id}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.REVIEWER_ROLE)
public class SuggestionResource {

    /** A suggestion named by its place in the body, as the list gives it. */
    public record Place(Integer start, Integer end) {
    }

    @Inject
    SuggestionService suggestions;

    @Inject
    Me me;

    /**
     * In text order; {@code dismissed=true} or {@code false} lists only the dismissed suggestions or only
     * the others (default: all, each saying whether it is dismissed).
     */
    @GET
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    public SuggestionView.Items list(@RestPath long id, @RestQuery String dismissed) {
        return new SuggestionView.Items(suggestions.list(id, flag("dismissed", dismissed)));
    }

    /** Dismisses a suggestion (idempotent: a dismissed one stays so and nothing more is recorded). */
    @POST
    @Path("dismissals")
    @APIResponse(responseCode = "200", description = "The suggestion, dismissed.")
    @APIResponse(responseCode = "409", description = "Dismissed by another request at the same moment.")
    @APIResponse(responseCode = "422",
            description = "start or end is missing, or no suggestion of the article is there (named in errors).")
    public SuggestionView dismiss(@RestPath long id, Place place) {
        if (place == null) {
            throw ProblemException.badRequest(null, "A JSON body is required: {\"start\": …, \"end\": …}.");
        }
        return suggestions.dismiss(id, place.start(), place.end(), me.user());
    }

    /** Brings a dismissed suggestion back (idempotent: one that is not dismissed stays as it is). */
    @DELETE
    @Path("dismissals")
    @APIResponse(responseCode = "200", description = "The suggestion, no longer dismissed.")
    @APIResponse(responseCode = "422",
            description = "start or end is missing, or no suggestion of the article is there (named in errors).")
    public SuggestionView restore(@RestPath long id, @RestQuery String start, @RestQuery String end) {
        return suggestions.restore(id, QueryParams.optionalInt("start", start), QueryParams.optionalInt("end", end),
                me.user());
    }

    private static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest(name, "The parameter '" + name
                    + "' must be true or false, not '" + value + "'.");
        };
    }
}
