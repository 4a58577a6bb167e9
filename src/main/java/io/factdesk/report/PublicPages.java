package io.factdesk.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The pages readers are sent to, no sign-in needed: one per published claim and one per article
 * with its public report, each with its ClaimReview embedded for search engines. They are built
 * from the public report, which holds PUBLISHED claims only, so nothing else can appear on them;
 * a claim that is not published, or an article without a published claim, is a 404.
 */
@Path("/public")
@PermitAll
public class PublicPages {

    @Inject
    ReportService reports;

    @Inject
    PublicLinks links;

    @Inject
    ObjectMapper json;

    @GET
    @Path("claims/{id: [0-9]+}")
    public Response claim(@RestPath long id, @Context UriInfo uri) {
        Report report = reports.ofClaims(List.of(id), true, links.base(uri));
        if (report.claims().isEmpty()) {
            throw ProblemException.notFound("Published fact-check", id);
        }
        return page(report, ClaimReviews.forScript(ClaimReviews.of(report, report.claims().get(0), json), json));
    }

    @GET
    @Path("articles/{id: [0-9]+}")
    public Response article(@RestPath long id, @Context UriInfo uri) {
        Report report = reports.ofArticle(id, true, links.base(uri));
        if (report.claims().isEmpty()) {
            throw ProblemException.notFound("Published fact-check of article", id);
        }
        return page(report, ClaimReviews.forScript(ClaimReviews.of(report, json), json));
    }

    private static Response page(Report report, String jsonLd) {
        return Response.ok(HtmlReport.publicPage(report, jsonLd), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", HtmlReport.CSP).header("Cache-Control", "no-cache").build();
    }
}
