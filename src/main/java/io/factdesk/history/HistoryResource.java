package io.factdesk.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestQuery;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;

/** The desk's history (editors and admins), its export, and verification of the chain (everyone). */
@Path("/api/history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    HistoryService history;

    @Inject
    HistoryExport export;

    @Inject
    ChainVerifier verifier;

    @Inject
    ObjectMapper json;

    @Inject
    Me me;

    /** Newest first. Security events are in it for admins only. */
    @GET
    @RolesAllowed(Role.EDITOR_ROLE)
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "422", description = "A filter is invalid (named in errors).")
    public PageResult<EventView> list(@RestQuery String article, @RestQuery String claim, @RestQuery String actor,
            @RestQuery String type, @RestQuery String from, @RestQuery String to, @RestQuery String page,
            @RestQuery String size) {
        HistoryService.Filter filter = new HistoryFilter(article, claim, actor, type, from, to).parse(me.admin());
        return history.search(filter, PageResult.Request.of(page, size)).map(e -> EventView.of(e, json));
    }

    /**
     * An admin walks the whole chain and hears which event is the first bad one; anyone else hears
     * whether it verifies, checked since the last full walk (see {@link ChainVerifier}).
     */
    @GET
    @Path("verify")
    public ChainVerifier.Verification verify() {
        return me.admin() ? verifier.verifyChain() : verifier.verifyRecent().withoutDetail();
    }

    /** Oldest first, streamed: {@code format=jsonl} (default) or {@code csv}, with the filters of the list. */
    @GET
    @Path("export")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Produces({ "application/jsonl", "text/csv", MediaType.APPLICATION_JSON })
    @APIResponse(responseCode = "200", description = "The events, oldest first.", content = {
            @Content(mediaType = "application/jsonl"), @Content(mediaType = "text/csv") })
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "422", description = "A filter is invalid (named in errors).")
    public Response export(@RestQuery String format, @RestQuery String article, @RestQuery String claim,
            @RestQuery String actor, @RestQuery String type, @RestQuery String from, @RestQuery String to) {
        HistoryExport.Format f = format == null || format.isBlank() ? HistoryExport.Format.JSONL
                : HistoryExport.Format.of(format);
        if (f == null) {
            throw ProblemException.badRequest("format", "format must be jsonl or csv, not '" + format + "'.");
        }
        HistoryService.Filter filter = new HistoryFilter(article, claim, actor, type, from, to).parse(me.admin());
        StreamingOutput body = out -> export.write(f, filter, out);
        return Response.ok(body, f.mediaType + "; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"factdesk-history." + f.extension + "\"")
                .build();
    }
}
