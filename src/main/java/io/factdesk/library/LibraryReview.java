package io.factdesk.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factdesk.system.Limits;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * One review as a file states it, read and checked, ready to be stored: where it was in the file, the
 * claim, who reviewed it and the verdict, and the element itself as compact JSON.
 *
 * @param ratingValue the rating from 0 (worst) to 1 (best) where the review gives its best and worst
 *                    rating, else null
 */
public record LibraryReview(String path, String claimText, String claimant, LocalDate claimDate,
        String reviewerName, String reviewerSite, String url, String title, LocalDate reviewDate, String ratingText,
        Double ratingValue, String language, String rawJson) {

    /** Why an element cannot be imported; its message is the reason the import lists. */
    static final class Malformed extends Exception {
        Malformed(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A schema.org ClaimReview (JSON-LD), alone, in an array, a {@code @graph}, a page or a DataFeed. */
    static LibraryReview ofClaimReview(JsonNode node, String path) throws Malformed {
        if (node == null || !node.isObject()) {
            throw new Malformed("not an object");
        }
        if (!LibraryFile.isType(node, "ClaimReview")) {
            String type = LibraryFile.typeName(node);
            throw new Malformed(type == null ? "missing @type (ClaimReview)" : "@type is " + type
                    + ", not ClaimReview");
        }
        String claim = claimText(node, "claimReviewed");
        String url = url(node.get("url"), "url");
        JsonNode item = node.get("itemReviewed");
        String claimant = null;
        LocalDate claimDate = null;
        if (item != null && item.isObject()) {
            claimant = name(item.get("author"), "itemReviewed.author.name", Limits.CLAIMANT);
            claimDate = date(item.has("datePublished") ? item.get("datePublished") : item.get("dateCreated"));
        }
        JsonNode reviewer = node.has("author") ? node.get("author") : node.get("publisher");
        String reviewerName = name(reviewer, "author.name", Limits.PUBLISHER_OR_AUTHOR);
        String reviewerSite = text(first(reviewer) == null ? null : first(reviewer).get("url"), "author.url",
                Limits.URL);
        String title = text(node.has("name") ? node.get("name") : node.get("headline"), "name", Limits.TITLE);
        LocalDate reviewDate = date(node.get("datePublished"));
        String ratingText = null;
        Double ratingValue = null;
        JsonNode rating = node.get("reviewRating");
        if (rating != null && rating.isObject()) {
            ratingText = text(rating.has("alternateName") ? rating.get("alternateName") : rating.get("name"),
                    "reviewRating.alternateName", Limits.LIBRARY_RATING);
            ratingValue = normalised(rating);
        }
        if (ratingText == null && ratingValue == null) {
            throw new Malformed("missing reviewRating (neither alternateName nor ratingValue)");
        }
        String language = language(node.get("inLanguage"));
        return new LibraryReview(path, claim, claimant, claimDate, reviewerName, reviewerSite, url, title,
                reviewDate, ratingText, ratingValue, language, node.toString());
    }

    /**
     * One {@code claimReview} of a claim in a Google Fact Check Tools {@code claims:search} answer: the
     * claim's text, claimant and date, the review's publisher, URL, title, date and textual rating (the
     * answer has no numbers). Its raw JSON is the claim with this one review as {@code claimReview}.
     */
    static LibraryReview ofFactCheckTools(JsonNode claim, JsonNode review, String path) throws Malformed {
        if (review == null || !review.isObject()) {
            throw new Malformed("not an object");
        }
        String text = claimText(claim, "text");
        String url = url(review.get("url"), "url");
        String claimant = text(claim.get("claimant"), "claimant", Limits.CLAIMANT);
        LocalDate claimDate = date(claim.get("claimDate"));
        JsonNode publisher = review.get("publisher");
        String reviewerName = publisher == null ? null
                : text(publisher.get("name"), "publisher.name", Limits.PUBLISHER_OR_AUTHOR);
        String reviewerSite = publisher == null ? null : text(publisher.get("site"), "publisher.site", Limits.URL);
        String ratingText = text(review.get("textualRating"), "textualRating", Limits.LIBRARY_RATING);
        if (ratingText == null) {
            throw new Malformed("missing textualRating");
        }
        ObjectNode raw = LibraryFile.copy(claim);
        raw.set("claimReview", review);
        return new LibraryReview(path, text, claimant, claimDate, reviewerName, reviewerSite, url,
                text(review.get("title"), "title", Limits.TITLE), date(review.get("reviewDate")), ratingText, null,
                language(review.get("languageCode")), raw.toString());
    }

    private static String claimText(JsonNode node, String field) throws Malformed {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new Malformed("missing " + field);
        }
        if (!value.isTextual()) {
            throw new Malformed(field + " is not text");
        }
        if (value.asText().isBlank()) {
            throw new Malformed("missing " + field + " (blank text)");
        }
        return checkedLength(value.asText().strip(), field, Limits.LIBRARY_CLAIM);
    }

    private static String url(JsonNode value, String field) throws Malformed {
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            throw new Malformed("missing " + field);
        }
        String url = value.asText().strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!value.isTextual() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new Malformed(field + " is not an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new Malformed(field + " is not an absolute http(s) URL");
        }
        return checkedLength(url, field, Limits.URL);
    }

    /** Optional text: null when absent or blank; longer than the limit is a reason to skip. */
    private static String text(JsonNode value, String field, int limit) throws Malformed {
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : checkedLength(text, field, limit);
    }

    private static String checkedLength(String text, String field, int limit) throws Malformed {
        if (text.indexOf('\u0000') >= 0) {
            throw new Malformed(field + " contains the character U+0000");
        }
        if (text.codePointCount(0, text.length()) > limit) {
            throw new Malformed(field + " is longer than " + limit + " characters");
        }
        return text;
    }

    /** A person or organisation given as a name, an object with a name, or a list of them (the first). */
    private static String name(JsonNode who, String field, int limit) throws Malformed {
        JsonNode one = first(who);
        if (one == null) {
            return null;
        }
        return one.isObject() ? text(one.get("name"), field, limit) : text(one, field, limit);
    }

    private static JsonNode first(JsonNode node) {
        if (node != null && node.isArray()) {
            return node.isEmpty() ? null : node.get(0);
        }
        return node;
    }

    /** The day of an ISO date or date-time ({@code 2025-04-14}, {@code 2025-04-14T00:00:00Z}); else null. */
    static LocalDate date(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        String text = value.asText().strip();
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String language(JsonNode value) throws Malformed {
        if (value != null && value.isObject()) {
            value = value.has("alternateName") ? value.get("alternateName") : value.get("name");
        }
        return text(value, "inLanguage", Limits.LANGUAGE);
    }

    /**
     * {@code (ratingValue - worstRating) / (bestRating - worstRating)}, where all three are given; null when
     * best or worst is missing. Numbers may be written as strings ({@code "2"}); anything else is a reason.
     */
    static Double normalised(JsonNode rating) throws Malformed {
        BigDecimal value = number(rating.get("ratingValue"), "reviewRating.ratingValue");
        BigDecimal best = number(rating.get("bestRating"), "reviewRating.bestRating");
        BigDecimal worst = number(rating.get("worstRating"), "reviewRating.worstRating");
        if (value == null || best == null || worst == null) {
            return null;
        }
        if (best.compareTo(worst) == 0) {
            throw new Malformed("reviewRating.bestRating equals worstRating (" + plain(best) + ")");
        }
        BigDecimal low = best.min(worst);
        BigDecimal high = best.max(worst);
        if (value.compareTo(low) < 0 || value.compareTo(high) > 0) {
            throw new Malformed("reviewRating.ratingValue " + plain(value) + " is outside worstRating "
                    + plain(worst) + " to bestRating " + plain(best));
        }
        return value.subtract(worst).doubleValue() / best.subtract(worst).doubleValue();
    }

    private static BigDecimal number(JsonNode value, String field) throws Malformed {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            String text = value.asText().strip();
            if (text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                return new BigDecimal(text);
            }
        }
        String shown = value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
        throw new Malformed(field + " is not a number (" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
                + ")");
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
