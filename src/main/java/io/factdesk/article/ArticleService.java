package io.factdesk.article;

import io.factdesk.account.User;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.system.FactdeskConfig;
import io.factdesk.system.FieldChecks;
import io.factdesk.system.Hashes;
import io.factdesk.system.Limits;
import io.factdesk.system.PageResult;
import io.factdesk.system.Problem;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

@ApplicationScoped
@Transactional
public class ArticleService {

    private static final Pattern LANGUAGE = Pattern.compile(Limits.LANGUAGE_TAG);

    /** What an import carries, whether it came from the API or the import page. */
    public record ArticleInput(String title, String body, String html, String url, String publisher, String author,
            String publishedAt, String language, Article.ImportedAs importedAs) {
    }

    /** An article in a list, with how many claims are marked on it. */
    public record Listed(Article article, long claims) {
    }

    @Inject
    FactdeskConfig config;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    public Article importArticle(ArticleInput in, User actor) {
        FieldChecks checks = new FieldChecks();
        Read read = read(in.body(), in.html(), "the article", "The article text", checks);
        String title = FieldChecks.trimToNull(in.title());
        if (title == null && read.htmlTitle() != null && !read.htmlTitle().isBlank()) {
            title = read.htmlTitle();
        }
        Article article = store(in, title, FieldChecks.trimToNull(in.url()), read.text(), checks,
                in.importedAs() != null ? in.importedAs()
                        : read.fromHtml() ? Article.ImportedAs.HTML : Article.ImportedAs.TEXT,
                actor);
        audit.record(EventType.ARTICLE_IMPORTED, actor, article.id, null, Map.of(), imported(article), null);
        return article;
    }

    /**
     * An article from a fetched page ({@link WebImport} fetches it outside any transaction): the page's
     * main text, its metadata where the request gives none, and the page itself kept as it arrived.
     */
    public Article importFetched(ArticleInput in, FetchedPage page, ArticleImport.Page extracted, User actor) {
        FieldChecks checks = new FieldChecks();
        ArticleImport.PageMetadata meta = extracted.metadata();
        String text = extracted.text();
        if (text.isEmpty()) {
            checks.add("url", "The page holds no readable text.");
        }
        checkSize(text, "url");
        String title = FieldChecks.trimToNull(in.title());
        if (title == null) {
            title = cut(meta.title(), Limits.TITLE);
        }
        String language = FieldChecks.trimToNull(in.language());
        if (language == null && meta.language() != null && meta.language().length() <= Limits.LANGUAGE
                && LANGUAGE.matcher(meta.language()).matches()) {
            language = meta.language();
        }
        ArticleInput merged = new ArticleInput(title, null, null, page.url(),
                FieldChecks.trimToNull(in.publisher()) != null ? in.publisher() : cut(meta.publisher(),
                        Limits.PUBLISHER_OR_AUTHOR),
                FieldChecks.trimToNull(in.author()) != null ? in.author() : cut(meta.author(),
                        Limits.PUBLISHER_OR_AUTHOR),
                FieldChecks.trimToNull(in.publishedAt()) != null ? in.publishedAt()
                        : meta.publishedAt() == null ? null : meta.publishedAt().toString(),
                language, Article.ImportedAs.URL);
        Article article = store(merged, title, articleUrl(page, meta), text, checks, Article.ImportedAs.URL, actor);

        ArticleFetch fetch = keepPage(article, 1, page, meta.modifiedAt());
        ArticleCheck.record(article.id, page.fetchedAt(), ArticleCheck.Outcome.IMPORTED, null);

        Map<String, Object> after = imported(article);
        after.put("fetch", fetchFields(fetch));
        audit.record(EventType.ARTICLE_IMPORTED, actor, article.id, null, Map.of(), after, null);
        return article;
    }

    /** A text read from a request: normalised, whether it came as HTML, and the HTML's own title. */
    private record Read(String text, boolean fromHtml, String htmlTitle) {
    }

