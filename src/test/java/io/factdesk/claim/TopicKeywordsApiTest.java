package io.factdesk.claim;

import static io.factdesk.testing.Problems.invalid;
import static io.factdesk.testing.Problems.malformed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.factdesk.system.Limits;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A topic's keywords over the API: kept cleaned, shown, changed with the history, refused beyond the limits. */
@QuarkusTest
class TopicKeywordsApiTest {

    @Test
    void theDefaultTopicsShipWithKeywordsAndOtherWithNone() {
        JsonPath topics = Api.asReviewer().get("/api/topics").then().statusCode(200).extract().jsonPath();
        assertThat(topics.getList("find { it.name == 'Casualty figures' }.keywords", String.class))
                .contains("killed", "wounded", "displac");
        assertThat(topics.getList("find { it.name == 'Ceasefire timeline' }.keywords", String.class))
                .contains("ceasefire", "truce", "peace process");
        assertThat(topics.getList("find { it.name == 'Other' }.keywords", String.class)).isEmpty();
    }

    @Test
    void anEditorSetsKeywordsReadsThemBackCleanedAndTheChangeIsRecorded() {
        String name = Articles.unique("Harvests ");
        JsonPath created = Api.asEditor().body(Map.of("name", name, "keywords",
                List.of(" Drought ", "", "harvest", "DROUGHT", "crop failure", "   ")))
                .post("/api/topics").then().statusCode(201)
                .body("keywords", contains("Drought", "harvest", "crop failure")).extract().jsonPath();
        long id = created.getLong("id");

        // A change of something else keeps them; a new list replaces them.
        int version = Api.asEditor().body(Map.of("position", 40, "version", created.getLong("version")))
                .patch("/api/topics/" + id).then().statusCode(200)
                .body("keywords", contains("Drought", "harvest", "crop failure")).extract().path("version");
        version = Api.asEditor().body(Map.of("keywords", List.of("flood", "Flood", "river levels"), "version", version))
                .patch("/api/topics/" + id).then().statusCode(200)
                .body("keywords", contains("flood", "river levels")).extract().path("version");
        Api.asReviewer().get("/api/topics").then().statusCode(200)
                .body("find { it.id == " + id + " }.keywords", contains("flood", "river levels"));

        JsonPath history = Api.asEditor().queryParam("type", "TOPIC_CHANGED").queryParam("size", 200)
                .get("/api/history").then().statusCode(200).extract().jsonPath();
        Map<String, Object> change = history.getMap("items.find { it.after.name == '" + name
                + "' && it.after.keywords.contains('flood') }");
        assertThat(change).as("the keywords change in the history").isNotNull();
        assertThat((List<String>) ((Map<String, Object>) change.get("before")).get("keywords"))
                .containsExactly("Drought", "harvest", "crop failure");
        assertThat(change.get("actor")).isEqualTo("editor");

        // An empty list clears them: the topic is then never proposed by keywords.
        Api.asEditor().body(Map.of("keywords", List.of(), "version", version)).patch("/api/topics/" + id)
                .then().statusCode(200).body("keywords", empty());
    }

    @Test
    void keywordsAtTheLimitsAreKeptAndBeyondThemRefusedNamingTheField() {
        String longest = "k".repeat(Limits.TOPIC_KEYWORD);
        List<String> most = new ArrayList<>();
        for (int i = 0; i < Limits.TOPIC_KEYWORDS; i++) {
            most.add("kwlimit" + i);
        }
        Api.asEditor().body(Map.of("name", Articles.unique("At the limits "), "keywords", List.of(longest)))
                .post("/api/topics").then().statusCode(201).body("keywords", contains(longest));
        Api.asEditor().body(Map.of("name", Articles.unique("Many "), "keywords", most)).post("/api/topics")
                .then().statusCode(201).body("keywords.size()", equalTo(Limits.TOPIC_KEYWORDS));

        String name = Articles.unique("Beyond ");
        Api.asEditor().body(Map.of("name", name, "keywords", List.of("fine", longest + "k"))).post("/api/topics")
                .then().spec(invalid("keywords"))
                .body("errors[0].message", equalTo("Each keyword must be at most " + Limits.TOPIC_KEYWORD
                        + " characters; too long: '" + "k".repeat(30) + "…'."));
        List<String> tooMany = new ArrayList<>(most);
        tooMany.add("one more");
        Api.asEditor().body(Map.of("name", name, "keywords", tooMany)).post("/api/topics")
                .then().spec(invalid("keywords"))
                .body("errors[0].message", equalTo("A topic has at most " + Limits.TOPIC_KEYWORDS + " keywords, not "
                        + (Limits.TOPIC_KEYWORDS + 1) + "."));
        // Repeats and blank lines do not count against the limit.
        List<String> repeated = new ArrayList<>(most);
        repeated.addAll(List.of("KWLIMIT0", " ", ""));
        long id = Api.asEditor().body(Map.of("name", name, "keywords", repeated)).post("/api/topics")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        // A list must be a list of strings; the refused edit changes nothing.
        Api.asEditor().body(Map.of("keywords", "drought", "version", 0)).patch("/api/topics/" + id)
                .then().spec(malformed("keywords"));
        Api.asEditor().body(Map.of("keywords", List.of(12), "version", 0)).patch("/api/topics/" + id).then().statusCode(400)
                .contentType(Problems.MEDIA_TYPE);
        Api.asEditor().body(Map.of("keywords", List.of(longest + "k"), "version", 0)).patch("/api/topics/" + id)
                .then().spec(invalid("keywords"));
        Api.asReviewer().get("/api/topics").then()
                .body("find { it.id == " + id + " }.keywords.size()", equalTo(Limits.TOPIC_KEYWORDS))
                .body("find { it.id == " + id + " }.version", equalTo(0));

        // Reviewers read keywords but do not change them.
        Api.asReviewer().body(Map.of("keywords", List.of("mine"), "version", 0)).patch("/api/topics/" + id)
                .then().spec(Problems.problem(403));
        Api.asReviewer().get("/api/topics").then()
                .body("find { it.id == " + id + " }.keywords", hasItems("kwlimit0", "kwlimit99"));
    }
}
