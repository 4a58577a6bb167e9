package io.factdesk.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.factdesk.article.Article;
import io.factdesk.article.ArticleService;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles.ImportedArticle;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Problems;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An article's claim suggestions over the API: what a reviewer is offered, what covers them, dismissing. */
@QuarkusTest
class SuggestionApiTest {

    static final String CASUALTIES = "Assad regime actions in Syria turned what was a peaceful uprising in Syria to a"
            + " crisis that resulted in killing more than 450.000 Syrians and displacing more than 12 million out of"
            + " their homes.";

    @Test
    void theDemoArticleSuggestsTheCasualtySentenceWithItsFiguresAndReasonsInTextOrder() {
        ImportedArticle article = Articles.importDemoCopy();

        JsonPath json = suggestions(article.id());
        List<Integer> starts = json.getList("items.start", Integer.class);
        assertThat(starts).isNotEmpty().isSorted().doesNotHaveDuplicates();
        for (Map<String, Object> item : json.<Map<String, Object>>getList("items")) {
            int start = (Integer) item.get("start");
            int end = (Integer) item.get("end");
            assertThat(item.get("exact")).as("the words at the offsets (code points)")
                    .isEqualTo(slice(article.body(), start, end));
            assertThat((List<?>) item.get("reasons")).isNotEmpty();
            assertThat(((Number) item.get("score")).doubleValue()).isBetween(0.0, 1.0);
        }

        Map<String, Object> casualties = item(json, article.offsetOf(CASUALTIES));
        assertThat(casualties.get("exact")).isEqualTo(CASUALTIES);
        assertThat(casualties.get("end")).isEqualTo(article.offsetOf(CASUALTIES) + CASUALTIES.length());
        assertThat(casualties.get("claimed")).isNull();
        assertThat(casualties.get("dismissed")).isEqualTo(false);
        assertThat(casualties.get("topic")).isEqualTo("Casualty figures");
        assertThat((List<String>) casualties.get("reasons")).anySatisfy(r -> assertThat(r).contains("450.000"));
        List<Map<String, Object>> figures = (List<Map<String, Object>>) casualties.get("figures");
        Map<String, Object> killed = figures.stream().filter(f -> ((String) f.get("text")).contains("450.000"))
                .findFirst().orElseThrow();
        assertThat(((Number) killed.get("value")).doubleValue()).isEqualTo(450000.0);
        assertThat(((Number) killed.get("low")).doubleValue()).isEqualTo(450000.0);
        assertThat(killed.get("high")).as("a lower bound only").isNull();
        assertThat(killed.get("unit")).isEqualTo("people");
        assertThat((Integer) killed.get("start")).isGreaterThanOrEqualTo(article.offsetOf(CASUALTIES));
        assertThat(slice(article.body(), (Integer) killed.get("start"), (Integer) killed.get("end")))
                .isEqualTo(killed.get("text"));
        assertThat(figures).anySatisfy(f -> assertThat(((Number) f.get("low")).doubleValue()).isEqualTo(12e6));
        assertThat(json.getList("items.exact", String.class)).as("headlines are not sentences to suggest")
                .noneMatch(s -> s.equals("US-Russian cooperation"));
    }

    @Test
    void theCasualtySentenceListsTheClauseOfEachFigureShorterThanTheSentence() {
        ImportedArticle article = Articles.importDemoCopy();
        int start = article.offsetOf(CASUALTIES);

        Map<String, Object> casualties = item(suggestions(article.id()), start);
        List<Map<String, Object>> figures = (List<Map<String, Object>>) casualties.get("figures");
        List<Map<String, Object>> clauses = (List<Map<String, Object>>) casualties.get("clauses");
        assertThat(clauses).hasSize(2);
        Map<String, Object> killed = clauses.stream()
                .filter(c -> ((String) figures.get((Integer) c.get("figure")).get("text")).contains("450.000"))
                .findFirst().orElseThrow();
        Map<String, Object> figure = figures.get((Integer) killed.get("figure"));
        int clauseStart = (Integer) killed.get("start");
        int clauseEnd = (Integer) killed.get("end");
        assertThat(killed.get("exact")).isEqualTo(slice(article.body(), clauseStart, clauseEnd));
        assertThat((String) killed.get("exact")).contains("more than 450.000 Syrians").doesNotContain("12 million")
                .hasSizeLessThan(CASUALTIES.length());
        assertThat(clauseStart).isGreaterThanOrEqualTo(start).isLessThanOrEqualTo((Integer) figure.get("start"));
        assertThat(clauseEnd).isGreaterThanOrEqualTo((Integer) figure.get("end"))
                .isLessThan(start + CASUALTIES.length());
        assertThat(clauses).anySatisfy(c -> assertThat(c.get("exact"))
                .isEqualTo("displacing more than 12 million out of their homes"));
    }

