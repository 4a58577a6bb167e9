package io.factdesk.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Articles.ImportedArticle;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The topic proposed for a suggested sentence follows the keywords editors keep on topics, at once:
 * the engine's suggestions are kept per article body, the proposal is not.
 */
@QuarkusTest
class TopicKeywordsSuggestionTest {

    @Test
    void aSuggestionIsProposedUnderTheTopicWhoseKeywordsItHoldsAsTheyAreNow() {
        // A word no other test uses, so that no other article's proposals change.
        String crop = invented();
        String sentence = "The ministry said " + crop + " output fell by 18% in 2023 to 4.2 million tonnes,"
                + " the lowest since 2003.";
        ImportedArticle article = Articles.importArticle(Map.of("title", Articles.unique("Crops "),
                "body", "Farm figures\n\n" + sentence, "publishedAt", "2024-03-01", "language", "en"));
        Map<String, Object> before = suggestion(article.id(), sentence);
        assertThat(before.get("topic")).as("no topic's keywords are in the sentence").isNull();
        assertThat(reasons(before)).noneMatch(r -> r.startsWith("topic"));

        String name = Articles.unique("Crops ");
        var topic = Api.asEditor().body(Map.of("name", name, "keywords", List.of("barley", crop)))
                .post("/api/topics").then().statusCode(201).extract().jsonPath();
        long id = topic.getLong("id");
        Map<String, Object> proposed = suggestion(article.id(), sentence);
        assertThat(proposed.get("topic")).isEqualTo(name);
        assertThat(reasons(proposed)).contains("topic: " + name + " (keywords: " + crop + ")");

        // Keywords edited: the same (kept) suggestion is no longer proposed under the topic.
        int version = Api.asEditor().body(Map.of("keywords", List.of("barley"), "version", topic.getLong("version")))
                .patch("/api/topics/" + id).then().statusCode(200).extract().path("version");
        Map<String, Object> edited = suggestion(article.id(), sentence);
        assertThat(edited.get("topic")).isNull();
        assertThat(reasons(edited)).noneMatch(r -> r.startsWith("topic"));

        // Given back, then retired: a retired topic is never proposed.
        version = Api.asEditor().body(Map.of("keywords", List.of(crop.toUpperCase()), "version", version))
                .patch("/api/topics/" + id).then().statusCode(200).extract().path("version");
        assertThat(suggestion(article.id(), sentence).get("topic")).isEqualTo(name);
        Api.asEditor().body(Map.of("retired", true, "version", version)).patch("/api/topics/" + id)
                .then().statusCode(200);
        assertThat(suggestion(article.id(), sentence).get("topic")).isNull();
    }

    @Test
    void theDemoCasualtySentenceIsProposedUnderCasualtyFiguresByTheSeededKeywords() {
        ImportedArticle article = Articles.importDemoCopy();
        Map<String, Object> casualties = suggestion(article.id(), SuggestionApiTest.CASUALTIES);
        assertThat(casualties.get("topic")).isEqualTo("Casualty figures");
        assertThat(reasons(casualties)).last().isEqualTo("topic: Casualty figures (keywords: killing, displac)");
    }

    private static Map<String, Object> suggestion(long articleId, String sentence) {
        List<Map<String, Object>> items = Api.asReviewer().get("/api/articles/{id}/suggestions", articleId).then()
                .statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> sentence.equals(i.get("exact"))).findFirst()
                .orElseThrow(() -> new AssertionError("not suggested: " + sentence + " in " + items));
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasons(Map<String, Object> suggestion) {
        return (List<String>) suggestion.get("reasons");
    }

    private static String invented() {
        StringBuilder word = new StringBuilder("qorv");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
