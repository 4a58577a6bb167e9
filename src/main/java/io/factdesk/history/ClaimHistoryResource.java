package io.factdesk.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.audit.AuditEvent;
import io.factdesk.audit.AuditHead;
import io.factdesk.audit.EventData;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A claim's timeline and its state as of any of its events; for everyone signed in. */
@Path("/api/claims/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimHistoryResource {

    @Inject
    HistoryService history;

    @Inject
    AuditHead chainHead;

    @Inject
    ObjectMapper json;

    /** Oldest first. */
    @GET
    public PageResult<EventView> timeline(@RestPath long id, @RestQuery String page, @RestQuery String size) {
        return history.ofClaim(id, PageResult.Request.of(page, size)).map(e -> EventView.of(e, json));
    }

    /** The claim as it was right after event {@code seq} (one of its events, or any later place in the chain). */
    @GET
    @Path("{seq}/state")
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "400", description = "seq is not a whole number.")
    public ClaimAsOf.State asOf(@RestPath long id, @RestPath String seq) {
        Long n = QueryParams.optionalLong("seq", seq);
        List<AuditEvent> events = n == null || n > chainHead.current().seq() ? List.of() : history.ofClaimUpTo(id, n);
        if (events.isEmpty()) {
            throw ProblemException.notFound("Event", seq + " in the history of claim " + id);
        }
        return ClaimAsOf.fold(id, events.stream().map(e -> EventData.of(e, json)).toList());
    }
}
