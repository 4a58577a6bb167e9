package io.factdesk.system;

import static io.factdesk.testing.Articles.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles.ImportedArticle;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every bad request of issue 2, section 6: each is answered with a problem+json document that
 * names what was wrong, shows nothing of the server's insides, and leaves nothing half-saved.
 */
@QuarkusTest
class ErrorApiTest {

    /** factdesk.article.max-body-bytes, default 1 MiB. */
    static final int LIMIT = 1024 * 1024;

    // ---- 400: the request cannot be read ------------------------------------------------------

    @Test
    void malformedJsonIsRefusedWith400() {
        long before = Articles.count();

        Api.asReviewer().body("{\"title\": \"Unclosed\", \"body\": ")
                .when().post("/api/articles")
                .then().spec(Problems.problem(400, "malformed-json"));

        assertEquals(before, Articles.count());
    }

    @Test
    void malformedJsonInAClaimEditIsRefusedWith400() {
        ImportedArticle article = Articles.importDemoCopy();
        long id = Articles.markByQuote(article.id(), "22-nation", "Other");

        Api.asReviewer().body("{\"statement\": 'single quotes'}")
                .when().patch("/api/claims/{id}", id)
                .then().spec(Problems.problem(400, "malformed-json"));
    }

    @Test
    void fieldOfTheWrongTypeIsRefusedWith400NamingIt() {
        long before = Articles.count();
        Api.asReviewer().body(Map.of("title", List.of("a", "list"), "body", "Text."))
                .when().post("/api/articles")
                .then().spec(Problems.malformed("title"));
        assertEquals(before, Articles.count());

        ImportedArticle article = Articles.importDemoCopy();
        Api.asReviewer().body(Map.of("position", Map.of("start", "three", "end", 9), "topic", "Other"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.malformed("position.start"));
        assertEquals(List.of(), Articles.claimIdsOf(article.id()));
    }

    @Test
    void missingJsonBodyIsRefusedWith400() {
        Api.asReviewer()
                .when().post("/api/articles")
                .then().spec(Problems.problem(400));
    }

    @Test
    void badPagingParametersAreRefusedWith400NamingThem() {
        Api.asReviewer().when().get("/api/articles?size=0")
                .then().spec(Problems.malformed("size"));
        Api.asReviewer().when().get("/api/articles?size=201")
                .then().spec(Problems.malformed("size"));
        Api.asReviewer().when().get("/api/claims?page=-1")
                .then().spec(Problems.malformed("page"));
    }

    @Test
    void nonNumericPagingParameterIsRefusedWith400NamingIt() {
        Api.asReviewer().when().get("/api/articles?page=first")
                .then().spec(Problems.malformed("page"));
        Api.asReviewer().when().get("/api/claims?article=latest")
                .then().spec(Problems.malformed("article"));
    }

    @Test
    void unknownStateOrTopicInAClaimSearchIsRefusedWith400NamingIt() {
        Api.asReviewer().when().get("/api/claims?state=FINISHED")
                .then().spec(Problems.malformed("state"))
                .body("detail", containsString("IN_REVIEW"));
        Api.asReviewer().when().get("/api/claims?topic=Weather")
                .then().spec(Problems.malformed("topic"));
    }

    // ---- 422: valid JSON that the domain refuses ----------------------------------------------

    @Test
    void importWithoutTitleAndBodyIsRefusedNamingEachField() {
        long before = Articles.count();

        Api.asReviewer().body(Map.of("publisher", "Nobody"))
                .when().post("/api/articles")
                .then().spec(Problems.invalid("title", "body"));
        Api.asReviewer().body(Map.of("title", "   ", "body", " \n\t "))
                .when().post("/api/articles")
                .then().spec(Problems.invalid("title", "body"));

        assertEquals(before, Articles.count());
    }

    @Test
    void importWithBadMetadataIsRefusedNamingEachField() {
        long before = Articles.count();

        Api.asReviewer()
                .body(Map.of("title", "Bad metadata", "body", "Text.", "url", "javascript:alert(1)",
                        "publishedAt", "14 July 2016", "language", "English, mostly"))
                .when().post("/api/articles")
                .then().spec(Problems.invalid("url", "publishedAt", "language"));

        assertEquals(before, Articles.count());
    }

    @Test
    void overlongMetadataIsRefusedNamingEachField() {
        long before = Articles.count();

        Api.asReviewer()
                .body(Map.of("title", "t".repeat(501), "body", "Text.", "publisher", "p".repeat(301),
                        "author", "a".repeat(301), "url", "https://example.org/" + "u".repeat(2000)))
                .when().post("/api/articles")
                .then().spec(Problems.invalid("title", "publisher", "author", "url"));

        assertEquals(before, Articles.count());
    }

    @Test
    void overlongLanguageTagIsRefusedNamingLanguage() {
        long before = Articles.count();

        Api.asReviewer()
                .body(Map.of("title", "Long tag", "body", "Text.", "language", "en-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd"))
                .when().post("/api/articles")
                .then().spec(Problems.invalid("language"));

        assertEquals(before, Articles.count());
    }

    @Test
    void importWithBothTextAndHtmlOrHtmlWithoutTextIsRefused() {
        long before = Articles.count();

        Api.asReviewer().body(Map.of("title", "Both", "body", "Text.", "html", "<p>Text.</p>"))
                .when().post("/api/articles")
                .then().spec(Problems.invalid("body"));
        Api.asReviewer().body(Map.of("title", "Only a script", "html", "<script>alert(1)</script>"))
                .when().post("/api/articles")
                .then().spec(Problems.invalid("html"));

        assertEquals(before, Articles.count());
    }

    // ---- 404: unknown ids ---------------------------------------------------------------------

    @Test
    void unknownArticleIsA404Problem() {
        Api.asReviewer().when().get("/api/articles/{id}", 987654321)
                .then().spec(Problems.problem(404, "not-found"))
                .body("detail", containsString("987654321"));
        Api.asReviewer().body(Map.of("quote", Map.of("exact", "anything"), "topic", "Other"))
                .when().post("/api/articles/{id}/claims", 987654321)
                .then().spec(Problems.problem(404, "not-found"));
    }

    @Test
    void unknownClaimIsA404Problem() {
        Api.asReviewer().when().get("/api/claims/{id}", 987654321)
                .then().spec(Problems.problem(404, "not-found"));
        Api.asReviewer().body(Map.of("statement", "x", "version", 0))
                .when().patch("/api/claims/{id}", 987654321)
                .then().spec(Problems.problem(404, "not-found"));
    }

    @Test
    void unknownPathOrNonNumericIdIsA404Problem() {
        Api.asReviewer().when().get("/api/nothing-here")
                .then().spec(Problems.problem(404));
        Api.asReviewer().when().get("/api/articles/not-a-number")
                .then().spec(Problems.problem(404));
    }

    @Test
    void unsupportedMethodIsA405Problem() {
        ImportedArticle article = Articles.importText("Delete me? " + unique(""), "No.");
        Api.asReviewer().when().delete("/api/articles/{id}", article.id())
                .then().spec(Problems.problem(405));
        Api.asReviewer().when().get("/api/articles/{id}", article.id()).then().statusCode(200);
    }

    // ---- 413: too large -----------------------------------------------------------------------

    @Test
    void articleBodyOverTheLimitIsRefusedWith413() {
        long before = Articles.count();

        Api.asReviewer().body(Map.of("title", "One byte too many", "body", "a".repeat(LIMIT + 1)))
                .when().post("/api/articles")
                .then().spec(Problems.problem(413, "too-large"))
                .body("errors.field", hasItem("body"))
                .body("detail", containsString(String.valueOf(LIMIT)));

        assertEquals(before, Articles.count());
    }

    @Test
    void articleBodyLimitCountsUtf8BytesNotCharacters() {
        long before = Articles.count();
        // 524,289 characters, each two bytes in UTF-8: 1 MiB + 2 bytes.
        String text = "\u00E9".repeat(LIMIT / 2 + 1);

        Api.asReviewer().body(Map.of("title", "Accents", "body", text))
                .when().post("/api/articles")
                .then().spec(Problems.problem(413, "too-large"));

        assertEquals(before, Articles.count());
    }

    @Test
    void articleBodyOfExactlyTheLimitIsAccepted() {
        Api.asReviewer().body(Map.of("title", "Exactly 1 MiB", "body", "a".repeat(LIMIT)))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("bodyLength", equalTo(LIMIT));
    }

    @Test
    void htmlWhoseTextIsOverTheLimitIsRefusedWith413() {
        long before = Articles.count();

        Api.asReviewer().body(Map.of("title", "Big page", "html", "<p>" + "a".repeat(LIMIT + 1) + "</p>"))
                .when().post("/api/articles")
                .then().spec(Problems.problem(413, "too-large"))
                .body("errors.field", hasItem("html"));

        assertEquals(before, Articles.count());
    }

    // ---- 415: wrong media type ----------------------------------------------------------------

    @Test
    void plainTextSentToAJsonEndpointIsRefusedWith415() {
        long before = Articles.count();

        Api.asReviewer().contentType(ContentType.TEXT).body("title: Plain\nbody: text")
                .when().post("/api/articles")
                .then().spec(Problems.problem(415, "unsupported-media-type"));
        Api.asReviewer().contentType(ContentType.URLENC).formParam("title", "Form").formParam("body", "Text.")
                .when().post("/api/articles")
                .then().spec(Problems.problem(415, "unsupported-media-type"));

        assertEquals(before, Articles.count());
    }

    // ---- 401 and 403: who may do it -----------------------------------------------------------

    @Test
    void requestWithoutCredentialsIsA401ProblemWithABasicChallenge() {
        Api.anonymous().when().get("/api/articles")
                .then().spec(Problems.problem(401, "not-signed-in"))
                .header("WWW-Authenticate", startsWith("Basic"));

        long before = Articles.count();
        Api.anonymous().body(Map.of("title", "Anonymous", "body", "Text."))
                .when().post("/api/articles")
                .then().spec(Problems.problem(401, "not-signed-in"))
                .header("WWW-Authenticate", startsWith("Basic"));
        assertEquals(before, Articles.count());
    }

    @Test
    void wrongPasswordIsA401Problem() {
        Api.as(new Api.Account("reviewer", "not-the-password")).when().get("/api/articles")
                .then().spec(Problems.problem(401, "not-signed-in"))
                .header("WWW-Authenticate", startsWith("Basic"));
        Api.as(new Api.Account("nobody-" + unique(""), "whatever-password")).when().get("/api/articles")
                .then().spec(Problems.problem(401, "not-signed-in"));
    }

    @Test
    void reviewerListingUsersIsA403Problem() {
        Api.asReviewer().when().get("/api/users")
                .then().spec(Problems.problem(403, "forbidden"));
    }
}
