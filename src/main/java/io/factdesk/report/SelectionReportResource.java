package io.factdesk.report;

import io.factdesk.system.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The report of a selection of claims, as the workboard sends it: {@code ?claims=3,5,8} (or the
 * parameter repeated), signed-in users only; {@code public=false} for every state.
 */
@Path("/api/reports")
public class SelectionReportResource {

    @Inject
    ReportService reports;

    @Inject
    ReportResponses responses;

    @Inject
    PublicLinks links;

    @Inject
    RenderLimit renders;

    @GET
    @APIResponse(responseCode = "200", description = "The report in the format asked for.", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = Report.class)),
            @Content(mediaType = "application/ld+json"), @Content(mediaType = "text/csv"),
            @Content(mediaType = "text/html"), @Content(mediaType = "text/markdown"),
            @Content(mediaType = "application/pdf") })
    @APIResponse(responseCode = "406", description = "Accept admits none of the formats.")
    @APIResponse(responseCode = "422", description = "claims, format or public is invalid.")
    public Response selection(@RestQuery List<String> claims, @RestQuery String format,
            @RestQuery("public") String publicOnly, @Context HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.choose(format, headers.getAcceptableMediaTypes());
        boolean isPublic = ReportResource.publicFlag(publicOnly);
        List<Long> ids = claimIds(claims);
        return responses.respond(renders.render(() -> responses.render(reports.ofClaims(ids, isPublic, links.base()),
                chosen, "selection-" + ids.size() + "-claims")), chosen);
    }

    static List<Long> claimIds(List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    ids.add(Long.parseLong(part.strip()));
                } catch (NumberFormatException e) {
                    throw ProblemException.invalid("claims", "claims lists claim ids separated by commas; '"
                            + part.strip() + "' is not one.");
                }
            }
        }
        if (ids.isEmpty()) {
            throw ProblemException.invalid("claims", "Name the claims of the report: claims=3,5,8.");
        }
        return ids;
    }
}
