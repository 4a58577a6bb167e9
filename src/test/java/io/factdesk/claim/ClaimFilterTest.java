package io.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles.ImportedArticle;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The claim filter has one set of rules (docs/api.md, "Claim search"): the API's claim search and the
 * workboard read the same query the same way and refuse the same values with the same 400.
 */
@QuarkusTest
class ClaimFilterTest {

    @Test
    void topicByIdOrNameAndAssigneeMeOrNobodyMeanTheSameInTheApi() {
        ImportedArticle article = Articles.importDemoCopy();
        long mine = Articles.markByQuote(article.id(), "more than 12 million", "Casualty figures");
        long free = Articles.markByQuote(article.id(), "22-nation", "Other");
        Api.asReviewer().contentType(ContentType.JSON).body(Map.of("assignee", "reviewer", "version", 0))
                .when().patch("/api/claims/{id}", mine).then().statusCode(200);
        long casualty = Api.asReviewer().when().get("/api/topics").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Casualty figures' }.id");

        Api.asReviewer().when().get("/api/claims?article={a}&topic={t}", article.id(), casualty)
                .then().statusCode(200).body("items.id", contains((int) mine));
        Api.asReviewer().when().get("/api/claims?article={a}&assignee=me", article.id())
                .then().statusCode(200).body("items.id", contains((int) mine));
        Api.asEditor().when().get("/api/claims?article={a}&assignee=me", article.id())
                .then().statusCode(200).body("total", equalTo(0));
        Api.asReviewer().when().get("/api/claims?article={a}&assignee=nobody", article.id())
                .then().statusCode(200).body("items.id", contains((int) free));
    }

    @Test
    void theApiAndTheWorkboardRefuseTheSameValuesWith400NamingTheParameter() {
        String session = Browser.signIn(Api.REVIEWER);
        Map<String, String> refused = Map.of(
                "state", "FINISHED",
                "topic", "Weather",
                "verdict", "Somewhat plausible",
                "assignee", "no-such-person",
                "article", "987654321");
        refused.forEach((param, value) -> {
            Api.asReviewer().queryParam(param, value).when().get("/api/claims")
                    .then().spec(Problems.malformed(param)).body("detail", containsString(detailOf(param)));
            Response board = Browser.withSession(session).queryParam(param, value).when().get("/workboard");
            board.then().statusCode(400);
            assertThat(Jsoup.parse(board.asString()).selectFirst("#e-" + param))
                    .as("the workboard names %s beside its field", param).isNotNull()
                    .extracting(e -> e.text()).asString().contains(detailOf(param));
        });
    }

    private static String detailOf(String param) {
        return switch (param) {
            case "state" -> "Unknown state";
            case "topic" -> "Unknown topic";
            case "verdict" -> "Unknown verdict";
            case "assignee" -> "No user named";
            default -> "No article";
        };
    }
}
