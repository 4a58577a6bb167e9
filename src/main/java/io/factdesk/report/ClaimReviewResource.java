package io.factdesk.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/** The ClaimReview JSON-LD of one published claim, open to anyone; any other claim is a 404. */
@Path("/api/claims/{id: [0-9]+}/claimreview")
public class ClaimReviewResource {

    @Inject
    ReportService reports;

    @Inject
    PublicLinks links;

    @Inject
    ObjectMapper json;

    @Inject
    RenderLimit renders;

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200",
            description = "schema.org ClaimReview.", content = @Content(mediaType = "application/ld+json"))
    public Response claimReview(@RestPath long id) {
        if (!reports.isPublished(id)) {
            throw ProblemException.notFound("Published claim", id);
        }
        String review = renders.render(() -> {
            Report report = reports.ofClaims(List.of(id), true, links.base());
            if (report.claims().isEmpty()) {
                throw ProblemException.notFound("Published claim", id);
            }
            return ClaimReviews.toJson(ClaimReviews.of(report, report.claims().get(0), json), json);
        });
        return Response.ok(review, ReportFormat.CLAIMREVIEW.mediaType()).header("Cache-Control", "no-cache").build();
    }
}