    @Test
    void aClaimOverMostOfTheSentenceCoversIt() {
        ImportedArticle article = Articles.importDemoCopy();
        int start = article.offsetOf(CASUALTIES);

        long figureOnly = Articles.markByQuote(article.id(), "more than 450.000 Syrians", "Casualty figures");
        assertThat(item(suggestions(article.id()), start).get("claimed")).as("a fifth of the sentence").isNull();

        long sentence = Articles.markClaim(article.id(), Map.of("position", Map.of("start", start + 7,
                "end", start + CASUALTIES.length()), "topic", "Casualty figures", "statement", "450,000 killed"));
        assertThat(figureOnly).isNotEqualTo(sentence);
        assertThat(item(suggestions(article.id()), start).get("claimed")).isEqualTo((int) sentence);
    }

    @Test
    void aReviewerDismissesASuggestionAndBringsItBackEachInTheHistory() {
        ImportedArticle article = Articles.importDemoCopy();
        int start = article.offsetOf(CASUALTIES);
        int end = start + CASUALTIES.length();

        Api.asReviewer().body(Map.of("start", start, "end", end))
                .when().post("/api/articles/{id}/suggestions/dismissals", article.id())
                .then().statusCode(200).body("start", equalTo(start)).body("dismissed", equalTo(true))
                .body("exact", equalTo(CASUALTIES));
        assertThat(item(suggestions(article.id()), start).get("dismissed")).isEqualTo(true);
        Api.asReviewer().when().get("/api/articles/{id}/suggestions?dismissed=true", article.id())
                .then().statusCode(200).body("items.start", contains(start));
        Api.asReviewer().when().get("/api/articles/{id}/suggestions?dismissed=false", article.id())
                .then().statusCode(200).body("items.start", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem(start)));
        Api.asReviewer().body(Map.of("start", start, "end", end))
                .when().post("/api/articles/{id}/suggestions/dismissals", article.id())
                .then().statusCode(200).body("dismissed", equalTo(true));

