package io.factdesk.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The pages readers are sent to, no sign-in needed: one per published claim, with its ClaimReview
 * embedded for search engines, and one per article with its public report, which links to the
 * claims' pages and embeds no ClaimReview (one ClaimReview per page, each on one page only). They
 * are built from the public report, which holds PUBLISHED claims only, so nothing else can appear
 * on them; a claim that is not published, or an article without a published claim, is a 404,
 * answered before anything is rendered. Each answers with validators and {@code Cache-Control}, and a
 * revalidation that still holds with 304, before anything is rendered ({@link PublicCaching}).
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

    @Inject
    ReportCache cache;

    @Inject
    RenderLimit renders;

    @Inject
    CheckedVersionPage versions;

    @Inject
    PublicCaching caching;

    @GET
    @Path("claims/{id: [0-9]+}")
    public Response claim(@RestPath long id, HttpHeaders request) {
        if (!reports.isPublished(id)) {
            throw ProblemException.notFound("Published fact-check", id);
        }
        String base = links.base();
        return caching.answer(request, at -> {
            ReportCache.Rendered page = cache.at(at, new ReportCache.Key("claim-" + id, "public-page"),
                    head -> renders.render(() -> {
                        Report report = reports.ofClaims(List.of(id), true, base,
                                head);
                        return rendered(report, HtmlReport.PublicPage.CLAIM, report.claims().isEmpty() ? null
                                : ClaimReviews.forScript(ClaimReviews.of(report, report.claims().get(0), json), json));
                    }));
            if (page.claims() == 0) {
                throw ProblemException.notFound("Published fact-check", id);
            }
            // oEmbed discovery (docs/reports.md, "Embeds"): the page's <head> may carry the same link.
            return page(page).header("Link", "<" + Embeds.oembedUrl(base, PublicLinks.claim(base, id))
                    + ">; rel=\"alternate\"; type=\"application/json+oembed\"");
        });
    }

    /** The article's published fact-checks, each linking to its own page, which carries its ClaimReview. */
    @GET
    @Path("articles/{id: [0-9]+}")
    public Response article(@RestPath long id, HttpHeaders request) {
        if (!reports.hasPublished(id)) {
            throw ProblemException.notFound("Published fact-check of article", id);
        }
        String base = links.base();
        return caching.answer(request, at -> {
            ReportCache.Rendered page = cache.at(at, new ReportCache.Key("article-" + id, "public-page"),
                    head -> renders.render(() -> rendered(reports.ofArticle(id, true, base,
                            head), HtmlReport.PublicPage.ARTICLE, null)));
            if (page.claims() == 0) {
                throw ProblemException.notFound("Published fact-check of article", id);
            }
            return page(page);
        });
    }

    /**
     * An earlier version of the article that a published fact-check is about, linked from the notice that
     * the article changed after the check; 404 for any other version.
     */
    @GET
    @Path("articles/{id: [0-9]+}/versions/{n: [0-9]+}")
    public Response version(@RestPath long id, @RestPath int n, HttpHeaders request) {
        if (!versions.exists(id, n)) {
            throw ProblemException.notFound("Checked version of article " + id, n);
        }
        String base = links.base();
        return caching.answer(request, at -> page(cache.at(at, new ReportCache.Key("article-" + id,
                "public-version-" + n), head -> renders.render(() -> new ReportCache.Rendered(versions.render(id, n,
                        base), null, true, 1)))));
    }

    /** The page of a public report (nothing to render when it holds no claim: that is a 404). */
    private static ReportCache.Rendered rendered(Report report, HtmlReport.PublicPage kind, String jsonLd) {
        int claims = report.claims().size();
        return new ReportCache.Rendered(claims == 0 ? "" : HtmlReport.publicPage(report, kind, jsonLd), null, true,
                claims);
    }

    /** The page with its CSP; {@link PublicCaching} adds the validators and Cache-Control. */
    private static Response.ResponseBuilder page(ReportCache.Rendered page) {
        return Response.ok(page.body(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", HtmlReport.CSP);
    }
}
