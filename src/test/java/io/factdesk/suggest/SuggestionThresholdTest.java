package io.factdesk.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Articles.ImportedArticle;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code factdesk.suggestions.threshold} set above the learned one: the API suggests fewer sentences of
 * the demo article than the engine with the shipped threshold does, each scoring at least the new one.
 */
@QuarkusTest
@TestProfile(SuggestionThresholdTest.Higher.class)
class SuggestionThresholdTest {

    static final double THRESHOLD = 0.8;

    public static class Higher implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factdesk.suggestions.threshold", String.valueOf(THRESHOLD),
                    // Tests with a profile run last: keeping the suite's data lets .ci/run verify the whole chain.
                    "quarkus.flyway.clean-at-start", "false");
        }
    }

    @Test
    void aHigherThresholdGivesFewerSuggestionsForTheDemoArticle() {
        ImportedArticle article = Articles.importDemoCopy();
        String body = Api.asReviewer().when().get("/api/articles/{id}", article.id()).then().statusCode(200)
                .extract().path("body");
        Suggester shipped = new Suggester();
        assertThat(shipped.threshold()).as("the learned threshold").isLessThan(THRESHOLD);
        int withShipped = shipped.suggest(body, "en", LocalDate.parse(Articles.DEMO_PUBLISHED_AT), List.of()).size();

        JsonPath json = Api.asReviewer().when().get("/api/articles/{id}/suggestions", article.id()).then()
                .statusCode(200).extract().jsonPath();
        List<Float> scores = json.getList("items.score", Float.class);
        assertThat(scores).as("some sentences still pass").isNotEmpty();
        assertThat(scores.size()).as("fewer than the %d with the shipped threshold", withShipped)
                .isLessThan(withShipped);
        assertThat(scores).allSatisfy(s -> assertThat(s.doubleValue()).isGreaterThanOrEqualTo(THRESHOLD));
    }
}
