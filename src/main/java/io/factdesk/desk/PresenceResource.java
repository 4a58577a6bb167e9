package io.factdesk.desk;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /api/presence}: who else has an article or a claim open, and who is editing a claim's form
 * (docs/ui.md, "Presence"; docs/api.md, "Presence"). Not history.
 */
@Path("/api/presence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.REVIEWER_ROLE)
public class PresenceResource {

    /** A tab's beat: the article open, the claim whose page it is (null on the reader), whether it edits. */
    public record Beat(Long article, Long claim, Boolean editing) {
    }

    /** Who else is on the article now; {@code beatSeconds}: when to beat again; {@code goneAfterSeconds}. */
    public record Present(List<PresenceService.Here> here, long beatSeconds, long goneAfterSeconds) {
        static Present of(List<PresenceService.Here> here) {
            return new Present(here, PresenceService.BEAT.toSeconds(), PresenceService.GONE_AFTER.toSeconds());
        }
    }

    @Inject
    PresenceService presence;

    @Inject
    Me me;

    @PUT
    @Path("{tab}")
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "404", description = "No such article or claim.")
    @APIResponse(responseCode = "409", description = "tab-taken: the tab name is another user's.")
    @APIResponse(responseCode = "422", description = "A malformed tab name, no article, or a claim of another article.")
    public Present beat(@RestPath String tab, Beat beat) {
        if (beat == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        return Present.of(presence.beat(tab, me.user(), beat.article(), beat.claim(),
                Boolean.TRUE.equals(beat.editing())));
    }

    @DELETE
    @Path("{tab}")
    @APIResponse(responseCode = "204", description = "The tab is gone (or was already).")
    public void leave(@RestPath String tab) {
        presence.leave(tab, me.user());
    }

    @GET
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "400", description = "article is not a whole number.")
    @APIResponse(responseCode = "404", description = "No such article.")
    public Present here(@RestQuery String article) {
        Long id = QueryParams.optionalLong("article", article);
        if (id == null) {
            throw ProblemException.invalid("article", "article is required: the article to ask about.");
        }
        return Present.of(presence.here(id, me.user()));
    }
}