    /**
     * The normalised text of {@code body} (plain text) or {@code html} (its readable text), exactly one of them;
     * what is wrong goes into {@code checks}, naming the field; larger than the limit: 413.
     */
    private Read read(String body, String html, String what, String required, FieldChecks checks) {
        boolean hasText = body != null && !body.isBlank();
        boolean hasHtml = html != null && !html.isBlank();
        String text = null;
        String htmlTitle = null;
        if (hasText && hasHtml) {
            checks.add("body", "Give " + what + " either as text (body) or as HTML (html), not both.");
        } else if (hasHtml) {
            ArticleImport.Extracted extracted = ArticleImport.fromHtml(html);
            text = extracted.text();
            htmlTitle = extracted.title();
            if (text.isEmpty()) {
                checks.add("html", "The HTML holds no readable text.");
            }
        } else if (hasText) {
            text = TextNormalizer.normalize(body);
        } else {
            checks.add("body", required + " is required, as plain text or as HTML.");
        }
        checkSize(text, hasHtml ? "html" : "body");
        return new Read(text, hasHtml, htmlTitle);
    }

    private void checkSize(String text, String field) {
        if (text != null) {
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            int limit = config.article().maxBodyBytes();
            if (bytes > limit) {
                throw new ProblemException(413, "too-large", "Article too large",
                        "The article text is " + bytes + " bytes; the limit is " + limit + " bytes.",
                        List.of(new Problem.FieldError(field,
                                "The text is larger than the limit of " + limit + " bytes.")),
                        null);
            }
        }
    }

    /** Validates the fields and persists the article; the caller records the event. */
    private Article store(ArticleInput in, String title, String url, String text, FieldChecks checks,
            Article.ImportedAs importedAs, User actor) {
        if (title == null) {
            checks.add("title", importedAs == Article.ImportedAs.TEXT ? "Title is required for pasted text."
                    : "Title is required: the page or file names none.");
        }
        checks.maxLength("title", title, Limits.TITLE, "Title")
                .maxLength("url", in.url(), Limits.URL, "URL")
                .httpUrl("url", in.url(), "URL")
                .maxLength("publisher", in.publisher(), Limits.PUBLISHER_OR_AUTHOR, "Publisher")
                .maxLength("author", in.author(), Limits.PUBLISHER_OR_AUTHOR, "Author");
        LocalDate published = checks.date("publishedAt", in.publishedAt(), "Publication date");
        String language = FieldChecks.trimToNull(in.language());
        if (language != null && (language.length() > Limits.LANGUAGE || !LANGUAGE.matcher(language).matches())) {
            checks.add("language", "Language must be a language tag such as en, ar or pt-BR.");
        }
        checks.throwIfAny();

        Article article = new Article();
        article.title = title;
        article.url = url;
        article.publisher = FieldChecks.trimToNull(in.publisher());
        article.author = FieldChecks.trimToNull(in.author());
        article.publishedAt = published;
        article.language = language == null ? null : Locale.forLanguageTag(language).toLanguageTag();
        article.body = text;
        article.bodySha256 = Hashes.sha256(text);
        article.bodyLength = text.codePointCount(0, text.length());
        article.importedAs = importedAs;
        article.createdAt = Instant.now();
        article.createdBy = actor;
        article.currentVersion = 1;
        article.persist();
        firstVersion(article).persist();
        return article;
    }

    /** The page's canonical address when it gives an http(s) one that fits, else the address that answered. */
    private static String articleUrl(FetchedPage page, ArticleImport.PageMetadata meta) {
        for (String candidate : new String[] {meta.canonicalUrl(), page.finalUrl(), page.url()}) {
            if (candidate != null && candidate.length() <= Limits.URL
                    && candidate.toLowerCase(Locale.ROOT).matches("^https?://.+")) {
                return candidate;
            }
        }
        return null;
    }

