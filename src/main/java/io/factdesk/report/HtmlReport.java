package io.factdesk.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateEnum;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Renders a report as one standalone HTML page (templates/report/report.html): the style sheet is
 * inlined, nothing is loaded from elsewhere, and all user text is escaped by Qute. The same page,
 * made well-formed, is what {@link PdfReport} lays out; the public pages are this page too, with
 * the ClaimReview embedded.
 */
public final class HtmlReport {

    /** The report's style sheet, inlined in every page (and allowed by its hash in {@link #CSP}). */
    static final String CSS = resource("/report/report.css");

    /** The public pages' own style sheet (the verdict panel, the phone layout), inlined after {@link #CSS}. */
    static final String PUBLIC_CSS = resource("/report/public.css");

    /**
     * The Content-Security-Policy of a report page: nothing runs and nothing is fetched; only the
     * inline style sheet, by its hash, applies. (A JSON-LD block is data, not script, so it needs nothing.)
     */
    public static final String CSP = "default-src 'none'; style-src 'sha256-" + sha256Base64(CSS)
            + "' 'sha256-" + sha256Base64(PUBLIC_CSS) + "'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private HtmlReport() {
    }

    /** Which public page a report is shown as: they link to each other. */
    @TemplateEnum
    public enum PublicPage {
        /** One published claim, linking to its article's page. */
        CLAIM,
        /** An article's public report, linking to each claim's page. */
        ARTICLE
    }

    @CheckedTemplate(basePath = "report")
    static class Templates {
        /**
         * @param jsonLd the ClaimReview to embed, already safe inside a script element; null for none
         * @param page   the public page it is shown as; null for a downloaded document
         * @param view   the verdicts as drawn and the share metadata of a public page; null for a document
         */
        static native TemplateInstance report(Report report, RawString css, RawString jsonLd, PublicPage page,
                PublicView view, RawString publicCss);
    }

    /** The report as a document to download, print or convert to PDF. */
    public static String document(Report report) {
        return Templates.report(report, new RawString(CSS), null, null, null, null).render();
    }

    /**
     * The report as a public page, with a ClaimReview embedded when given ({@code jsonLd} from
     * {@link ClaimReviews#forScript}), its verdicts drawn and its share metadata from {@code view}.
     */
    public static String publicPage(Report report, PublicPage page, String jsonLd, PublicView view) {
        return Templates.report(report, new RawString(CSS), jsonLd == null ? null : new RawString(jsonLd), page,
                view, new RawString(PUBLIC_CSS)).render();
    }

    /** {@code 2026-11-28 13:10 UTC}: reports give times in UTC, whoever reads them. */
    @TemplateExtension(matchName = "utc")
    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /**
     * The byline under the headline: publisher, "by" author, date and language, joined by " · " with
     * only the parts the article has (no stray separator at the start when there is no author or publisher).
     */
    @TemplateExtension(matchName = "byline")
    static String byline(Report.ArticleInfo a) {
        List<String> parts = new ArrayList<>();
        if (a.publisher() != null && !a.publisher().isBlank()) {
            parts.add(a.publisher());
        }
        if (a.author() != null && !a.author().isBlank()) {
            parts.add("by " + a.author());
        }
        if (a.publishedAt() != null) {
            parts.add("published " + a.publishedAt());
        }
        if (a.language() != null && !a.language().isBlank()) {
            parts.add("language " + a.language());
        }
        return String.join(" · ", parts);
    }

    /**
     * A claimant type in page text: the data keeps schema.org's {@code Organization}; the words a reader
     * sees spell it "Organisation", as the rest of Factdesk does.
     */
    @TemplateExtension(matchName = "typeWord")
    static String typeWord(String schemaType) {
        return "Organization".equals(schemaType) ? "Organisation" : schemaType;
    }

    /** "The article was changed on … after this claim was checked." ({@link VersionNotice}) */
    @TemplateExtension(matchName = "notice")
    static String notice(Report.ArticleChange change) {
        return VersionNotice.changed(change);
    }

    /** "the version of …", the words of the link to the version a claim was checked on. */
    @TemplateExtension(matchName = "linkText")
    static String linkText(Report.CheckedVersion checked) {
        return VersionNotice.checkedLinkText(checked);
    }

    /** Only http and https addresses become links; anything else (javascript:, data:) becomes "#". */
    @TemplateExtension(matchName = "href")
    static String href(String url) {
        if (url == null) {
            return "#";
        }
        try {
            String scheme = URI.create(url.strip()).getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return url.strip();
            }
        } catch (IllegalArgumentException e) {
            // not a URI
        }
        return "#";
    }

    /** A resource of this package as text (a style sheet, a template part). */
    static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the text's UTF-8, in Base64: a CSP hash source. */
    static String sha256Base64(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
