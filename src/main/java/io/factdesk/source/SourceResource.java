package io.factdesk.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factdesk.account.Me;
import io.factdesk.system.Limits;
import io.factdesk.system.MergePatch;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The source library: {@code /api/sources}. Any signed-in user reads and adds sources. */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourceResource {

    /** A new source; {@code type} and {@code reliability} by name, dates as YYYY-MM-DD. */
    public record SourceRequest(@Size(max = Limits.URL) String url, @Size(max = Limits.TITLE) String title,
            @Size(max = Limits.PUBLISHER_OR_AUTHOR) String publisher,
            @Size(max = Limits.PUBLISHER_OR_AUTHOR) String author, String publishedAt, String accessedAt,
            @Size(max = Limits.URL) String archivedUrl, String type, String reliability) {

        SourceService.SourceInput input() {
            return new SourceService.SourceInput(url, title, publisher, author, publishedAt, accessedAt, archivedUrl,
                    type, reliability);
        }
    }

    static final Set<String> EDITABLE = Set.of("url", "title", "publisher", "author", "publishedAt", "accessedAt",
            "archivedUrl", "type", "reliability", "version");

    @Inject
    SourceService sources;

    @Inject
    Me me;

    @GET
    public PageResult<SourceView.Listed> search(@RestQuery String q, @RestQuery String type, @RestQuery String page,
            @RestQuery String size) {
        return sources.search(new SourceService.Filter(q, type(type)), PageResult.Request.of(page, size))
                .map(l -> new SourceView.Listed(SourceView.of(l.source()), l.citations()));
    }

    @POST
    @APIResponseSchema(value = SourceView.class, responseCode = "201", responseDescription = "The new source.")
    @APIResponse(responseCode = "409",
            description = "duplicate-source: the library has this URL already (the answer names it).")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (each named in errors).")
    public Response create(SourceRequest body) {
        if (body == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        Source source = sources.create(body.input(), me.user());
        return Response.created(URI.create("/api/sources/" + source.id)).entity(SourceView.of(source)).build();
    }

    @GET
    @Path("{id}")
    public SourceView.Detail get(@RestPath long id) {
        return new SourceView.Detail(SourceView.of(sources.get(id)), sources.citations(id));
    }

    /** Edits fields of a source; a field set to null is cleared, one left out is kept; {@code version} is required. */
    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "409",
            description = "stale-version, duplicate-source, or cited by a published fact-check.")
    @APIResponse(responseCode = "422", description = "A field is invalid, or may not be edited (each named in errors).")
    public SourceView edit(@RestPath long id, ObjectNode body) {
        MergePatch patch = MergePatch.of(body, EDITABLE, name -> "'" + name + "' cannot be edited; editable: url, "
                + "title, publisher, author, publishedAt, accessedAt, archivedUrl, type, reliability.");
        return SourceView.of(sources.edit(id, new SourceService.SourceEdit(patch.text("url"), patch.text("title"),
                patch.text("publisher"), patch.text("author"), patch.text("publishedAt"), patch.text("accessedAt"),
                patch.text("archivedUrl"), patch.text("type"), patch.text("reliability"), patch.version()),
                me.user()));
    }

    static SourceType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        return SourceType.parse(type).orElseThrow(() -> ProblemException.badRequest("type",
                "Unknown source type '" + type + "': use one of " + SourceType.names() + "."));
    }
}