        Api.asEditor().when().get("/api/history?type=SUGGESTION_DISMISSED&article={id}", article.id())
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].actor", equalTo("reviewer")).body("items[0].articleId", equalTo((int) article.id()))
                .body("items[0].claimId", nullValue()).body("items[0].after.exact", equalTo(CASUALTIES))
                .body("items[0].after.start", equalTo(start)).body("items[0].after.end", equalTo(end));
        Api.asReviewer().when().get("/api/history?type=SUGGESTION_DISMISSED&article={id}", article.id())
                .then().spec(Problems.problem(403));

        Api.asReviewer().when().delete("/api/articles/{id}/suggestions/dismissals?start={s}&end={e}", article.id(),
                start, end).then().statusCode(200).body("dismissed", equalTo(false));
        Api.asReviewer().when().delete("/api/articles/{id}/suggestions/dismissals?start={s}&end={e}", article.id(),
                start, end).then().statusCode(200).body("dismissed", equalTo(false));
        assertThat(item(suggestions(article.id()), start).get("dismissed")).isEqualTo(false);
        Api.asEditor().when().get("/api/history?type=SUGGESTION_RESTORED&article={id}", article.id())
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].before.exact", equalTo(CASUALTIES))
                .body("items[0].after", equalTo(Map.of()));

        String session = Browser.signIn(Api.EDITOR);
        Element event = Browser.open(session, "/history?article=" + article.id() + "&type=SUGGESTION_DISMISSED")
                .html().selectFirst(".timeline-event[data-type=SUGGESTION_DISMISSED]");
        assertThat(event).isNotNull();
        assertThat(event.select(".badge").text()).isEqualTo("Suggestion dismissed");
        assertThat(event.select(".summary").text()).isEqualTo("dismissed a claim suggestion");
    }

    @Inject
    SuggestionService service;

    @Inject
    ArticleService articles;

    @Test
    void theEngineReadsAnArticleOncePerBodyNotPerRequest() {
        ImportedArticle article = Articles.importDemoCopy();
        suggestions(article.id());
        QuarkusTransaction.requiringNew().run(() -> {
            Article a = articles.get(article.id());
            List<Suggestion> kept = service.suggestionsOf(a);
            assertThat(service.suggestionsOf(a)).as("kept since the request above").isSameAs(kept);
            assertThat(kept).extracting(Suggestion::exact).contains(CASUALTIES);
        });
        Articles.markByQuote(article.id(), CASUALTIES, "Casualty figures");
        assertThat(item(suggestions(article.id()), article.offsetOf(CASUALTIES)).get("claimed"))
                .as("what changes is worked out per request").isNotNull();
    }

    @Test
    void refusalsAreProblems() {
        ImportedArticle article = Articles.importDemoCopy();
        int start = article.offsetOf(CASUALTIES);
        int end = start + CASUALTIES.length();

        Api.asReviewer().when().get("/api/articles/{id}/suggestions", Long.MAX_VALUE)
                .then().spec(Problems.problem(404));
        Api.asReviewer().body(Map.of("start", start, "end", end))
                .when().post("/api/articles/{id}/suggestions/dismissals", Long.MAX_VALUE)
                .then().spec(Problems.problem(404));
        Api.asReviewer().body(Map.of("start", start + 1, "end", end))
                .when().post("/api/articles/{id}/suggestions/dismissals", article.id())
                .then().spec(Problems.invalid("start"));
        Api.asReviewer().body(Map.of("start", start, "end", end - 1))
                .when().post("/api/articles/{id}/suggestions/dismissals", article.id())
                .then().spec(Problems.invalid("end"));
        Api.asReviewer().body(Map.of())
                .when().post("/api/articles/{id}/suggestions/dismissals", article.id())
                .then().spec(Problems.invalid("start", "end"));
        Api.asReviewer().body(Map.of("start", "12", "end", end))
                .when().post("/api/articles/{id}/suggestions/dismissals", article.id())
                .then().spec(Problems.malformed("start"));
        Api.asReviewer().when().delete("/api/articles/{id}/suggestions/dismissals?start=first&end={e}",
                article.id(), end).then().spec(Problems.malformed("start"));
        Api.asReviewer().when().delete("/api/articles/{id}/suggestions/dismissals?start={s}", article.id(), start)
                .then().spec(Problems.invalid("end"));
        Api.asReviewer().when().get("/api/articles/{id}/suggestions?dismissed=maybe", article.id())
                .then().spec(Problems.malformed("dismissed"));
        Api.anonymous().when().get("/api/articles/{id}/suggestions", article.id())
                .then().spec(Problems.problem(401));
        Api.anonymous().body(Map.of("start", start, "end", end))
                .when().post("/api/articles/{id}/suggestions/dismissals", article.id())
                .then().spec(Problems.problem(401));

        Api.asEditor().when().get("/api/history?article={id}", article.id())
                .then().statusCode(200).body("items.type", contains("ARTICLE_IMPORTED"));
        assertThat(item(suggestions(article.id()), start).get("dismissed")).isEqualTo(false);
    }

    static JsonPath suggestions(long articleId) {
        return Api.asReviewer().when().get("/api/articles/{id}/suggestions", articleId)
                .then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> item(JsonPath json, int start) {
        return json.<Map<String, Object>>getList("items").stream().filter(i -> i.get("start").equals(start))
                .findFirst().orElseThrow(() -> new AssertionError("no suggestion starts at " + start + ": "
                        + json.getList("items.exact")));
    }

    static String slice(String body, int start, int end) {
        return body.substring(body.offsetByCodePoints(0, start), body.offsetByCodePoints(0, end));
    }
}
