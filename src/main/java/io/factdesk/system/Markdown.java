package io.factdesk.system;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.net.URI;
import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders rationales and comments. Raw HTML in the Markdown is shown as text, and links and
 * images keep only http and https addresses: what a reviewer types can never run in a reader's
 * browser. Templates call it as {@code {comment.body.markdown}}.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new org.commonmark.renderer.html.UrlSanitizer() {
                @Override
                public String sanitizeLinkUrl(String url) {
                    return httpOnly(url);
                }

                @Override
                public String sanitizeImageUrl(String url) {
                    return httpOnly(url);
                }
            }).build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        return markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
    }

    @TemplateExtension(matchName = "markdown")
    static RawString markdown(String text) {
        return new RawString(toHtml(text));
    }

    static String httpOnly(String url) {
        try {
            String scheme = URI.create(url.strip()).getScheme();
            if (scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http")
                    || scheme.toLowerCase(Locale.ROOT).equals("https"))) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // not a URI at all
        }
        return "";
    }
}
