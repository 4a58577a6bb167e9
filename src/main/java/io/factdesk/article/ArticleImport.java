package io.factdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the readable text of an HTML page: the article (or main) element when there is one,
 * block elements as paragraphs (headings included), list items as lines, {@code <br>} as a line break,
 * and nothing of scripts, styles, navigation, forms, or blocks whose class or id says they are related
 * links, sharing buttons, ads, newsletters, comments or cookie banners. The result still goes through
 * {@link TextNormalizer}. For a fetched page ({@link #fromPage}) the main text is looked for harder and
 * the page's own metadata is read (docs/articles.md, "Import by URL").
 */
public final class ArticleImport {

    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, object, embed, svg, canvas, button, select, textarea, dialog";

    /** A word of a class or id that marks a block as not the article's text. */
    private static final Pattern NOISE = Pattern.compile("(?:^|[-_\\s])(related|share|sharing|social|ad|ads|advert"
            + "|adverts|advertisement|advertising|promo|promotion|newsletter|comment|comments|cookie|cookies"
            + "|subscribe|subscription)(?=$|[-_\\s])", Pattern.CASE_INSENSITIVE);

    private static final Set<String> KEPT_WHATEVER_THEIR_CLASS = Set.of("html", "body", "main", "article");

    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleImport() {
    }

    public record Extracted(String title, String text) {
    }

    /** What a page says of itself, each value null where it says nothing. */
    public record PageMetadata(String title, String author, String publisher, LocalDate publishedAt,
            LocalDate modifiedAt, String language, String canonicalUrl) {
    }

    /** A fetched page: its main text, and its metadata. */
    public record Page(String text, PageMetadata metadata) {
    }

    /** Pasted HTML or an uploaded file: the article or main element, else the whole body. */
    public static Extracted fromHtml(String html) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        String title = doc.title();
        Element h1 = doc.selectFirst("h1");
        if ((title == null || title.isBlank()) && h1 != null) {
            title = h1.text();
        }
        clean(doc);
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        return new Extracted(title == null ? "" : title.strip(), text(root));
    }

    /**
     * A fetched page: metadata first (from the untouched page), then the main text: the {@code article}
     * element (the one with most paragraph text when there are several), else {@code [itemprop=articleBody]},
     * else {@code main}, else the element that holds the most paragraph text.
     */
    public static Page fromPage(Document doc) {
        PageMetadata metadata = metadata(doc);
        clean(doc);
        Element root = richest(doc.select("article"));
        if (root == null) {
            root = doc.selectFirst("[itemprop=articleBody]");
        }
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = richest(doc.body().select("*"));
        }
        if (root == null) {
            root = doc.body();
        }
        return new Page(text(root), metadata);
    }

    private static void clean(Document doc) {
        doc.select(DROPPED).remove();
        for (Element el : doc.select("[class], [id]")) {
            if (!KEPT_WHATEVER_THEIR_CLASS.contains(el.normalName())
                    && (NOISE.matcher(el.className()).find() || NOISE.matcher(el.id()).find())) {
                el.remove();
            }
        }
    }

    /** Of these elements, the one whose own paragraphs hold the most text; null when none holds any. */
    private static Element richest(List<Element> candidates) {
        Element best = null;
        long bestScore = 0;
        for (Element el : candidates) {
            long score = 0;
            for (Element child : el.children()) {
                if (child.normalName().equals("p")) {
                    score += child.text().length();
                }
            }
            if (el.normalName().equals("article")) {
                score = Math.max(score, el.select("p").text().length());
            }
            if (score > bestScore) {
                best = el;
                bestScore = score;
            }
        }
        return best;
    }

    private static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element el) {
                    if (el.normalName().equals("br") || isLine(el)) {
                        out.append('\n');
                    } else if (isBlock(el)) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                // A list item's line ends where the next begins (or its list ends): one break, not two.
                if (node instanceof Element el && isBlock(el)) {
                    out.append("\n\n");
                }
            }
        }, root);
        return TextNormalizer.normalize(out.toString());
    }

    /** A list item is a line of its list; the list is one paragraph. */
    private static boolean isLine(Element el) {
        return el.normalName().equals("li");
    }

    private static boolean isBlock(Element el) {
        return switch (el.normalName().toLowerCase(Locale.ROOT)) {
            case "p", "div", "section", "article", "main", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
                    "ul", "ol", "dl", "dt", "dd", "pre", "table", "tr", "figure", "figcaption", "hr",
                    "address" -> true;
            default -> false;
        };
    }

    // Metadata: <meta> and <link> first where the page states them for sharing, JSON-LD beside them.

    static PageMetadata metadata(Document doc) {
        List<JsonNode> articles = jsonLdArticles(doc);
        String title = first(meta(doc, "og:title"), ld(articles, "headline"), doc.title(),
                textOf(doc.selectFirst("h1")));
        String author = first(meta(doc, "author"), notAddress(meta(doc, "article:author")),
                ldNames(articles, "author"));
        String publisher = first(meta(doc, "og:site_name"), ldName(articles, "publisher"));
        LocalDate published = day(first(meta(doc, "article:published_time"), ld(articles, "datePublished")));
        LocalDate modified = day(first(meta(doc, "article:modified_time"), ld(articles, "dateModified")));
        String language = first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                locale(meta(doc, "og:locale")));
        Element canonical = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String canonicalUrl = first(canonical == null ? null : canonical.absUrl("href"), meta(doc, "og:url"));
        return new PageMetadata(title, author, publisher, published, modified, language, canonicalUrl);
    }

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))) {
                String v = m.attr("content").strip();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip().replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    private static String textOf(Element el) {
        return el == null ? null : el.text();
    }

    private static String notAddress(String value) {
        return value == null || value.matches("(?i)^https?://.*") ? null : value;
    }

    /** og:locale is written en_GB; a language tag is en-GB. */
    private static String locale(String value) {
        return value == null ? null : value.replace('_', '-');
    }

    private static LocalDate day(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(value.strip());
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The JSON-LD objects of type Article or NewsArticle (or a kind of them), also inside a {@code @graph}. */
    private static List<JsonNode> jsonLdArticles(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), found, 0);
            } catch (Exception e) {
                // A page's broken JSON-LD is skipped: the other metadata still counts.
            }
        }
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, found, depth + 1));
        } else if (node.isObject()) {
            if (isArticle(node.get("@type"))) {
                found.add(node);
            }
            collect(node.get("@graph"), found, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText();
        return t.equals("Article") || t.endsWith("NewsArticle") || t.equals("BlogPosting")
                || t.equals("ReportageNewsArticle");
    }

    private static String ld(List<JsonNode> articles, String field) {
        for (JsonNode a : articles) {
            JsonNode v = a.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    private static String ldName(List<JsonNode> articles, String field) {
        for (JsonNode a : articles) {
            String name = name(a.get(field));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** One name or several, joined with commas: {@code "author": [{"name": "A"}, {"name": "B"}]}. */
    private static String ldNames(List<JsonNode> articles, String field) {
        for (JsonNode a : articles) {
            JsonNode v = a.get(field);
            Set<String> names = new LinkedHashSet<>();
            if (v != null && v.isArray()) {
                v.forEach(n -> {
                    String name = name(n);
                    if (name != null) {
                        names.add(name);
                    }
                });
            } else {
                String name = name(v);
                if (name != null) {
                    names.add(name);
                }
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }

    private static String name(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText().isBlank() ? null : v.asText().strip();
        }
        if (v.isObject() && v.get("name") != null && v.get("name").isTextual() && !v.get("name").asText().isBlank()) {
            return v.get("name").asText().strip();
        }
        if (v.isArray() && !v.isEmpty()) {
            return name(v.get(0));
        }
        return null;
    }
}
