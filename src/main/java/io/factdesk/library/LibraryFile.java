package io.factdesk.library;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factdesk.system.Limits;
import io.factdesk.system.Problem;
import io.factdesk.system.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a file of published fact-checks, whatever its shape, into reviews and the elements it skipped
 * (docs/matching.md, "Fact-check library"). A plain class: no database, no Quarkus.
 * <p>
 * The shape is told from the content: an HTML page (its {@code <script type="application/ld+json">}
 * blocks), a Google Fact Check Tools {@code claims:search} answer ({@code claims[].claimReview[]}), a
 * ClaimReview DataFeed ({@code dataFeedElement[].item[]}), a {@code @graph}, an array of ClaimReviews or
 * one. A malformed element is skipped with the reason, named by its path in the file; the others are
 * read. A file with nothing to import is refused: 422, the reason in the detail and on the field
 * {@code file}.
 */
public final class LibraryFile {

    /** The shapes a file may have, as the import's answer names them. */
    public enum Format {
        CLAIM_REVIEW("claimreview"), CLAIM_REVIEW_PAGE("claimreview-page"), FACT_CHECK_TOOLS("factchecktools"),
        DATA_FEED("datafeed");

        public final String id;

        Format(String id) {
            this.id = id;
        }
    }

    /** What a file holds: the reviews in file order, and the elements skipped with the reason. */
    public record Contents(Format format, List<LibraryReview> reviews, List<Skipped> skipped) {
    }

    /** An element not imported: where it is in the file ({@code dataFeedElement[2].item[0]}) and why. */
    public record Skipped(String path, String reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final List<LibraryReview> reviews = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    /** The field a refusal names ({@code file}, {@code content}), or null for a request's whole body. */
    private final String field;

    private LibraryFile(String field) {
        this.field = field;
    }

    /** Reads the file; 422 when it holds nothing to import, saying why on the field {@code file}. */
    public static Contents read(String content) {
        return read(content, "file");
    }

    /** Reads the file; 422 when it holds nothing to import, saying why on {@code field} (null: on none). */
    public static Contents read(String content, String field) {
        LibraryFile file = new LibraryFile(field);
        String text = content == null ? "" : content.strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            throw file.nothing("The file is empty.");
        }
        Format format;
        if (text.startsWith("<")) {
            format = Format.CLAIM_REVIEW_PAGE;
            file.readPage(text);
        } else {
            format = file.readJson(file.parse(text), "");
        }
        return file.contents(format);
    }

    private Contents contents(Format format) {
        if (reviews.size() + skipped.size() > Limits.LIBRARY_ENTRIES) {
            throw nothing("A file may hold at most " + Limits.LIBRARY_ENTRIES + " reviews; this one holds "
                    + (reviews.size() + skipped.size()) + ". Split it into smaller files.");
        }
        if (reviews.isEmpty()) {
            if (skipped.isEmpty()) {
                throw nothing("The file holds no reviews.");
            }
            throw new ProblemException(422, "nothing-to-import", "Nothing to import",
                    "Nothing to import: every element of the file was skipped (" + skipped.get(0).path() + ": "
                            + skipped.get(0).reason() + (skipped.size() > 1 ? "; and " + (skipped.size() - 1)
                                    + " more" : "") + ").",
                    field == null ? null : List.of(new Problem.FieldError(field, "Every element of the file was skipped.")),
                    Map.of("skipped", skipped));
        }
        return new Contents(format, List.copyOf(reviews), List.copyOf(skipped));
    }

