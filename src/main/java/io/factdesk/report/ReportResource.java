package io.factdesk.report;

import io.factdesk.account.Me;
import io.factdesk.system.ProblemException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * An article's report in any format ({@code ?format=} or {@code Accept}). The public report (the
 * default) is open to anyone once the article has a published fact-check; the internal working
 * report ({@code public=false}) needs a signed-in user.
 */
@Path("/api/articles/{id: [0-9]+}/report")
public class ReportResource {

    @Inject
    ReportService reports;

    @Inject
    ReportResponses responses;

    @Inject
    PublicLinks links;

    @Inject
    ReportCache cache;

    @Inject
    Me me;

    @Inject
    RenderLimit renders;

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "The report in the format asked for.", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = Report.class)),
            @Content(mediaType = "application/ld+json"), @Content(mediaType = "text/csv"),
            @Content(mediaType = "text/html"), @Content(mediaType = "text/markdown"),
            @Content(mediaType = "application/pdf") })
    @APIResponse(responseCode = "401", description = "public=false without signing in.")
    @APIResponse(responseCode = "406", description = "Accept admits none of the formats.")
    @APIResponse(responseCode = "422", description = "format or public is not one of the values it takes.")
    public Response report(@RestPath long id, @RestQuery String format, @RestQuery("public") String publicOnly,
            @Context HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.choose(format, headers.getAcceptableMediaTypes());
        boolean isPublic = publicFlag(publicOnly);
        if (!isPublic && !me.signedIn()) {
            throw new UnauthorizedException("The internal working report needs a signed-in user.");
        }
        String base = links.base();
        ReportCache.Key key = new ReportCache.Key("article-" + id, (isPublic ? "public-" : "internal-") + chosen);
        boolean anonymous = isPublic && !me.signedIn();
        // Anonymous readers get 404 before anything is rendered for an article they may not see.
        if (anonymous && !reports.hasPublished(id)) {
            throw ProblemException.notFound("Article", id);
        }
        ReportCache.Rendered rendered = cache.get(key, head -> renders.render(() -> responses.render(
                reports.ofArticle(id, isPublic, base, head), chosen,
                "article-" + id)));
        if (anonymous && rendered.claims() == 0) {
            throw ProblemException.notFound("Article", id);
        }
        return responses.respond(rendered, chosen);
    }

    /** {@code public}: true unless {@code false}; anything else is a 422 naming the parameter. */
    static boolean publicFlag(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ProblemException.invalid("public", "public is true (published claims only, the default)"
                    + " or false (the internal working report); not '" + value + "'.");
        };
    }
}
