package io.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.factdesk.system.Limits;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Matches over HTTP (docs/matching.md, docs/api.md "Matches"): what a reviewer is told, and the refusals. */
@QuarkusTest
class MatchApiTest {

    private static Map<String, Object> mark(String exact, String statement) {
        return Map.of("quote", Map.of("exact", exact), "topic", "Other", "statement", statement, "claimant",
                "The mayor");
    }

    private static JsonPath matchText(Map<String, ?> body) {
        return Api.asReviewer().body(body).when().post("/api/matches").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> item(JsonPath answer, long id) {
        List<Map<String, Object>> items = answer.getList("items");
        return items.stream().filter(i -> ((Number) i.get("id")).longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("claim " + id + " not among the matches: " + items));
    }

    @Test
    void demoClaimsAreInTheIndexFromTheStart() {
        JsonPath answer = matchText(Map.of("text",
                "The US is not conducting or coordinating military operations with Russia, says the White House"));
        assertThat(answer.getList("items.statement", String.class))
                .contains("The US is not conducting or coordinating military operations with Russia.");
        Map<String, Object> first = answer.getMap("items[0]");
        assertThat(first).containsEntry("kind", "claim").containsKey("verdict").containsKey("publishedAt")
                .containsEntry("overlap", false);
        assertThat((String) first.get("url")).isEqualTo("/claims/" + first.get("id"));
        assertThat(first.get("articleId")).isNotNull();
        assertThat((String) first.get("where")).as("the article the claim stands in").isNotBlank();
    }

    @Test
    void aClaimMarkedThroughTheApiIsFoundByAParaphraseRightAfter() {
        String town = Articles.unique("Zorbatown");
        long article = Articles.importText(Articles.unique("Bikes "),
                "The council of " + town + " approved 12 million euros for new bicycle lanes on Monday.").id();
        long claim = Articles.markClaim(article, mark("approved 12 million euros for new bicycle lanes",
                "The " + town + " council approved 12 million euros for new bicycle lanes."));

        JsonPath answer = matchText(Map.of("text", town + " council approves 12 million euros for bicycle lanes"));
        assertThat(answer.getLong("items[0].id")).isEqualTo(claim);
        Map<String, Object> found = item(answer, claim);
        assertThat(found).containsEntry("same", true).containsEntry("state", "NEW").containsEntry("differences", List.of());
        assertThat(((Number) found.get("score")).doubleValue()).isBetween(0.6, 1.0);
    }

    @Test
    void aChangedFigureNegationOrDirectionIsNeverTheSameAndIsNamed() {
        String place = Articles.unique("Zorbaland");
        String said = "Unemployment in " + place + " fell to 450,000 people last year.";
        long article = Articles.importText(Articles.unique("Jobs "), "The minister said: " + said).id();
        long claim = Articles.markClaim(article, mark(said.substring(0, said.length() - 1), said));

        assertThat(item(matchText(Map.of("text", said)), claim)).containsEntry("same", true);
        assertThat(item(matchText(Map.of("text", "Unemployment in " + place + " fell to 470,000 people last year.")),
                claim)).containsEntry("same", false).containsEntry("differences", List.of("figure: 470,000 people → 450,000 people"));
        assertThat(item(matchText(Map.of("text", "Unemployment in " + place + " did not fall to 450,000 people last year.")),
                claim)).containsEntry("same", false)
                .containsEntry("differences", List.of("negation: 'did not' in this text only"));
        assertThat(item(matchText(Map.of("text", "Unemployment in " + place + " rose to 450,000 people last year.")),
                claim)).containsEntry("same", false).containsEntry("differences", List.of("direction: rising vs falling"));
    }

    @Test
    void aClaimsMatchesLeaveItOutAndFindItsTwin() {
        String port = Articles.unique("Zorbaport");
        String body = "The harbour of " + port + " handled 3 million containers in 2023. Officials repeated that the "
                + "harbour of " + port + " handled 3 million containers in 2023.";
        long article = Articles.importText(Articles.unique("Port "), body).id();
        long first = Articles.markClaim(article, Map.of("position", Map.of("start", 0, "end", body.indexOf(" Officials")),
                "topic", "Other", "statement", "The harbour of " + port + " handled 3 million containers in 2023."));
        long twin = Articles.markClaim(article, Map.of("position", Map.of("start", body.lastIndexOf("harbour of"),
                "end", body.length()), "topic", "Other",
                "statement", "The " + port + " harbour handled 3 million containers in 2023."));

        JsonPath answer = Api.asReviewer().when().get("/api/claims/{id}/matches", first).then().statusCode(200)
                .extract().jsonPath();
        assertThat(answer.getList("items.id", Long.class)).doesNotContain(first).contains(twin);
        assertThat(item(answer, twin)).containsEntry("same", true);
    }

    @Test
    void textOverlappingAClaimOfTheSameArticleIsFlagged() {
        String body = "Ministers met on Tuesday. The new tunnel in " + Articles.unique("Zorbaburg")
                + " cost 2 billion euros, officials said.";
        long article = Articles.importText(Articles.unique("Tunnel "), body).id();
        int start = body.indexOf("The new tunnel");
        int end = body.indexOf(", officials");
        long claim = Articles.markClaim(article, Map.of("position", Map.of("start", start, "end", end), "topic",
                "Other", "statement", "The tunnel cost 2 billion euros."));

        Map<String, Object> request = new HashMap<>(Map.of("text", "cost 2 billion euros", "articleId", article,
                "start", end - 20, "end", end + 5));
        Map<String, Object> found = item(matchText(request), claim);
        assertThat(found).containsEntry("overlap", true);

        request.putAll(Map.of("start", 0, "end", 10)); // "Ministers ": before the claim, still related by its words
        assertThat(matchText(request).getList("items.findAll { it.overlap }.id", Long.class)).doesNotContain(claim);
    }

    @Test
    void badQuestionsAreRefusedNamingTheField() {
        Api.asReviewer().body(Map.of("text", "  ")).when().post("/api/matches").then()
                .spec(Problems.invalid("text"));
        Api.asReviewer().body(Map.of("text", "x".repeat(Limits.MATCH_TEXT + 1))).when().post("/api/matches").then()
                .spec(Problems.invalid("text")).body("errors.message",
                        hasItem("The text must be at most " + Limits.MATCH_TEXT + " characters."));
        Api.asReviewer().body(Map.of("text", "a claim", "start", 3)).when().post("/api/matches").then()
                .spec(Problems.invalid("end"));
        Api.asReviewer().body(Map.of("text", "a claim", "start", 3, "end", 9)).when().post("/api/matches").then()
                .spec(Problems.invalid("articleId"));
        Api.asReviewer().body(Map.of("text", "a claim", "articleId", Long.MAX_VALUE)).when().post("/api/matches")
                .then().spec(Problems.invalid("articleId"));
        Api.asReviewer().body("{\"text\": ").when().post("/api/matches").then().spec(Problems.problem(400));
        Api.asReviewer().when().get("/api/claims/{id}/matches", Long.MAX_VALUE).then().spec(Problems.problem(404));
        Api.anonymous().body(Map.of("text", "a claim")).when().post("/api/matches").then().spec(Problems.problem(401));
    }
}
