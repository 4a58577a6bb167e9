package io.factdesk.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.account.Me;
import io.factdesk.system.ProblemResponses;
import io.factdesk.system.QueryParams;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code GET /api/events}: the history as it happens, as Server-Sent Events (docs/api.md, "Live events").
 * One SSE event per history event the user may see, {@code id} its seq, {@code event} its type, data
 * {@link LiveEvent}. A client that comes back with {@code Last-Event-ID} (or {@code ?since=}) first gets
 * every event after it from the table, then the live ones from the {@link EventRelay}. No thread is held
 * per stream: the catch-up reads pages on the worker pool, the relay's one thread fills every stream.
 */
@Path("/api/events")
public class EventStreamResource {

    /** Events read per catch-up query. */
    static final int PAGE = 200;

    @Inject
    EventRelay relay;

    @Inject
    HistoryService history;

    @Inject
    ObjectMapper json;

    @Inject
    Me me;

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @APIResponse(responseCode = "200", description = "The events, as they happen (text/event-stream).",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    @APIResponse(responseCode = "400", description = "Last-Event-ID, since, article or claim is not a number.")
    @APIResponse(responseCode = "429", description = "The user has as many streams open as allowed.")
    @APIResponse(responseCode = "503", description = "The server has as many streams open as it holds.")
    public Multi<OutboundSseEvent> events(@RestHeader("Last-Event-ID") String lastEventId, @RestQuery String since,
            @RestQuery String article, @RestQuery String claim, @Context Sse sse,
            @Context HttpServerResponse response) {
        Long from = lastEventId != null && !lastEventId.isBlank()
                ? QueryParams.optionalLong("Last-Event-ID", lastEventId)
                : QueryParams.optionalLong("since", since);
        Long articleId = QueryParams.optionalLong("article", article);
        Long claimId = QueryParams.optionalLong("claim", claim);
        boolean admin = me.admin();
        EventRelay.Opened opened = relay.open(me.username(), admin, articleId, claimId, from,
                new Connection(response));
        HistoryService.Filter filter = new HistoryService.Filter(articleId, claimId, null, null, null, null, admin);
        Multi<Object> catchUp = from == null || from >= opened.upTo() ? Multi.createFrom().empty()
                : catchUp(filter, from, opened.upTo());
        // A proxy must pass each event on at once (nginx reads this header; docs/deploy.md).
        response.putHeader("X-Accel-Buffering", "no").putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        return Multi.createBy().concatenating().streams(catchUp, opened.stream().live())
                .onTermination().invoke(() -> relay.close(opened.stream()))
                .map(item -> item instanceof LiveEvent e ? event(e, sse) : sse.newEventBuilder().comment("").build());
    }

    /** The visible events after {@code from} up to {@code upTo}, read a page at a time as the client takes them. */
    private Multi<Object> catchUp(HistoryService.Filter filter, long from, long upTo) {
        return Multi.createBy().repeating().uni(() -> new long[] { from }, cursor -> Uni.createFrom().item(() -> {
            List<LiveEvent> page = history.matchingBetween(filter, cursor[0], upTo, PAGE).stream()
                    .map(e -> LiveEvent.of(e, json)).toList();
            if (!page.isEmpty()) {
                cursor[0] = page.get(page.size() - 1).seq();
            }
            return page;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())).until(List::isEmpty)
                .onItem().transformToIterable(page -> page).onItem().castTo(Object.class);
    }

    private OutboundSseEvent event(LiveEvent e, Sse sse) {
        try {
            return sse.newEventBuilder().id(Long.toString(e.seq())).name(e.type()).data(json.writeValueAsString(e))
                    .build();
        } catch (JsonProcessingException unexpected) {
            throw new UncheckedIOException(unexpected);
        }
    }

    /** The stream's HTTP connection: reset to drop a client too far behind; closed once the client went away. */
    private record Connection(HttpServerResponse response) implements LiveStream.Client {

        @Override
        public void drop() {
            response.reset();
        }

        @Override
        public boolean gone() {
            return response.closed();
        }
    }

    @ServerExceptionMapper
    public Response tooMany(EventRelay.TooManyStreams e, UriInfo uri) {
        Response problem = ProblemResponses.respond(uri, ProblemResponses.of(e.status, "too-many-streams",
                "Too many event streams", e.getMessage()));
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, e.status == 429 ? 30 : 10).build();
    }
}
