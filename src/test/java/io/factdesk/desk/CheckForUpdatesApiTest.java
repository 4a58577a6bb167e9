package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.factdesk.article.ArticleChecks;
import io.factdesk.claim.UpdateChecks;
import io.factdesk.system.Hashes;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Check for updates" over the API ({@code POST /api/articles/{id}/versions {"fetch": true}}) and the scheduled
 * re-check, against a publisher's site of the test's own whose pages the test edits (docs/articles.md).
 */
@QuarkusTest
class CheckForUpdatesApiTest {

    private static final String FIGURE = "more than 450,000 people have been killed since 2011";
    private static final String CORRECTED = "more than 470,000 people have been killed since 2011";

    private static PublisherSite site;

    @Inject
    UpdateChecks updates;

    @Inject
    ArticleChecks checks;

    @BeforeAll
    static void start() throws IOException {
        site = new PublisherSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** An article imported by address from a new page at {@code path}, whose figure sentence holds {@code figure}. */
    private static long imported(String path, String figure) {
        String url = site.publish(path, page(figure));
        return Api.asReviewer().body(Map.of("url", url, "fetch", true)).post("/api/articles").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String page(String figure) {
        return PublisherSite.story("Talks resume in Geneva", "Talks resumed on Monday in Geneva.",
                "The monitoring group said " + figure + ".", "Both sides sent delegations.");
    }

    private static JsonPath check(long articleId, Map<String, Object> body, int status) {
        return Api.asReviewer().body(body).post("/api/articles/{id}/versions", articleId).then().statusCode(status)
                .extract().jsonPath();
    }

    @Test
    void thePageUnchangedWritesNoVersion() {
        long id = imported("/unchanged", FIGURE);
        check(id, Map.of("fetch", true, "version", 1), 200);
        JsonPath same = check(id, Map.of("fetch", true), 200);
        assertThat(same.getBoolean("unchanged")).isTrue();
        assertThat(same.getInt("version")).isEqualTo(1);
        assertThat(same.getList("claims")).isEmpty();
        Api.asReviewer().get("/api/articles/{id}/versions", id).then().statusCode(200).body("number", contains(1));
        Api.asEditor().get("/api/history?type=ARTICLE_VERSION_ADDED&article={id}", id).then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void anEditedPageIsANewFetchedVersionWithItsClaimsReanchoredAndThePageKept() {
        String path = "/edited";
        long id = imported(path, FIGURE);
        long claim = Articles.markByQuote(id, FIGURE, "Casualty figures");
        String url = site.publish(path, page(CORRECTED));
        byte[] sent = page(CORRECTED).getBytes(StandardCharsets.UTF_8);

        JsonPath added = check(id, Map.of("fetch", true, "note", "The publisher corrected the toll", "version", 1),
                201);
        assertThat(added.getInt("version")).isEqualTo(2);
        assertThat(added.getBoolean("unchanged")).isFalse();
        assertThat(added.getLong("claims[0].id")).isEqualTo(claim);
        assertThat(added.getString("claims[0].outcome")).isEqualTo("CHANGED");
        assertThat(added.getString("claims[0].exact")).isEqualTo(CORRECTED);
        assertThat(added.getString("claims[0].previous.exact")).isEqualTo(FIGURE);
        assertThat(added.getList("claims[0].figureChanges", String.class)).singleElement().asString()
                .contains("450,000").contains("→").contains("470,000");

        Api.asReviewer().get("/api/articles/{id}/versions/2", id).then().statusCode(200)
                .body("source", equalTo("FETCH")).body("note", equalTo("The publisher corrected the toll"))
                .body("createdBy", equalTo("reviewer"));
        Api.asReviewer().get("/api/articles/{id}", id).then().statusCode(200)
                .body("fetched.version", equalTo(2)).body("fetched.sha256", equalTo(Hashes.sha256(sent)))
                .body("fetched.url", equalTo(url));
        // The latest page, and each version's own.
        assertThat(Api.asReviewer().accept("*/*").get("/api/articles/{id}/fetched.html", id).then().statusCode(200).extract()
                .asByteArray()).isEqualTo(sent);
        assertThat(Api.asReviewer().accept("*/*").get("/api/articles/{id}/fetched.html?version=1", id).then().statusCode(200)
                .extract().asString()).contains("450,000").doesNotContain("470,000");
        Api.asReviewer().accept("*/*").get("/api/articles/{id}/fetched.html?version=3", id).then().spec(Problems.problem(404));

        Api.asEditor().get("/api/history?type=ARTICLE_VERSION_ADDED&article={id}", id).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].actor", equalTo("reviewer"))
                .body("items[0].after.source", equalTo("FETCH"))
                .body("items[0].after.fetch.url", equalTo(url)).body("items[0].after.fetch.finalUrl", equalTo(url))
                .body("items[0].after.fetch.sha256", equalTo(Hashes.sha256(sent)));

        // Fetched again, the same text: nothing new.
        assertThat(check(id, Map.of("fetch", true, "version", 2), 200).getBoolean("unchanged")).isTrue();
    }

    @Test
    void aPastedArticleHasNoPageToCheck() {
        long id = Articles.importText(Articles.unique("Pasted"), "The council approved the budget.").id();
        Api.asReviewer().body(Map.of("fetch", true)).post("/api/articles/{id}/versions", id).then()
                .spec(Problems.invalid("fetch"))
                .body("detail", equalTo("This article was pasted or uploaded: there is no page to check."));
    }

    @Test
    void fetchWithATextIsRefusedNamingTheText() {
        long id = imported("/both", FIGURE);
        Api.asReviewer().body(Map.of("fetch", true, "body", "New text")).post("/api/articles/{id}/versions", id)
                .then().spec(Problems.invalid("body"));
        Api.asReviewer().body(Map.of("fetch", true, "html", "<p>New text</p>")).post("/api/articles/{id}/versions", id)
                .then().spec(Problems.invalid("html"));
        Api.asReviewer().get("/api/articles/{id}/versions", id).then().statusCode(200).body("number", contains(1));
    }

    @Test
    void aStaleVersionIsAConflict() {
        long id = imported("/stale", FIGURE);
        Api.asReviewer().body(Map.of("fetch", true, "version", 4)).post("/api/articles/{id}/versions", id).then()
                .spec(Problems.problem(409, "stale-version")).body("currentVersion", equalTo(1));
    }

    @Test
    void aPageThatCannotBeFetchedIsTheImportsRefusalAndChangesNothing() {
        String path = "/withdrawn";
        long id = imported(path, FIGURE);
        site.fail(path, 404);
        Api.asReviewer().body(Map.of("fetch", true)).post("/api/articles/{id}/versions", id).then()
                .spec(Problems.problem(422, "fetch-refused")).body("errors.field", contains("url"))
                .body("detail", equalTo("The site answered 404 Not Found."));
        Api.asReviewer().get("/api/articles/{id}/versions", id).then().statusCode(200).body("number", contains(1));
    }

    @Test
    void theScheduledCheckAddsAVersionAsTheSystemAndAnArticleIsTakenByOneInstanceAtATime() {
        String path = "/scheduled";
        long id = imported(path, FIGURE);
        long claim = Articles.markByQuote(id, FIGURE, "Casualty figures");
        site.publish(path, page(CORRECTED));

        UpdateChecks.Round round = updates.recheckDue(Duration.ZERO, 100_000);
        assertThat(round.checked()).isPositive();
        Api.asReviewer().get("/api/articles/{id}/versions", id).then().statusCode(200).body("number", contains(1, 2))
                .body("[1].source", equalTo("FETCH")).body("[1].createdBy", nullValue())
                .body("[1].note", equalTo("Found by the scheduled check for updates."));
        Api.asEditor().get("/api/history?type=ARTICLE_VERSION_ADDED&article={id}", id).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].actor", nullValue());
        Api.asReviewer().get("/api/claims/{id}", claim).then().statusCode(200)
                .body("anchorOutcome", equalTo("CHANGED")).body("anchorFlagged", equalTo(true));

        // Checked just now: not due within the hour; due again at once, and then nothing changed.
        int versionsBefore = 2;
        updates.recheckDue(Duration.ofHours(1), 100_000);
        updates.recheckDue(Duration.ZERO, 100_000);
        Api.asReviewer().get("/api/articles/{id}/versions", id).then().statusCode(200)
                .body("number", hasSize(versionsBefore));

        // Two instances asking for the same due article at once: one gets it.
        Instant now = Instant.now().plusSeconds(1);
        assertThat(checks.claim(id, now, now, now.plusSeconds(60))).isTrue();
        assertThat(checks.claim(id, now, now, now.plusSeconds(60))).isFalse();
        assertThat(checks.due(now, now, 100_000)).doesNotContain(id);
        checks.release(id);
        assertThat(checks.due(now, now, 100_000)).contains(id);
    }
}