    /** A value the page gave, cut to the field's limit (code points) rather than refused: nobody typed it. */
    private static String cut(String value, int max) {
        if (value == null || value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max - 1)).strip() + "\u2026";
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Keeps a fetched page as the record of version {@code version} of the article, in the caller's transaction
     * (whose event names it through {@link #fetchFields}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ArticleFetch keepPage(Article article, int version, FetchedPage page, LocalDate pageModified) {
        ArticleFetch fetch = new ArticleFetch();
        fetch.article = article;
        fetch.version = version;
        fetch.url = page.url();
        fetch.finalUrl = page.finalUrl();
        fetch.status = page.status();
        fetch.contentType = page.contentType();
        fetch.fetchedAt = page.fetchedAt();
        fetch.sha256 = page.sha256();
        fetch.byteLength = page.bytes().length;
        fetch.htmlGzip = gzip(page.bytes());
        fetch.pageModified = pageModified;
        fetch.persist();
        return fetch;
    }

    /** A kept page as the history records it: enough to check the bytes against. */
    public static Map<String, Object> fetchFields(ArticleFetch fetch) {
        Map<String, Object> fetched = new LinkedHashMap<>();
        fetched.put("url", fetch.url);
        fetched.put("finalUrl", fetch.finalUrl);
        fetched.put("sha256", fetch.sha256);
        fetched.put("bytes", fetch.byteLength);
        fetched.put("fetchedAt", fetch.fetchedAt);
        return fetched;
    }

    /** The latest page kept for an article, or null when it was not fetched. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleFetch fetchOf(long articleId) {
        return ArticleFetch.find("article.id = ?1 order by version desc", articleId).firstResult();
    }

    /** The page kept for version {@code version} of an article, or null when that version was not fetched. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleFetch fetchOf(long articleId, int version) {
        return ArticleFetch.find("article.id = ?1 and version = ?2", articleId, version).firstResult();
    }

    /** When the article was last checked for updates, or null (not imported by web address). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleCheck lastCheck(long articleId) {
        return ArticleCheck.findById(articleId);
    }

    /** The bytes of the kept page as the site sent them. */
    public static byte[] keptBytes(ArticleFetch fetch) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(fetch.htmlGzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The normalised text of a new version: {@code body} as plain text or {@code html} (readable text taken
     * out), exactly one of them, within the size limit; 422 or 413 otherwise.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String versionText(String body, String html) {
        FieldChecks checks = new FieldChecks();
        String text = read(body, html, "the new text", "The new text", checks).text();
        checks.throwIfAny();
        return text;
    }

    /**
     * The main text of a page fetched again for a new version, as an import reads it: 422 naming {@code url}
     * when it holds none, 413 beyond the size limit.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String fetchedText(ArticleImport.Page extracted) {
        String text = extracted.text();
        if (text.isEmpty()) {
            throw ProblemException.invalid("url", "The page holds no readable text.");
        }
        checkSize(text, "url");
        return text;
    }

    /** Version 1 of an imported article: its body as imported. */
    private static ArticleVersion firstVersion(Article a) {
        ArticleVersion v = new ArticleVersion();
        v.articleId = a.id;
        v.number = 1;
        v.body = a.body;
        v.bodySha256 = a.bodySha256;
        v.bodyLength = a.bodyLength;
        v.source = ArticleVersion.of(a.importedAs);
        v.createdAt = a.createdAt;
        v.createdBy = a.createdBy;
        a.currentVersionAt = v.createdAt;
        return v;
    }

    /** The article as the history records its import: metadata and the SHA-256 that names the body. */
    private static Map<String, Object> imported(Article a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", a.title);
        fields.put("url", a.url);
        fields.put("publisher", a.publisher);
        fields.put("author", a.author);
        fields.put("publishedAt", a.publishedAt);
        fields.put("language", a.language);
        fields.put("importedAs", a.importedAs);
        fields.put("bodySha256", a.bodySha256);
        fields.put("bodyLength", a.bodyLength);
        return fields;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Article get(long id) {
        Article article = Article.findById(id);
        if (article == null) {
            throw ProblemException.notFound("Article", id);
        }
        return article;
    }

    /** Articles, newest first, optionally filtered by words of the title or publisher. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Listed> list(String q, PageResult.Request paging) {
        String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        String where = like == null ? " from Article a"
                : " from Article a where lower(a.title) like :q or lower(a.publisher) like :q";
        var select = em.createQuery("select a, (select count(c) from Claim c where c.article = a)"
                + where + " order by a.createdAt desc, a.id desc", Object[].class);
        var count = em.createQuery("select count(a)" + where, Long.class);
        if (like != null) {
            select.setParameter("q", like);
            count.setParameter("q", like);
        }
        List<Object[]> rows = select.setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size())
                .getResultList();
        long total = count.getSingleResult();
        return new PageResult<>(rows.stream().map(r -> new Listed((Article) r[0], (Long) r[1])).toList(),
                paging.page(), paging.size(), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean existsWithBody(String sha256) {
        return Article.count("bodySha256", sha256) > 0;
    }

}
