package io.factdesk.desk;

import io.factdesk.article.Article;
import io.factdesk.article.ArticleService;
import io.factdesk.article.ArticleVersion;
import io.factdesk.claim.ArticleVersions;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimAnchor;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.ReaderText;
import io.factdesk.history.WordDiff;
import io.factdesk.system.QueryParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The browser's pages on the versions of an article's text (docs/ui.md, "Article versions"): the list, the
 * word-level changes between two versions with the claims they touched, and an older version read-only with
 * its claims where they stood then. Nothing here writes.
 */
@Path("/articles/{id: [0-9]+}/versions")
@Produces(MediaType.TEXT_HTML)
public class VersionPages {

    /** A version as the list shows it; {@code origin} in the newsroom's words. */
    public record Row(int number, Instant createdAt, String origin, String who, String note, int length,
            boolean current) {
        static Row of(ArticleVersion v, int current) {
            return new Row(v.number, v.createdAt, VersionPages.origin(v.source), v.createdBy == null ? null : v.createdBy.name(),
                    v.note, v.bodyLength, v.number == current);
        }
    }

    /** The changes from version {@code from} to {@code to}: runs inserted and deleted, and the text marked. */
    public record Diff(int from, int to, int inserted, int deleted, List<WordDiff.Segment> segments) {
    }

    /**
     * What the change did to one claim that stood in version {@code from}: {@code outcome} one of unchanged,
     * moved, changed, placed (by hand) or orphaned; {@code before} and {@code after} its words in each version
     * (after null when it could not be placed).
     */
    public record Touched(long id, String statement, String outcome, String before, String after) {

        /** The outcome in words. */
        public String label() {
            return switch (outcome) {
                case "unchanged" -> "Unchanged";
                case "moved" -> "Moved";
                case "changed" -> "Changed";
                case "placed" -> "Placed by hand";
                default -> "Could not be placed";
            };
        }
    }

    /** A claim as it stood in the version read: its words there, and its state and topic now. */
    public record Stood(Claim claim, String exact) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance versions(Article article, List<Row> versions);

        static native TemplateInstance diff(Article article, Diff diff, List<Row> versions, List<Touched> claims);

        static native TemplateInstance version(Article article, Row version, int latest, String text,
                List<Stood> claims, int notHere);
    }

    @Inject
    ArticleService articles;

    @Inject
    ArticleVersions versions;

    @Inject
    ClaimService claims;

    @GET
    public TemplateInstance list(@RestPath long id) {
        Article article = articles.get(id);
        return Templates.versions(article, rows(article));
    }

    /**
     * An older version, read-only, with the claims highlighted where they stood in it (claims marked later, or
     * not placed in it, are not). The current version is read in the reader: this redirects there.
     */
    @GET
    @Path("{n: [0-9]+}")
    public Response version(@RestPath long id, @RestPath int n) {
        Article article = articles.get(id);
        ArticleVersion v = versions.get(id, n);
        if (v.number == article.currentVersion) {
            return Response.seeOther(URI.create("/articles/" + id)).build();
        }
        Map<Long, Claim> byId = claims.ofArticle(id).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<ReaderText.Mark> marks = new ArrayList<>();
        List<Stood> stood = new ArrayList<>();
        for (ClaimAnchor a : versions.anchorsIn(id, n)) {
            Claim c = byId.get(a.claimId);
            if (c != null && a.start != null && a.end != null) {
                marks.add(new ReaderText.Mark(c.id, a.start, a.end, c.topic.cssClass(), c.state.name()));
                stood.add(new Stood(c, a.exact));
            }
        }
        String text = ArticlePages.Templates.readerText(ReaderText.build(v.body, marks),
                new ReaderSuggestions(List.of(), List.of(), 0)).render();
        return Response.ok(Templates.version(article, Row.of(v, article.currentVersion), article.currentVersion, text,
                stood, byId.size() - stood.size())).build();
    }

    /** {@code from}: the version compared with, by default the one before {@code n}. */
    @GET
    @Path("{n: [0-9]+}/diff")
    public TemplateInstance diff(@RestPath long id, @RestPath int n, @RestQuery String from) {
        Integer m = QueryParams.optionalInt("from", from);
        Article article = articles.get(id);
        ArticleVersion to = versions.get(id, n);
        ArticleVersion before = versions.get(id, m == null ? Math.max(1, n - 1) : m);
        List<WordDiff.Segment> segments = WordDiff.diff(before.body, to.body);
        int inserted = (int) segments.stream().filter(WordDiff.Segment::inserted).count();
        int deleted = (int) segments.stream().filter(WordDiff.Segment::deleted).count();
        return Templates.diff(article, new Diff(before.number, to.number, inserted, deleted, segments),
                rows(article), touched(id, before.number, to.number));
    }

    /** The page's from/to chooser (a GET form): on to the changes between the two versions chosen. */
    @GET
    @Path("diff")
    public Response choose(@RestPath long id, @RestQuery String from, @RestQuery String to) {
        Integer m = QueryParams.optionalInt("from", from);
        Integer n = QueryParams.optionalInt("to", to);
        Article article = articles.get(id);
        int target = n == null ? article.currentVersion : n;
        return Response.seeOther(URI.create("/articles/" + id + "/versions/" + target + "/diff"
                + (m == null ? "" : "?from=" + m))).build();
    }

    private List<Row> rows(Article article) {
        return versions.list(article.id).stream().map(v -> Row.of(v, article.currentVersion)).toList();
    }

    /**
     * The claims that stood in version {@code from}, each with what became of it in version {@code to}, told from
     * their two anchors: the words and place alike, the same words elsewhere, other words, or none.
     */
    private List<Touched> touched(long articleId, int from, int to) {
        Map<Long, ClaimAnchor> after = versions.anchorsIn(articleId, to).stream()
                .collect(Collectors.toMap(a -> a.claimId, Function.identity()));
        Map<Long, Claim> byId = claims.ofArticle(articleId).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<Touched> out = new ArrayList<>();
        for (ClaimAnchor a : versions.anchorsIn(articleId, from)) {
            ClaimAnchor b = after.get(a.claimId);
            Claim c = byId.get(a.claimId);
            if (a.start == null || b == null || c == null) {
                continue; // not in the older version, or marked after the newer one
            }
            String outcome;
            if (b.start == null) {
                outcome = "orphaned";
            } else if (ClaimAnchor.PLACED.equals(b.outcome)) {
                outcome = "placed";
            } else if (!Objects.equals(a.exact, b.exact)) {
                outcome = "changed";
            } else {
                outcome = a.start.equals(b.start) ? "unchanged" : "moved";
            }
            out.add(new Touched(c.id, c.statement, outcome, a.exact, b.start == null ? null : b.exact));
        }
        return out;
    }

    /** Where a version's text came from, as the newsroom says it. */
    static String origin(ArticleVersion.Source source) {
        return switch (source) {
            case PASTE -> "pasted";
            case UPLOAD -> "uploaded";
            case FETCH -> "fetched from the site";
            case ORIGINAL -> "imported before versions were kept";
        };
    }
}
