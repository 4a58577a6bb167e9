package io.factdesk.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.system.ProblemException;
import io.factdesk.system.ProblemResponses;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The pages readers are sent to, no sign-in needed: one per published claim, with its ClaimReview
 * embedded for search engines, and one per article with its public report, which links to the
 * claims' pages and embeds no ClaimReview (one ClaimReview per page, each on one page only). They
 * are built from the public report, which holds PUBLISHED claims only, so nothing else can appear
 * on them; a claim that is not published, or an article without a published claim, is a 404,
 * answered before anything is rendered. Each answers with validators and {@code Cache-Control}, and a
 * revalidation that still holds with 304, before anything is rendered ({@link PublicCaching}). Each
 * published claim also has its share card ({@code card.png}, {@link ShareCard}), and every page
 * carries Open Graph and Twitter card metadata ({@link ShareMeta}) pointing at it.
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
        return caching.ofClaim(request, id, "public-page", (report, base) -> rendered(report,
                HtmlReport.PublicPage.CLAIM, ClaimReviews.forScript(ClaimReviews.of(report, report.claims().get(0), json),
                        json)),
                // oEmbed discovery (docs/reports.md, "Embeds"), as the page's <head> does.
                (page, base) -> page(page).header("Link", "<" + Embeds.oembedUrl(base, PublicLinks.claim(base, id))
                        + ">; rel=\"alternate\"; type=\"application/json+oembed\""));
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
     * The share card of a published claim (docs/reports.md, "Share cards"): a 1200×630 PNG drawn once per
     * change, cached like the pages; 404 (problem+json) for a claim that is not published, answered before
     * anything is drawn, so the card says nothing of a claim that is not public.
     */
    @GET
    @Path("claims/{id: [0-9]+}/card.png")
    public Response card(@RestPath long id, HttpHeaders request) {
        try {
            return caching.ofClaim(request, id, "card-png", (report, base) -> new ReportCache.Rendered(
                    ShareCard.render(ShareCard.Content.of(report, report.claims().get(0), reports.verdictScale())),
                    "claim-" + id + ".png", true, 1),
                    (card, base) -> Response.ok(card.body(), "image/png").header("X-Content-Type-Options", "nosniff"));
        } catch (ProblemException refused) {
            // A card is an image, not a page: whoever asks, a refusal is problem+json, never the HTML error page.
            return ProblemResponses.json(refused.toProblem());
        }
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

    /**
     * The page of a public report (nothing to render when it holds no claim: that is a 404), with its
     * verdicts drawn on the rating scale and its share metadata.
     */
    private ReportCache.Rendered rendered(Report report, HtmlReport.PublicPage kind, String jsonLd) {
        int claims = report.claims().size();
        if (claims == 0) {
            return new ReportCache.Rendered("", null, true, 0);
        }
        Map<Long, VerdictScale.Shown> verdicts = reports.verdictScale().of(report);
        Report.ReportClaim first = report.claims().get(0);
        ShareMeta share = kind == HtmlReport.PublicPage.CLAIM ? ShareMeta.ofClaim(report, first, verdicts.get(first.id()))
                : ShareMeta.ofArticle(report);
        return new ReportCache.Rendered(HtmlReport.publicPage(report, kind, jsonLd, new PublicView(verdicts, share)),
                null, true, claims);
    }

    /** The page with its CSP; {@link PublicCaching} adds the validators and Cache-Control. */
    private static Response.ResponseBuilder page(ReportCache.Rendered page) {
        return Response.ok(page.body(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", HtmlReport.CSP);
    }
}
