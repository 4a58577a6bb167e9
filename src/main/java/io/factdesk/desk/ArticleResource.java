package io.factdesk.desk;

import io.factdesk.account.Me;
import io.factdesk.article.Article;
import io.factdesk.article.ArticleService;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.ClaimView;
import io.factdesk.system.Limits;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {

    /** The JSON body of an import: the text as {@code body}, or the page as {@code html}. */
    public record ImportRequest(@Size(max = Limits.TITLE) String title, String body, String html,
            @Size(max = Limits.URL) String url, @Size(max = Limits.PUBLISHER_OR_AUTHOR) String publisher,
            @Size(max = Limits.PUBLISHER_OR_AUTHOR) String author, String publishedAt,
            @Size(max = Limits.LANGUAGE) @Pattern(regexp = Limits.LANGUAGE_TAG) String language) {
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
    Me me;

    @POST
    @APIResponseSchema(value = ArticleView.Detail.class, responseCode = "201",
            responseDescription = "The article, normalised.")
    @APIResponse(responseCode = "413",
            description = "The body, or the article text, is larger than the limit (factdesk.article.max-body-bytes).")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (each named in errors).")
    public Response importArticle(ImportRequest req) {
        if (req == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        Article article = articles.importArticle(new ArticleService.ArticleInput(req.title(), req.body(), req.html(),
                req.url(), req.publisher(), req.author(), req.publishedAt(), req.language(), null), me.user());
        return Response.created(URI.create("/api/articles/" + article.id))
                .entity(ArticleView.Detail.of(article, java.util.List.of())).build();
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
        return ArticleView.Detail.of(article, claims.ofArticle(id).stream().map(ClaimView::of).toList());
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
