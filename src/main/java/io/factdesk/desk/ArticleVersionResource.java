package io.factdesk.desk;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.article.ArticleVersion;
import io.factdesk.claim.ArticleVersions;
import io.factdesk.claim.Reanchoring;
import io.factdesk.claim.UpdateChecks;
import io.factdesk.history.WordDiff;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /api/articles/{id}/versions}: the versions of an article's text, a new one (which re-anchors every
 * claim), one version with its body, and the word-level changes between two (docs/api.md, "Article versions").
 */
@Path("/api/articles/{id: [0-9]+}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.REVIEWER_ROLE)
public class ArticleVersionResource {

    /**
     * A new version: the text as {@code body} or {@code html}, or {@code fetch: true} to fetch the page the
     * article was imported from again ("Check for updates"); {@code version}, the latest version the client saw.
     */
    public record VersionRequest(String body, String html, @Size(max = Limits.VERSION_NOTE) String note,
            Integer version, Boolean fetch) {
    }

    /** A version in the list. {@code length} in code points. */
    public record VersionSummary(int number, String sha256, String source, String note, Instant createdAt,
            String createdBy, int length) {
        static VersionSummary of(ArticleVersion v) {
            return new VersionSummary(v.number, v.bodySha256, v.source.name(), v.note, v.createdAt,
                    v.createdBy == null ? null : v.createdBy.username, v.bodyLength);
        }
    }

    /** One version with its text. */
    public record VersionDetail(int number, String sha256, String source, String note, Instant createdAt,
            String createdBy, int length, String body) {
    }

    /** Where a claim stood in the version before. */
    public record PreviousAnchor(int version, int start, int end, String exact) {
    }

    /** What a new version did to one claim; start, end and exact are null when it is ORPHANED. */
    public record PlacedClaim(long id, String outcome, Integer start, Integer end, String exact,
            PreviousAnchor previous, double score, List<Reanchoring.Candidate> candidates, List<String> figureChanges,
            boolean anchorFlagged, boolean needsDecision) {
    }

    /** The answer to a new version; {@code unchanged}: the text was the latest version's, nothing written. */
    public record VersionAdded(int version, String sha256, boolean unchanged, List<PlacedClaim> claims) {
    }

    /** The changes from version {@code from} to version {@code to}, word by word. */
    public record VersionDiff(int from, int to, int inserted, int deleted, List<WordDiff.Segment> segments) {
    }

    @Inject
    ArticleVersions versions;

    @Inject
    UpdateChecks updates;

    @Inject
    Me me;

    @POST
    @APIResponseSchema(value = VersionAdded.class, responseCode = "201",
            responseDescription = "The new version and what it did to each claim.")
    @APIResponse(responseCode = "200", description = "The text is the latest version's: nothing written (unchanged).")
    @APIResponse(responseCode = "409", description = "stale-version: version is not the article's latest.")
    @APIResponse(responseCode = "413", description = "The text is larger than the limit.")
    @APIResponse(responseCode = "422", description = "No text, both body and html, fetch with a text, a note too"
            + " long; with fetch: an article that was not imported by web address (naming fetch), or a page that"
            + " could not be fetched (fetch-refused, naming url).")
    public Response add(@RestPath long id, VersionRequest req) {
        if (req == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        ArticleVersions.Added added;
        if (Boolean.TRUE.equals(req.fetch())) {
            for (String[] field : new String[][] {{"body", req.body()}, {"html", req.html()}}) {
                if (field[1] != null) {
                    throw ProblemException.invalid(field[0], "Give either fetch: true (the page is fetched again)"
                            + " or the new text as " + field[0] + ", not both.");
                }
            }
            added = updates.check(id, req.note(), req.version(), me.user());
        } else {
            added = versions.add(id, new ArticleVersions.NewVersion(req.body(), req.html(), req.note(),
                    req.version()), me.user());
        }
        VersionAdded view = new VersionAdded(added.version().number, added.version().bodySha256, added.unchanged(),
                added.claims().stream().map(ArticleVersionResource::placed).toList());
        if (added.unchanged()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/api/articles/" + id + "/versions/" + added.version().number))
                .entity(view).build();
    }

    private static PlacedClaim placed(ArticleVersions.Placed p) {
        var c = p.claim();
        boolean lost = !c.anchored();
        return new PlacedClaim(c.id, c.anchorOutcome.name(), lost ? null : c.start, lost ? null : c.end,
                lost ? null : c.exact,
                new PreviousAnchor(p.previous().version(), p.previous().start(), p.previous().end(),
                        p.previous().exact()),
                p.placement().score(), p.placement().candidates() == null ? List.of() : p.placement().candidates(),
                p.placement().figureChanges() == null ? List.of() : p.placement().figureChanges(), c.anchorFlagged,
                c.needsDecision());
    }

    /** Oldest first. */
    @GET
    public List<VersionSummary> list(@RestPath long id) {
        return versions.list(id).stream().map(VersionSummary::of).toList();
    }

    @GET
    @Path("{n: [0-9]+}")
    public VersionDetail get(@RestPath long id, @RestPath int n) {
        ArticleVersion v = versions.get(id, n);
        return new VersionDetail(v.number, v.bodySha256, v.source.name(), v.note, v.createdAt,
                v.createdBy == null ? null : v.createdBy.username, v.bodyLength, v.body);
    }

    /** {@code from}: the version to compare with, by default the one before {@code n}. */
    @GET
    @Path("{n: [0-9]+}/diff")
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "400", description = "from is not a whole number.")
    public VersionDiff diff(@RestPath long id, @RestPath int n, @RestQuery String from) {
        Integer m = QueryParams.optionalInt("from", from);
        ArticleVersion to = versions.get(id, n);
        int fromNumber = m == null ? Math.max(1, n - 1) : m;
        ArticleVersion before = versions.get(id, fromNumber);
        List<WordDiff.Segment> segments = WordDiff.diff(before.body, to.body);
        int inserted = 0;
        int deleted = 0;
        for (WordDiff.Segment s : segments) {
            if (s.inserted()) {
                inserted++;
            } else if (s.deleted()) {
                deleted++;
            }
        }
        return new VersionDiff(before.number, to.number, inserted, deleted, segments);
    }
}
