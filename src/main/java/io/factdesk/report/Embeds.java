package io.factdesk.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factdesk.system.FactdeskConfig;
import io.factdesk.system.ProblemException;
import io.factdesk.system.ProblemResponses;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A published fact-check in another newsroom's article (docs/reports.md, "Embeds"): the embeddable card
 * {@code /public/claims/{id}/embed}, a small page with the claim, the verdict and a link to the full check, which
 * other sites may frame (its own CSP, with {@code frame-ancestors} from {@code factdesk.embed.frame-ancestors},
 * and no {@code X-Frame-Options}; every other page refuses frames); and the oEmbed 1.0 endpoint
 * {@code /public/oembed?url=…} that answers, for the address of a claim's public page, the {@code rich} snippet
 * that frames the card. JSON only: {@code format=xml} is a 501, as oEmbed provides.
 */
@Path("/public")
@PermitAll
public class Embeds {

    /** The card's size as the oEmbed snippet frames it, in CSS pixels, unless the consumer asks for less. */
    static final int WIDTH = 560;
    static final int HEIGHT = 300;

    static final String CSS = HtmlReport.resource("/report/embed.css");

    private static final Pattern EMBED_PATH = Pattern.compile("/public/claims/[0-9]+/embed");
    private static final Pattern CLAIM_PATH = Pattern.compile("/public/claims/([0-9]{1,18})(?:/embed)?/?");
    /** A source list: hosts, schemes, {@code *} and keywords, without what would end the directive. */
    private static final Pattern SOURCES = Pattern.compile("[A-Za-z0-9*:/.\\-' ]+");

    @Inject
    PublicLinks links;

    @Inject
    ObjectMapper json;

    @Inject
    PublicCaching caching;

    @Inject
    FactdeskConfig config;

    @CheckedTemplate(basePath = "embed")
    static class Templates {
        static native TemplateInstance card(Report.ReportClaim claim, Report.OrganisationInfo organisation,
                Report.ArticleInfo article, boolean corrected, RawString css);
    }

    /** The card's Content-Security-Policy: the report pages' policy with the configured frame-ancestors. */
    String csp() {
        String ancestors = config.embed().frameAncestors().strip();
        if (ancestors.isEmpty() || !SOURCES.matcher(ancestors).matches()) {
            throw new IllegalStateException("factdesk.embed.frame-ancestors must be a CSP source list (e.g. * or"
                    + " https://news.example.org), not: " + ancestors);
        }
        return "default-src 'none'; style-src 'sha256-" + HtmlReport.sha256Base64(CSS) + "'; img-src data:; base-uri 'none';"
                + " form-action 'none'; frame-ancestors " + ancestors;
    }

    /**
     * {@code quarkus.http.header} puts {@code X-Frame-Options: DENY} on every response, before the resource
     * answers; for the card only it is taken off again, when the headers are sent. Its CSP then decides.
     */
    void allowFramingOfCards(@Observes Router router) {
        csp(); // a bad setting stops the start, not the first reader
        router.routeWithRegex(EMBED_PATH.pattern()).order(Integer.MIN_VALUE + 1).handler(context -> {
            context.addHeadersEndHandler(done -> {
                if (context.response().getStatusCode() < 400) {
                    context.response().headers().remove("X-Frame-Options");
                }
            });
            context.next();
        });
    }

