package io.factdesk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;

/**
 * schema.org ClaimReview JSON-LD, one per published claim of a report (docs/reports.md, "ClaimReview"):
 * what Google Fact Check Explorer and other aggregators read. Fields without a value are left out
 * rather than sent empty.
 */
public final class ClaimReviews {

    private ClaimReviews() {
    }

    /** The ClaimReview of every published claim of the report, in the report's order. */
    public static ArrayNode of(Report report, ObjectMapper json) {
        ArrayNode reviews = json.createArrayNode();
        for (Report.ReportClaim claim : report.claims()) {
            if (claim.publicUrl() != null && claim.verdict() != null) {
                reviews.add(of(report, claim, json));
            }
        }
        return reviews;
    }

    /** The ClaimReview of one published claim. */
    public static ObjectNode of(Report report, Report.ReportClaim claim, ObjectMapper json) {
        ObjectNode review = json.createObjectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", claim.publicUrl());
        if (claim.publishedAt() != null) {
            review.put("datePublished", claim.publishedAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
        }
        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", report.organisation().name());
        putIfPresent(author, "url", report.organisation().url());
        review.put("claimReviewed", claim.statement() != null ? claim.statement() : claim.quote().exact());

        Report.Verdict verdict = claim.verdict();
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("alternateName", verdict.label());
        if (verdict.rating() != null) {
            rating.put("ratingValue", verdict.rating());
            rating.put("bestRating", verdict.bestRating());
            rating.put("worstRating", verdict.worstRating());
        }

        ObjectNode item = review.putObject("itemReviewed");
        item.put("@type", "Claim");
        if (claim.claimant() != null) {
            ObjectNode claimant = item.putObject("author");
            claimant.put("@type", claim.claimantType() != null ? claim.claimantType() : "Person");
            claimant.put("name", claim.claimant());
        }
        if (claim.claimDate() != null) {
            item.put("datePublished", claim.claimDate().toString());
        }
        Report.ArticleInfo article = report.articles().stream().filter(a -> a.id() == claim.articleId()).findFirst()
                .orElse(null);
        if (article != null) {
            ObjectNode appearance = item.putObject("appearance");
            appearance.put("@type", "CreativeWork");
            putIfPresent(appearance, "url", article.url());
            appearance.put("headline", article.title());
            if (article.publishedAt() != null) {
                appearance.put("datePublished", article.publishedAt().toString());
            }
            if (article.publisher() != null) {
                ObjectNode publisher = appearance.putObject("publisher");
                publisher.put("@type", "Organization");
                publisher.put("name", article.publisher());
            }
        }
        if (claim.firstAppearance() != null) {
            ObjectNode first = item.putObject("firstAppearance");
            first.put("@type", "CreativeWork");
            first.put("url", claim.firstAppearance());
        }
        return review;
    }

    /** Pretty JSON for a download. */
    public static String toJson(JsonNode node, ObjectMapper json) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * JSON that can stand inside {@code <script type="application/ld+json">}: {@code <}, {@code >},
     * {@code &} and the JavaScript line separators are written as \\u escapes, so no text of a claim
     * can close the element ({@code </script>}) or open a comment; the JSON means the same.
     */
    public static String forScript(JsonNode node, ObjectMapper json) {
        try {
            return json.writer(new HtmlSafe()).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    private static final class HtmlSafe extends CharacterEscapes {

        private final int[] escapes;

        HtmlSafe() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
            escapes['\''] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028) {
                return new SerializedString("\\u2028");
            }
            if (ch == 0x2029) {
                return new SerializedString("\\u2029");
            }
            return null;
        }
    }
}
