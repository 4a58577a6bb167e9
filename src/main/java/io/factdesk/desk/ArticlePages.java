package io.factdesk.desk;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.article.Article;
import io.factdesk.article.ArticleFetch;
import io.factdesk.article.ArticleService;
import io.factdesk.article.ArticleVersion;
import io.factdesk.article.WebImport;
import io.factdesk.claim.ArticleVersions;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.ClaimState;
import io.factdesk.claim.ReaderText;
import io.factdesk.claim.Topic;
import io.factdesk.claim.UpdateChecks;
import io.factdesk.suggest.SuggestionService;
import io.factdesk.system.ChainHead;
import io.factdesk.system.Form;
import io.factdesk.system.PageCache;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The browser's article pages: the list, the import form, and the reader where claims are marked. */
@Path("/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    private static final Logger LOG = Logger.getLogger(ArticlePages.class);

    /** {@code 2026-11-28 13:10 UTC}, as the reports give times. */
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<ArticleService.Listed> articles, String q);

        static native TemplateInstance importForm(Form form);

        static native TemplateInstance reader(Article article, ArticleFetch fetch, ReaderParts parts,
                List<Topic> topics, ClaimState[] states, Form form, Long created, boolean formOpen, Placing placing,
                UpdateNotice update);

        static native TemplateInstance readerText(List<ReaderText.Paragraph> paragraphs,
                ReaderSuggestions suggestions);

        static native TemplateInstance readerClaims(List<Claim> claims);
    }

    /**
     * What the reader shows every reviewer alike, rendered once per chain head ({@link PageCache}): the
     * article text with its claims highlighted and its open suggestions marked, the claim list with how
     * many claims it holds, and the suggestions (the aside lists them with forms, rendered per page).
     */
    public record ReaderParts(String text, String claims, int count, ReaderSuggestions suggestions)
            implements PageCache.Part {
        @Override
        public long weight() {
            return 2L * (text.length() + claims.length()) + suggestions.weight();
        }
    }

    /**
     * The reader's place mode ({@code ?place=<claim>}, docs/ui.md): selecting words offers to place that claim
     * there, in version {@code version}, instead of the new-claim form; {@code oldText} its words before.
     */
    public record Placing(long claimId, int version, String oldText) {
    }

    @Inject
    ArticleService articles;

    @Inject
    ClaimService claims;

    @Inject
    PageCache pages;

    @Inject
    SuggestionService suggestions;

    @Inject
    Me me;

    @Inject
    WebImport webImport;

    @Inject
    UpdateChecks updates;

    @Inject
    ArticleVersions versions;

    /**
     * What the reader says beside "Check for updates" after a check: {@code kind} success (a new version, with
     * {@code link} to its changes), info (no change) or error (the page could not be checked).
     */
    public record UpdateNotice(String kind, String text, String link) {
        public String role() {
            return "error".equals(kind) ? "alert" : "status";
        }
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String page) {
        return Templates.list(articles.list(q, PageResult.Request.of(QueryParams.optionalInt("page", page), 25)),
                q == null ? "" : q);
    }

    @GET
    @Path("new")
    public TemplateInstance importForm() {
        return Templates.importForm(Form.empty().with("mode", "text"));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importArticle(@RestForm String mode, @RestForm String title, @RestForm String text,
            @RestForm String html, @RestForm FileUpload file, @RestForm String url, @RestForm String publisher,
            @RestForm String author, @RestForm String publishedAt, @RestForm String language) {
        Form form = Form.empty().with("mode", mode).with("title", title).with("text", text).with("html", html)
                .with("url", url).with("publisher", publisher).with("author", author)
                .with("publishedAt", publishedAt).with("language", language);
        try {
            ArticleService.ArticleInput input = switch (mode == null ? "text" : mode) {
                case "html" -> new ArticleService.ArticleInput(title, null, html, url, publisher, author, publishedAt,
                        language, Article.ImportedAs.HTML);
                case "file" -> fromFile(file, title, url, publisher, author, publishedAt, language);
                case "url" -> new ArticleService.ArticleInput(title, null, null, url, publisher, author, publishedAt,
                        language, Article.ImportedAs.URL);
                default -> new ArticleService.ArticleInput(title, text, null, url, publisher, author, publishedAt,
                        language, Article.ImportedAs.TEXT);
            };
            Article article = "url".equals(mode) ? webImport.importPage(input, me.user())
                    : articles.importArticle(input, me.user());
            return Response.seeOther(URI.create("/articles/" + article.id)).build();
        } catch (ProblemException e) {
            // The article's text is "body" to the service: beside the field it was given in.
            String given = "html".equals(mode) || "file".equals(mode) || "url".equals(mode) ? mode : "text";
            return Response.status(e.status())
                    .entity(Templates.importForm(form.failed(e).moveError("body", given))).build();
        }
    }

    /**
     * The reader. Until something changes, each user is sent the page as it was last rendered for them,
     * with their browser's CSRF token (PageCache); the flash after creating a claim is rendered anew.
     */
    @GET
    @Path("{id}")
    public Response reader(@RestPath long id, @RestQuery String created, @RestQuery String use,
            @RestQuery String clause, @RestQuery String place, @RestQuery String update) {
        Long placeId = QueryParams.optionalLong("place", place);
        if (placeId != null) {
            return Response.ok(readerPlacing(id, placeId)).build();
        }
        if (update != null && !update.isBlank()) {
            return Response.ok(reader(id, Form.empty(), null, null, false, null, updateNotice(id, update.strip())))
                    .build();
        }
        Long createdId = QueryParams.optionalLong("created", created);
        if (createdId != null) {
            return Response.ok(reader(id, Form.empty(), createdId)).build();
        }
        if (use != null && !use.isBlank()) {
            return Response.ok(readerUsing(id, use, clause)).build();
        }
        // PageCache reads the head first: a change committed while the page renders lands in the page
        // of this older head, which no later request asks for (HeadCache).
        return pages.page(new PageCache.Key("reader-page-" + id, me.asShown()),
                head -> Response.ok(reader(id, Form.empty(), null, head)).build());
    }

    /** The reader's "new claim" form; without JavaScript the reviewer pastes the quote. */
    @POST
    @Path("{id}/claims")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markClaim(@RestPath long id, @RestForm String start, @RestForm String end,
            @RestForm String quote, @RestForm String statement, @RestForm String claimant,
            @RestForm String claimantType, @RestForm String claimDate, @RestForm String topicId) {
        Form form = Form.empty().with("start", start).with("end", end).with("quote", quote)
                .with("statement", statement).with("claimant", claimant).with("claimantType", claimantType)
                .with("claimDate", claimDate).with("topicId", topicId);
        try {
            Integer s = integer(start, "position");
            Integer e = integer(end, "position");
            // A selection made with the mouse gives the position; the quote is then only what the
            // browser showed and may differ in white space, so the position alone decides.
            String exact = s != null && e != null ? null : quote;
            Claim claim = claims.mark(id, new ClaimService.NewClaim(s, e, exact, null, null, statement, claimant,
                    claimantType, claimDate, null, topicId), me.user());
            return Response.seeOther(URI.create("/articles/" + id + "?created=" + claim.id + "#claim-" + claim.id))
                    .build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(reader(id, form.failed(e), null)).build();
        }
    }

    /**
     * "Check for updates" on an article imported by web address: fetches its page again (UpdateChecks) and shows
     * the reader with what happened, "No change since …" or "Version N arrived: …"; a page that could not be
     * fetched is said beside the button, and nothing is changed.
     */
    @POST
    @Path("{id}/update-checks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.REVIEWER_ROLE)
    public Response checkForUpdates(@RestPath long id) {
        try {
            ArticleVersions.Added added = updates.check(id, null, null, me.user());
            String outcome = added.unchanged() ? "none" : String.valueOf(added.version().number);
            return Response.seeOther(URI.create("/articles/" + id + "?update=" + outcome + "#fetched")).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            String why = e.getMessage();
            UpdateNotice notice = new UpdateNotice("error", "Could not check for updates: "
                    + (why.length() > 1 && Character.isLowerCase(why.charAt(1))
                            ? Character.toLowerCase(why.charAt(0)) + why.substring(1) : why), null);
            return Response.status(e.status()).entity(reader(id, Form.empty(), null, null, false, null, notice)).build();
        }
    }

    /**
     * The reader's message after a check: {@code none} (the text is the latest version's) or the number of the
     * version that arrived, with how its claims were placed.
     */
    private UpdateNotice updateNotice(long id, String update) {
        Article article = articles.get(id);
        if (update.equals("none")) {
            ArticleVersion latest = versions.get(id, article.currentVersion);
            return new UpdateNotice("info", "No change since " + UTC.format(latest.createdAt)
                    + ": the page's text is still that of version " + latest.number + ".", null);
        }
        Integer n = QueryParams.optionalInt("update", update);
        ArticleVersion v = versions.get(id, n);
        return new UpdateNotice("success", "Version " + v.number + " arrived: "
                + placedClaims(versions.outcomes(id, v.number)) + ".",
                "/articles/" + id + "/versions/" + v.number + "/diff");
    }

    /** "3 claims unchanged, 1 moved, 1 changed, 1 could not be placed", or "no claims to place". */
    static String placedClaims(Map<String, Long> outcomes) {
        List<String> parts = new ArrayList<>();
        String[][] words = {{"UNCHANGED", "unchanged"}, {"MOVED", "moved"}, {"CHANGED", "changed"},
            {"ORPHANED", "could not be placed"}};
        for (String[] w : words) {
            long count = outcomes.getOrDefault(w[0], 0L);
            if (count > 0) {
                parts.add(parts.isEmpty() ? count + (count == 1 ? " claim " : " claims ") + w[1] : count + " " + w[1]);
            }
        }
        return parts.isEmpty() ? "no claims to place" : String.join(", ", parts);
    }

    /**
     * Dismisses a suggested sentence (one click in the reader; the form carries the CSRF token) and
     * shows the reader again, where it is no longer marked.
     */
    @POST
    @Path("{id}/suggestions/dismissals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.REVIEWER_ROLE)
    public Response dismissSuggestion(@RestPath long id, @RestForm String start, @RestForm String end) {
        suggestions.dismiss(id, integer(start, "start"), integer(end, "end"), me.user());
        return Response.seeOther(URI.create("/articles/" + id + "#suggestions")).build();
    }

    /** Brings a dismissed suggestion back into the reader ("Show dismissed"). */
    @POST
    @Path("{id}/suggestions/restorations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.REVIEWER_ROLE)
    public Response restoreSuggestion(@RestPath long id, @RestForm String start, @RestForm String end) {
        suggestions.restore(id, integer(start, "start"), integer(end, "end"), me.user());
        return Response.seeOther(URI.create("/articles/" + id + "#suggestions")).build();
    }

    private TemplateInstance reader(long id, Form form, Long created) {
        return reader(id, form, created, null);
    }

    /**
     * The reader with the new-claim form filled from the suggestion at {@code use} ("start-end"), as
     * "Use as claim" does without JavaScript: the reviewer still creates the claim. Never kept (it is one
     * reviewer's form), like the page after a refused form. With {@code clause} ("start-end", one of the
     * suggestion's clauses) the quote and the statement are that clause instead of the sentence
     * ("Use the clause"); the topic, claimant and date stay the sentence's.
     */
    private TemplateInstance readerUsing(long id, String use, String clause) {
        String[] place = use.strip().split("-", 2);
        Integer s = integer(place[0], "use");
        Integer e = place.length < 2 ? null : integer(place[1], "use");
        PageCache.Key key = new PageCache.Key("reader-" + id, "");
        Article article = articles.get(id);
        ReaderSuggestions.Card card = s == null || e == null ? null
                : pages.get(key, at -> readerParts(article)).suggestions().at(s, e);
        if (card == null) {
            throw ProblemException.invalid("use", "No suggestion of this article is at " + use
                    + ": choose one in the reader.");
        }
        int quoteStart = card.start();
        int quoteEnd = card.end();
        String quote = card.exact();
        boolean narrowed = clause != null && !clause.isBlank();
        if (narrowed) {
            String[] within = clause.strip().split("-", 2);
            Integer cs = integer(within[0], "clause");
            Integer ce = within.length < 2 ? null : integer(within[1], "clause");
            ReaderSuggestions.Clause chosen = cs == null || ce == null ? null : card.clause(cs, ce);
            if (chosen == null) {
                throw ProblemException.invalid("clause", "The suggested sentence at " + use + " has no clause at "
                        + clause + ": choose one of its clauses in the reader.");
            }
            quoteStart = chosen.start();
            quoteEnd = chosen.end();
            quote = chosen.exact();
        }
        // "clause" is no field of the claim: it only lets the hint say what the form was filled from.
        Form form = Form.empty().with("start", String.valueOf(quoteStart)).with("end", String.valueOf(quoteEnd))
                .with("quote", quote).with("statement", quote).with("clause", narrowed ? "yes" : "")
                .with("claimant", card.claimant() == null ? "" : card.claimant())
                .with("claimDate", card.claimDate() == null ? "" : card.claimDate())
                .with("topicId", card.topicId() == null ? "" : String.valueOf(card.topicId()));
        return reader(id, form, null, null, true, null, null);
    }

    /**
     * The reader in place mode for claim {@code claimId} of this article (never kept: one reviewer's task). Only for
     * those who may place it: an APPROVED or PUBLISHED claim only an editor (ArticleVersions.placeByHand).
     */
    private TemplateInstance readerPlacing(long id, long claimId) {
        Claim claim = claims.get(claimId);
        if (claim.article.id != id) {
            throw ProblemException.notFound("Claim", claimId + " of article " + id);
        }
        if (claim.needsDecision() && !me.user().can(Role.EDITOR)) {
            throw ProblemException.forbidden("Claim " + claimId + " is " + claim.state.label()
                    + ": only an editor may place it, since its verdict was given on other text.");
        }
        return reader(id, Form.empty(), null, null, false,
                new Placing(claimId, claim.article.currentVersion, claim.exact), null);
    }

    /** The reader as of chain head {@code head} (HeadCache), or of the head now when null. */
    private TemplateInstance reader(long id, Form form, Long created, ChainHead.At head) {
        return reader(id, form, created, head, form.hasErrors());
    }

    private TemplateInstance reader(long id, Form form, Long created, ChainHead.At head, boolean formOpen) {
        return reader(id, form, created, head, formOpen, null, null);
    }

    private TemplateInstance reader(long id, Form form, Long created, ChainHead.At head, boolean formOpen,
            Placing placing, UpdateNotice update) {
        Article article = articles.get(id);
        PageCache.Key key = new PageCache.Key("reader-" + id, "");
        ReaderParts parts = head == null ? pages.get(key, at -> readerParts(article))
                : pages.at(head, key, at -> readerParts(article));
        // No topic is preselected: the reviewer chooses one (docs/ui.md, "A reviewer's day without
        // surprises"); only a suggestion that names its topic beside its reasons fills it in.
        List<Topic> topics = Topic.active();
        // Only an article imported by web address has a kept page: no query for the others.
        ArticleFetch fetch = article.importedAs == Article.ImportedAs.URL ? articles.fetchOf(id) : null;
        return Templates.reader(article, fetch, parts, topics, ClaimState.values(), form, created, formOpen, placing,
                update);
    }

    private ReaderParts readerParts(Article article) {
        List<Claim> marked = claims.ofArticle(article.id);
        // An ORPHANED claim stands nowhere in the current body: listed, not highlighted.
        List<ReaderText.Mark> marks = marked.stream().filter(Claim::anchored)
                .map(c -> new ReaderText.Mark(c.id, c.start, c.end, c.topic.cssClass(), c.state.name())).toList();
        ReaderSuggestions suggested = suggested(article);
        return new ReaderParts(Templates.readerText(ReaderText.build(article.body, marks, suggested.passages()),
                suggested).render(), Templates.readerClaims(marked).render(), marked.size(), suggested);
    }

    /**
     * The reader's suggestions; should the engine fail on an article, the reader still shows the text and
     * its claims, and says that there are no suggestions to show.
     */
    private ReaderSuggestions suggested(Article article) {
        try {
            return ReaderSuggestions.of(suggestions.list(article.id, null), Topic.active());
        } catch (RuntimeException e) {
            LOG.warnf(e, "No suggestions for the reader of article %d", article.id);
            return new ReaderSuggestions(List.of(), List.of(), 0);
        }
    }

    private static Integer integer(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "The selection's position is not a number.");
        }
    }

    private static ArticleService.ArticleInput fromFile(FileUpload file, String title, String url, String publisher,
            String author, String publishedAt, String language) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            throw ProblemException.invalid("file", "Choose a .txt, .md or .html file to upload.");
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file.uploadedFile()))).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("file", "The file is not UTF-8 text.");
        } catch (IOException e) {
            throw ProblemException.invalid("file", "The file could not be read.");
        }
        String fallbackTitle = title == null || title.isBlank() ? baseName(file.fileName()) : title;
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return new ArticleService.ArticleInput(title, null, content, url, publisher, author, publishedAt, language,
                    Article.ImportedAs.FILE);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            String rendered = HtmlRenderer.builder().escapeHtml(true).build().render(Parser.builder().build()
                    .parse(content));
            return new ArticleService.ArticleInput(fallbackTitle, null, rendered, url, publisher, author, publishedAt,
                    language, Article.ImportedAs.FILE);
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return new ArticleService.ArticleInput(fallbackTitle, content, null, url, publisher, author, publishedAt,
                    language, Article.ImportedAs.FILE);
        }
        throw ProblemException.invalid("file", "Upload a .txt, .md or .html file.");
    }

    private static String baseName(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
