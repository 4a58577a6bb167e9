package io.factdesk.article;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the readable text of an HTML page: the article (or main) element when there is one,
 * block elements as paragraphs, {@code <br>} as a line break, and nothing of scripts, styles,
 * navigation or forms. The result still goes through {@link TextNormalizer}.
 */
public final class ArticleImport {

    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, object, embed, svg, canvas, button, select, textarea";

    private ArticleImport() {
    }

    public record Extracted(String title, String text) {
    }

    public static Extracted fromHtml(String html) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        String title = doc.title();
        Element h1 = doc.selectFirst("h1");
        if ((title == null || title.isBlank()) && h1 != null) {
            title = h1.text();
        }
        doc.select(DROPPED).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element el) {
                    if (el.normalName().equals("br")) {
                        out.append('\n');
                    } else if (isBlock(el)) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && isBlock(el)) {
                    out.append("\n\n");
                }
            }
        }, root);
        return new Extracted(title == null ? "" : title.strip(), TextNormalizer.normalize(out.toString()));
    }

    private static boolean isBlock(Element el) {
        return switch (el.normalName().toLowerCase(Locale.ROOT)) {
            case "p", "div", "section", "article", "main", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
                    "li", "ul", "ol", "dl", "dt", "dd", "pre", "table", "tr", "figure", "figcaption", "hr",
                    "address" -> true;
            default -> false;
        };
    }
}
