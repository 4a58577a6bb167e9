package io.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.system.ChainHead;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Fact-check library entries among the matches (docs/matching.md, "Index" and "Matches and guards"): an entry
 * imported through the API is found by a paraphrase as kind "library", guarded like a claim, changed by a
 * re-import, and seen by another instance's index from the history alone. Run on PostgreSQL too.
 */
@QuarkusTest
class MatchLibraryTest {

    @Inject
    MatchingConfig config;

    @Inject
    ClaimDocuments documents;

    @Inject
    ChainHead head;

    /** One ClaimReview of this test's own, at a URL of its own, reviewing a claim about {@code town}. */
    private static String review(String url, String town, String rating) {
        return """
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": "%s",
                 "claimReviewed": "The transport minister says 1,240 electric buses entered service in %s during 2024.",
                 "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Iver Lunde"},
                                  "datePublished": "2025-01-30"},
                 "author": {"@type": "Organization", "name": "Harbour Fact Desk",
                            "url": "https://harbourfactdesk.example.org"},
                 "datePublished": "2025-02-12",
                 "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1,
                                  "alternateName": "%s"},
                 "inLanguage": "en"}
                """.formatted(url, town, rating);
    }

    private static JsonPath importReview(String url, String town, String rating) {
        return Api.asEditor().body(review(url, town, rating)).post("/api/library/imports").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long entryId(String town) {
        JsonPath page = Api.asReviewer().queryParam("q", town).get("/api/library").then().statusCode(200).extract()
                .jsonPath();
        assertThat(page.getInt("total")).isEqualTo(1);
        return page.getLong("items[0].id");
    }

    private static JsonPath matchText(String text) {
        return Api.asReviewer().body(Map.of("text", text)).when().post("/api/matches").then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> libraryItem(JsonPath answer, long id) {
        List<Map<String, Object>> items = answer.getList("items");
        return items.stream().filter(i -> "library".equals(i.get("kind")) && ((Number) i.get("id")).longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError("library entry " + id + " not among " + items));
    }

    @Test
    void anImportedReviewIsFoundByAParaphraseWithItsVerdictAndReviewer() {
        String town = Articles.unique("Zorbaport");
        String url = "https://harbourfactdesk.example.org/checks/" + town.toLowerCase() + "-buses";
        importReview(url, town, "Mostly false");
        long id = entryId(town);

        Map<String, Object> found = libraryItem(matchText(
                "In 2024, 1240 electric buses entered service in " + town + ", the transport minister said."), id);
        assertThat(found).containsEntry("verdict", "Mostly false").containsEntry("url", url)
                .containsEntry("where", "Harbour Fact Desk — https://harbourfactdesk.example.org")
                .containsEntry("claimant", "Iver Lunde").containsEntry("publishedAt", "2025-02-12T00:00:00Z")
                .containsEntry("state", null).containsEntry("articleId", null).containsEntry("overlap", false)
                .containsEntry("differences", List.of());
        assertThat((String) found.get("statement")).startsWith("The transport minister says 1,240 electric buses");

        // asked about a claim of the desk, the library's review of it is among its matches too
        long article = Articles.importText(Articles.unique("Buses "),
                "The minister said 1,240 electric buses entered service in " + town + " during 2024.").id();
        long claim = Articles.markClaim(article, Map.of("quote", Map.of("exact", "1,240 electric buses"), "topic",
                "Other", "statement", "1,240 electric buses entered service in " + town + " during 2024."));
        JsonPath ofClaim = Api.asReviewer().get("/api/claims/{id}/matches", claim).then().statusCode(200).extract()
                .jsonPath();
        assertThat(libraryItem(ofClaim, id)).containsEntry("verdict", "Mostly false");
    }

    @Test
    void aReviewOfAnotherFigureIsNotTheSameClaim() {
        String town = Articles.unique("Zorbaport");
        importReview("https://harbourfactdesk.example.org/checks/" + town.toLowerCase() + "-figure", town, "False");
        long id = entryId(town);

        Map<String, Object> found = libraryItem(matchText(
                "The transport minister says 1,420 electric buses entered service in " + town + " during 2024."), id);
        assertThat(((Number) found.get("score")).doubleValue()).isGreaterThanOrEqualTo(config.sameThreshold());
        assertThat(found).containsEntry("same", false);
        assertThat((List<?>) found.get("differences")).hasSize(1).first().asString().startsWith("figure: 1,420")
                .contains("→ 1,240");
    }

    @Test
    void reImportingAReviewWithAnotherRatingChangesTheMatchsVerdict() {
        String town = Articles.unique("Zorbaport");
        String url = "https://harbourfactdesk.example.org/checks/" + town.toLowerCase() + "-again";
        importReview(url, town, "Half true");
        long id = entryId(town);
        String paraphrase = "1240 electric buses entered service in " + town + " in 2024, says the transport minister";
        assertThat(libraryItem(matchText(paraphrase), id)).containsEntry("verdict", "Half true");

        JsonPath again = importReview(url, town, "False");
        assertThat(again.getInt("updated")).isEqualTo(1);
        assertThat(entryId(town)).isEqualTo(id);
        assertThat(libraryItem(matchText(paraphrase), id)).containsEntry("verdict", "False");
    }

    private static Map<Long, String> verdictsFound(MatchIndex other, String text) throws Exception {
        try (MatchIndex.View view = other.view()) {
            Map<Long, String> out = new java.util.HashMap<>();
            for (MatchIndex.LibraryCandidate c : view.libraryCandidates(other.terms(text), 10)) {
                out.put(c.entry().id(), c.entry().ratingText());
            }
            return out;
        }
    }

    @Test
    void anotherInstancesIndexSeesImportsMadeAfterItOpened() throws Exception {
        String before = Articles.unique("Zorbaport");
        importReview("https://harbourfactdesk.example.org/checks/" + before.toLowerCase(), before, "True");
        long first = entryId(before);

        MatchIndex other = new MatchIndex(config, documents, head);
        other.open(new ByteBuffersDirectory());
        try {
            assertThat(verdictsFound(other, before + " electric buses")).containsEntry(first, "True"); // rebuilt

            String after = Articles.unique("Zorbaport");
            String url = "https://harbourfactdesk.example.org/checks/" + after.toLowerCase();
            importReview(url, after, "Mostly true");
            long second = entryId(after);
            assertThat(verdictsFound(other, after + " electric buses")).containsEntry(second, "Mostly true");
            assertThat(other.indexedSeq()).isEqualTo(head.current().seq());

            importReview(url, after, "Misleading");
            assertThat(verdictsFound(other, after + " electric buses")).containsEntry(second, "Misleading");
        } finally {
            other.close();
        }
    }
}
