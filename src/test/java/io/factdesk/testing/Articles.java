package io.factdesk.testing;

import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the articles and claims a test needs through the API, as the reviewer, so that each test
 * works on its own rows and never on what another test left behind.
 */
public final class Articles {

    /** The demo article as shipped, before the server normalises it. */
    public static final String DEMO_TEXT = resource("/demo/syria-2016-07-14.txt");

    /** The title the demo article is loaded with at start. */
    public static final String DEMO_TITLE = demoMeta("title");

    public static final String DEMO_PUBLISHED_AT = demoMeta("publishedAt");

    /** The five topics every new installation has. */
    public static final List<String> DEFAULT_TOPICS = List.of("Casualty figures", "Ceasefire timeline",
            "Military cooperation", "Political transition", "Other");

    private Articles() {
    }

    /** An article as the server stored it: its id and normalised body. */
    public record ImportedArticle(long id, String title, String body) {

        /** Length of the body in code points, the unit of every anchor position. */
        public int bodyLength() {
            return body.codePointCount(0, body.length());
        }

        /** Code point offset of the first occurrence of the text in the body. */
        public int offsetOf(String text) {
            return offsetOf(text, 0);
        }

        /** Code point offset of the occurrence of the text found at or after the given code point offset. */
        public int offsetOf(String text, int fromOffset) {
            int at = body.indexOf(text, body.offsetByCodePoints(0, fromOffset));
            if (at < 0) {
                throw new AssertionError("'" + text + "' does not stand in article " + id);
            }
            return body.codePointCount(0, at);
        }
    }

    /** Imports a fresh copy of the demo article under a title of its own, with no claims on it. */
    public static ImportedArticle importDemoCopy() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", DEMO_TITLE + " (test copy " + unique("") + ")");
        request.put("body", DEMO_TEXT);
        request.put("publishedAt", DEMO_PUBLISHED_AT);
        request.put("language", "en");
        return importArticle(request);
    }

    /** Imports a plain-text article. */
    public static ImportedArticle importText(String title, String body) {
        return importArticle(Map.of("title", title, "body", body));
    }

    /** Imports an article from an import request and checks that it was created. */
    public static ImportedArticle importArticle(Map<String, ?> request) {
        var json = Api.asReviewer().body(request)
                .when().post("/api/articles")
                .then().statusCode(201)
                .extract().jsonPath();
        return new ImportedArticle(json.getLong("id"), json.getString("title"), json.getString("body"));
    }

    /** Marks a claim on an article from a mark request and returns the new claim's id. */
    public static long markClaim(long articleId, Map<String, ?> request) {
        return Api.asReviewer().body(request)
                .when().post("/api/articles/{id}/claims", articleId)
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Marks a claim by its quote alone, under the given topic. */
    public static long markByQuote(long articleId, String exact, String topic) {
        return markClaim(articleId, Map.of("quote", Map.of("exact", exact), "topic", topic,
                "statement", "Statement about " + exact, "claimant", "Al Jazeera"));
    }

    /** How many articles the server holds, as its list reports. */
    public static long count() {
        return Api.asReviewer().when().get("/api/articles?size=1")
                .then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    /** The ids of the claims marked on an article, in reading order. */
    public static List<Long> claimIdsOf(long articleId) {
        return Api.asReviewer().when().get("/api/articles/{id}", articleId)
                .then().statusCode(200).body("id", equalTo((int) articleId))
                .extract().jsonPath().getList("claims.id", Long.class);
    }

    /** A short random token, to find exactly this test's rows by search. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String demoMeta(String field) {
        try {
            return new ObjectMapper().readTree(resource("/demo/syria-2016-07-14.json")).path(field).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = Articles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