    private JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw nothing("The file is not valid JSON: it breaks off or goes wrong at line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ".");
        } catch (JsonProcessingException e) {
            throw nothing("The file is not valid JSON.");
        }
    }

    private void readPage(String html) {
        Document page = Jsoup.parse(html);
        List<Element> scripts = page.select("script").stream()
                .filter(s -> s.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json"))
                .toList();
        if (scripts.isEmpty()) {
            throw nothing("The page holds no JSON-LD: it has no <script type=\"application/ld+json\">.");
        }
        List<String> passedOver = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            String path = "script[" + i + "]";
            JsonNode node;
            try {
                node = JSON.readTree(scripts.get(i).data());
            } catch (JsonProcessingException e) {
                skipped.add(new Skipped(path, "not valid JSON"));
                continue;
            }
            if (node == null || node.isMissingNode()) {
                skipped.add(new Skipped(path, "empty"));
                continue;
            }
            try {
                readJson(node, path);
            } catch (ProblemException e) {
                // A page's other JSON-LD (its WebSite, its Organization) is not a review: passed over.
                passedOver.add(path + ": " + e.getMessage());
            }
        }
        if (reviews.isEmpty() && skipped.isEmpty()) {
            throw nothing("The page's JSON-LD holds no ClaimReview (" + String.join("; ", passedOver) + ")");
        }
    }

    /** Reads one JSON document (a file, or one script of a page) at {@code prefix}; its shape. */
    private Format readJson(JsonNode node, String prefix) {
        if (node.isArray()) {
            if (node.isEmpty()) {
                throw nothing("The file is an empty array: it holds no reviews.");
            }
            for (int i = 0; i < node.size(); i++) {
                readClaimReview(node.get(i), prefix + "[" + i + "]");
            }
            return Format.CLAIM_REVIEW;
        }
        if (!node.isObject()) {
            throw nothing("The file is JSON but not an object or an array of ClaimReviews.");
        }
        if (node.get("claims") != null && node.get("claims").isArray()) {
            readFactCheckTools(node, prefix);
            return Format.FACT_CHECK_TOOLS;
        }
        if (isType(node, "DataFeed") || node.has("dataFeedElement")) {
            readDataFeed(node, prefix);
            return Format.DATA_FEED;
        }
        if (node.has("@graph")) {
            readGraph(node.get("@graph"), member(prefix, "@graph"));
            return Format.CLAIM_REVIEW;
        }
        if (isType(node, "ClaimReview")) {
            readClaimReview(node, prefix.isEmpty() ? "$" : prefix);
            return Format.CLAIM_REVIEW;
        }
        String type = typeName(node);
        throw nothing(type == null
                ? "The file is JSON but neither schema.org ClaimReview JSON-LD, a ClaimReview DataFeed nor a Fact"
                        + " Check Tools claims:search answer: it has no @type, @graph, dataFeedElement or claims."
                : "The file holds a schema.org " + type + ", not a ClaimReview: nothing to import.");
    }

    /** A graph describes a whole page: nodes that are not ClaimReviews (the site, the publisher) are passed over. */
    private void readGraph(JsonNode graph, String path) {
        if (graph == null || !graph.isArray()) {
            throw nothing(path + " is not an array.");
        }
        Set<String> others = new LinkedHashSet<>();
        int found = 0;
        for (int i = 0; i < graph.size(); i++) {
            JsonNode node = graph.get(i);
            if (isType(node, "ClaimReview")) {
                found++;
                readClaimReview(node, path + "[" + i + "]");
            } else {
                String type = typeName(node);
                others.add(type == null ? "a node without @type" : type);
            }
        }
        if (found == 0) {
            throw nothing("The @graph holds no ClaimReview" + (others.isEmpty() ? "." : " (only "
                    + String.join(", ", others) + ")."));
        }
    }

    private void readDataFeed(JsonNode feed, String prefix) {
        String elementsPath = member(prefix, "dataFeedElement");
        JsonNode elements = feed.get("dataFeedElement");
        if (elements == null || !elements.isArray()) {
            throw nothing("The DataFeed has no dataFeedElement array.");
        }
        if (elements.isEmpty()) {
            throw nothing("The DataFeed's dataFeedElement is empty: it holds no reviews.");
        }
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            String path = elementsPath + "[" + i + "]";
            if (element == null || !element.isObject()) {
                skipped.add(new Skipped(path, "not an object"));
                continue;
            }
            JsonNode item = element.get("item");
            if (item == null) {
                if (isType(element, "ClaimReview")) {
                    readClaimReview(element, path);
                } else {
                    skipped.add(new Skipped(path, "missing item"));
                }
            } else if (item.isArray()) {
                if (item.isEmpty()) {
                    skipped.add(new Skipped(path + ".item", "empty"));
                }
                for (int j = 0; j < item.size(); j++) {
                    readClaimReview(item.get(j), path + ".item[" + j + "]");
                }
            } else {
                readClaimReview(item, path + ".item");
            }
        }
    }

    private void readFactCheckTools(JsonNode answer, String prefix) {
        JsonNode claims = answer.get("claims");
        String claimsPath = member(prefix, "claims");
        if (claims.isEmpty()) {
            throw nothing("The Fact Check Tools answer's claims are empty: it holds no reviews.");
        }
        for (int i = 0; i < claims.size(); i++) {
            JsonNode claim = claims.get(i);
            String path = claimsPath + "[" + i + "]";
            if (claim == null || !claim.isObject()) {
                skipped.add(new Skipped(path, "not an object"));
                continue;
            }
            JsonNode reviewsOfClaim = claim.get("claimReview");
            if (reviewsOfClaim == null || !reviewsOfClaim.isArray() || reviewsOfClaim.isEmpty()) {
                skipped.add(new Skipped(path, "missing claimReview"));
                continue;
            }
            for (int j = 0; j < reviewsOfClaim.size(); j++) {
                String reviewPath = path + ".claimReview[" + j + "]";
                try {
                    reviews.add(LibraryReview.ofFactCheckTools(claim, reviewsOfClaim.get(j), reviewPath));
                } catch (LibraryReview.Malformed e) {
                    skipped.add(new Skipped(reviewPath, e.getMessage()));
                }
            }
        }
    }

    private void readClaimReview(JsonNode node, String path) {
        try {
            reviews.add(LibraryReview.ofClaimReview(node, path));
        } catch (LibraryReview.Malformed e) {
            skipped.add(new Skipped(path, e.getMessage()));
        }
    }

    private static String member(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** True when {@code @type} names the type, alone or in a list, with or without the schema.org prefix. */
    static boolean isType(JsonNode node, String type) {
        if (node == null || !node.isObject()) {
            return false;
        }
        JsonNode t = node.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (type.equals(shortType(each.asText()))) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(shortType(t.asText()));
    }

    /** The node's type as a reason names it ({@code NewsArticle}), or null when it has none. */
    static String typeName(JsonNode node) {
        if (node == null || !node.isObject() || node.get("@type") == null) {
            return null;
        }
        JsonNode t = node.get("@type");
        if (t.isArray()) {
            List<String> names = new ArrayList<>();
            t.forEach(each -> names.add(shortType(each.asText())));
            return String.join(", ", names);
        }
        return shortType(t.asText());
    }

    private static String shortType(String type) {
        String t = type.strip();
        for (String prefix : List.of("https://schema.org/", "http://schema.org/", "schema:")) {
            if (t.startsWith(prefix)) {
                return t.substring(prefix.length());
            }
        }
        return t;
    }

    static ObjectNode copy(JsonNode node) {
        return node.deepCopy();
    }

    private ProblemException nothing(String why) {
        return new ProblemException(422, "nothing-to-import", "Nothing to import", why,
                field == null ? null : List.of(new Problem.FieldError(field, why)), null);
    }
}
