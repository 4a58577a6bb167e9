package io.factdesk.desk;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.article.Article;
import io.factdesk.article.ArticleFetch;
import io.factdesk.article.WebImport;
import io.factdesk.article.ArticleService;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.ClaimView;
import io.factdesk.system.Limits;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {

    /**
     * The JSON body of an import: the text as {@code body}, the page as {@code html}, or {@code url} with
     * {@code fetch: true} to have the server fetch the page (docs/articles.md, "Import by URL").
     */
    public record ImportRequest(@Size(max = Limits.TITLE) String title, String body, String html,
            @Size(max = Limits.URL) String url, @Size(max = Limits.PUBLISHER_OR_AUTHOR) String publisher,
            @Size(max = Limits.PUBLISHER_OR_AUTHOR) String author, String publishedAt,
            @Size(max = Limits.LANGUAGE) @Pattern(regexp = Limits.LANGUAGE_TAG) String language, Boolean fetch) {
    }

    public record PositionBody(Integer start, Integer end) {
    }

    public record QuoteBody(String exact, String prefix, String suffix) {
    }

    /** Marks a claim: {@code position} and/or {@code quote}, and what the claim says. */
    public record MarkRequest(PositionBody position, QuoteBody quote, @Size(max = Limits.STATEMENT) String statement,
            @Size(max = Limits.CLAIMANT) String claimant, String claimantType, String claimDate,
            @Size(max = Limits.URL) String firstAppearance, String topic) {
    }

    @Inject
    ArticleService articles;

    @Inject
    ClaimService claims;

    @Inject
    WebImport webImport;

    @Inject
    Me me;

    @POST
    @APIResponseSchema(value = ArticleView.Detail.class, responseCode = "201",
            responseDescription = "The article, normalised.")
    @APIResponse(responseCode = "413",
            description = "The body, or the article text, is larger than the limit (factdesk.article.max-body-bytes).")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (each named in errors), or"
            + " the page at url could not be fetched (fetch-refused, naming url).")
    public Response importArticle(ImportRequest req) {
        if (req == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        ArticleService.ArticleInput input = new ArticleService.ArticleInput(req.title(), req.body(), req.html(),
                req.url(), req.publisher(), req.author(), req.publishedAt(), req.language(), null);
        Article article = Boolean.TRUE.equals(req.fetch()) ? webImport.importPage(input, me.user())
                : articles.importArticle(input, me.user());
        return Response.created(URI.create("/api/articles/" + article.id))
                .entity(ArticleView.Detail.of(article, List.of(), articles.fetchOf(article.id))).build();
    }

    @GET
    public PageResult<ArticleView.Summary> list(@RestQuery String q, @RestQuery String page,
            @RestQuery String size) {
        return articles.list(q, PageResult.Request.of(page, size))
                .map(l -> ArticleView.Summary.of(l.article(), l.claims()));
    }

    @GET
    @Path("{id}")
    public ArticleView.Detail get(@RestPath long id) {
        Article article = articles.get(id);
        return ArticleView.Detail.of(article, claims.ofArticle(id).stream().map(ClaimView::of).toList(),
                articles.fetchOf(id));
    }

    /**
     * The page an article was fetched from, byte for byte as the site sent it, as a download of plain
     * text under a sandboxing policy: never rendered as a page of the desk's own origin. The latest page kept, or
     * with {@code version} the one a version's text was taken from.
     */
    @GET
    @Path("{id}/fetched.html")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed(Role.REVIEWER_ROLE)
    @APIResponse(responseCode = "200", description = "The page as fetched (its bytes unchanged; SHA-256 as in"
            + " fetched.sha256).", content = @Content(mediaType = MediaType.TEXT_PLAIN))
    @APIResponse(responseCode = "400", description = "version is not a whole number.")
    @APIResponse(responseCode = "404", description = "No such article, or it (or that version of it) was not fetched"
            + " from the web.")
    public Response fetchedPage(@RestPath long id, @RestQuery String version) {
        Integer n = QueryParams.optionalInt("version", version);
        articles.get(id);
        ArticleFetch fetch = n == null ? articles.fetchOf(id) : articles.fetchOf(id, n);
        if (fetch == null) {
            throw new ProblemException(404, "not-found", "Not found", "Article " + id
                    + (n == null ? "" : " version " + n)
                    + " was not fetched from the web: there is no page kept.", null, null);
        }
        return Response.ok(ArticleService.keptBytes(fetch))
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset(charset(fetch.contentType)))
                .header("Content-Disposition", "attachment; filename=\"article-" + id
                        + (n == null ? "" : "-v" + fetch.version) + "-fetched.html\"")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .build();
    }

    /** The charset the site named, so that the text reads as it was sent; UTF-8 when it named none. */
    private static String charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    String name = p.substring(8).replace("\"", "").strip();
                    if (name.matches("[A-Za-z0-9._:-]{1,40}")) {
                        return name;
                    }
                }
            }
        }
        return "UTF-8";
    }

    @POST
    @Path("{id}/claims")
    @APIResponseSchema(value = ClaimView.class, responseCode = "201",
            responseDescription = "The new claim (state NEW).")
    @APIResponse(responseCode = "422",
            description = "A field is missing or invalid, the anchor does not fit the text, or the quote stands"
                    + " more than once (ambiguous-quote, with candidates).")
    public Response mark(@RestPath long id, MarkRequest req) {
        if (req == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        PositionBody p = req.position() == null ? new PositionBody(null, null) : req.position();
        QuoteBody q = req.quote() == null ? new QuoteBody(null, null, null) : req.quote();
        Claim claim = claims.mark(id, new ClaimService.NewClaim(p.start(), p.end(), q.exact(), q.prefix(),
                q.suffix(), req.statement(), req.claimant(), req.claimantType(), req.claimDate(),
                req.firstAppearance(), req.topic()), me.user());
        return Response.created(URI.create("/api/claims/" + claim.id)).entity(ClaimView.of(claim)).build();
    }
}