    @GET
    @Path("claims/{id: [0-9]+}/embed")
    public Response card(@RestPath long id, HttpHeaders request) {
        String csp = csp();
        return caching.ofClaim(request, id, "embed", (report, base) -> new ReportCache.Rendered(
                Templates.card(report.claims().get(0), report.organisation(), report.article(),
                        !report.corrections().isEmpty(), new RawString(CSS)).render(), null, true, 1),
                (card, base) -> Response.ok(card.body(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .header("Content-Security-Policy", csp));
    }

    /**
     * oEmbed 1.0 (oembed.com): {@code url} is the address of a published claim's public page (or of its card);
     * a missing or malformed one is a 400, one of another site or of no published claim a 404, a format other
     * than {@code json} a 501. {@code maxwidth} and {@code maxheight} shrink the snippet's frame.
     */
    @GET
    @Path("oembed")
    public Response oembed(@RestQuery String url, @RestQuery String format, @RestQuery String maxwidth,
            @RestQuery String maxheight, HttpHeaders request) {
        if (format != null && !format.isBlank() && !format.strip().equalsIgnoreCase("json")) {
            throw new ProblemException(501, "format-not-implemented", "Format not implemented",
                    "Only format=json is provided; " + format.strip() + " is not.", null, null);
        }
        if (url == null || url.isBlank()) {
            throw ProblemException.badRequest("url", "Give the address of a published fact-check as url.");
        }
        int width = dimension("maxwidth", maxwidth, WIDTH);
        int height = dimension("maxheight", maxheight, HEIGHT);
        String base = links.base();
        long id = claimOf(url.strip(), base);
        return caching.ofClaim(request, id, "oembed-" + width + "x" + height,
                (report, publicBase) -> new ReportCache.Rendered(oembed(report, publicBase, width, height), null,
                        true, 1),
                (answer, publicBase) -> Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")));
    }

    /** Refusals as problem+json, which an oEmbed consumer reads (the card, a page, refuses with the HTML page). */
    @ServerExceptionMapper
    public Response refused(ProblemException e, UriInfo uri) {
        return uri.getPath().endsWith("/oembed") ? ProblemResponses.json(e.toProblem())
                : ProblemResponses.respond(uri, e.toProblem());
    }

    private String oembed(Report report, String base, int width, int height) {
        Report.ReportClaim claim = report.claims().get(0);
        String page = PublicLinks.claim(base, claim.id());
        String title = ShareMeta.headline(claim);
        ObjectNode o = json.createObjectNode();
        o.put("version", "1.0");
        o.put("type", "rich");
        o.put("title", title);
        o.put("author_name", report.organisation().name());
        o.put("author_url", report.organisation().url());
        o.put("provider_name", report.organisation().name());
        o.put("provider_url", base);
        o.put("cache_age", PublicCaching.MAX_AGE_SECONDS);
        o.put("html", "<iframe src=\"" + attribute(page + "/embed") + "\" width=\"" + width + "\" height=\"" + height
                + "\" title=\"" + attribute("Fact-check: " + title) + "\" style=\"border:0;max-width:100%\""
                + " loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>");
        o.put("width", width);
        o.put("height", height);
        return ClaimReviews.toJson(o, json);
    }

    /** The claim a URL of this server's public pages names; 404 for any other URL, 400 for one that is not a URL. */
    static long claimOf(String url, String base) {
        URI uri;
        URI home;
        try {
            uri = new URI(url);
            home = new URI(base);
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest("url", "url is not a valid address: " + e.getMessage());
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw ProblemException.badRequest("url", "url must be an absolute http or https address.");
        }
        boolean ours = uri.getScheme().equalsIgnoreCase(home.getScheme()) && uri.getHost().equalsIgnoreCase(home.getHost())
                && port(uri) == port(home) && uri.getRawPath() != null
                && uri.getRawPath().startsWith(home.getRawPath() == null ? "" : home.getRawPath());
        Matcher m = ours ? CLAIM_PATH.matcher(uri.getRawPath().substring(home.getRawPath() == null ? 0
                : home.getRawPath().length())) : null;
        if (m == null || !m.matches()) {
            throw new ProblemException(404, "not-found", "Not found", "There is no embed for " + url
                    + ": only the public pages of published fact-checks under " + base + " have one.", null, null);
        }
        return Long.parseLong(m.group(1));
    }

    /** The address of the oEmbed answer for a public page. */
    static String oembedUrl(String base, String page) {
        return base + "/public/oembed?url=" + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&format=json";
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static int dimension(String name, String value, int preferred) {
        if (value == null || value.isBlank()) {
            return preferred;
        }
        try {
            int max = Integer.parseInt(value.strip());
            if (max < 1) {
                throw ProblemException.badRequest(name, name + " must be a positive number of pixels.");
            }
            return Math.min(preferred, max);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, name + " must be a whole number of pixels, not " + value + ".");
        }
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
