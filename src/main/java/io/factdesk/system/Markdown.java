package io.factdesk.system;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
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

    /**
     * The HTML of a text shown under a heading of level {@code below}: its headings are demoted so
     * that its highest one is at {@code below + 1} (the rest keep their distance from it, down to
     * h6), and a rationale's {@code ## Why} can never stand level with the page's own sections.
     */
    public static String toHtml(String markdown, int below) {
        if (markdown == null) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        demoteHeadings(document, below);
        return RENDERER.render(document);
    }

    /** Demotes the headings of a parsed text so that the highest is at level {@code below + 1}; never promotes. */
    public static void demoteHeadings(Node document, int below) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
                visitChildren(heading);
            }
        });
        int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(below + 1);
        int shift = below + 1 - highest;
        if (shift > 0) {
            headings.forEach(h -> h.setLevel(Math.min(6, h.getLevel() + shift)));
        }
    }

    @TemplateExtension(matchName = "markdown")
    static RawString markdown(String text) {
        return new RawString(toHtml(text));
    }

    /** {@code {c.rationale.markdownBelow(3)}}: the text under an h3, its headings from h4 down. */
    @TemplateExtension(matchName = "markdownBelow")
    static RawString markdownBelow(String text, int level) {
        return new RawString(toHtml(text, level));
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
