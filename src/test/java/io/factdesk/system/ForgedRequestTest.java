package io.factdesk.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser.Page;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Problems;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a page on another site can make a signed-in browser send: a form (url-encoded or multipart),
 * {@code text/plain}, or a body with no Content-Type, all with the session cookie and without the
 * CSRF token. Only a form is checked by the CSRF filter; the others must change nothing either.
 */
@QuarkusTest
class ForgedRequestTest {

    /** Every kind of page POST, with the path parameters of rows that need not exist. */
    static final List<String> PAGE_POSTS = List.of("/account/tokens", "/account/tokens/1/revoke", "/logout",
            "/articles/new", "/articles/1/claims", "/claims/1", "/claims/1/transitions", "/claims/1/verdict",
            "/claims/1/comments", "/claims/1/assignee", "/claims/1/evidence/new", "/claims/1/evidence/1/delete",
            "/sources/new", "/sources/1", "/rating-scale", "/rating-scale/1", "/topics", "/topics/1", "/workboard/move",
            "/workboard/report", "/users", "/users/1/roles", "/admin/organisation",
            "/articles/1/suggestions/dismissals", "/articles/1/suggestions/restorations", "/library/imports",
            "/articles/1/update-checks");

    @TestHTTPResource("/")
    URI base;

    @Test
    void revokingATokenAsTextPlainWithTheSessionCookieIsRefusedAndTheTokenStillWorks() {
        Token token = issueToken();
        String session = Browser.signIn(Api.EDITOR);

        Browser.withSession(session).contentType("text/plain").body("x")
                .when().post("/account/tokens/{id}/revoke", token.id())
                .then().statusCode(415).contentType(containsString("text/html"))
                .body(containsString("only a form sent from a Factdesk page"));

        token.stillWorks();
    }

    @Test
    void revokingATokenWithNoContentTypeIsRefusedAndTheTokenStillWorks() throws Exception {
        Token token = issueToken();
        String session = Browser.signIn(Api.EDITOR);

        HttpResponse<String> response = postWithoutContentType("/account/tokens/" + token.id() + "/revoke",
                session, "");
        assertEquals(415, response.statusCode());
        response = postWithoutContentType("/account/tokens/" + token.id() + "/revoke", session, "csrf-token=x");
        assertEquals(415, response.statusCode());

        token.stillWorks();
    }

    @Test
    void revokingATokenAsAFormWithoutTheCsrfTokenIsRefused() {
        Token token = issueToken();
        String session = Browser.signIn(Api.EDITOR);

        Browser.withSession(session).contentType(ContentType.URLENC).formParam("unrelated", "x")
                .when().post("/account/tokens/{id}/revoke", token.id())
                .then().statusCode(400);

        token.stillWorks();
    }

    @Test
    void revokingATokenWithTheAccountPagesFormRevokesIt() {
        Token token = issueToken();
        String session = Browser.signIn(Api.EDITOR);
        Page account = Browser.open(session, "/account");

        Browser.withSession(session).cookie(Browser.CSRF_COOKIE, account.csrfCookie())
                .contentType(ContentType.URLENC).formParam(Browser.CSRF_FIELD, account.csrfToken())
                .when().post("/account/tokens/{id}/revoke", token.id())
                .then().statusCode(303).header("Location", containsString("/account"));

        given().header("Authorization", "Bearer " + token.secret()).get("/api/users/me").then().statusCode(401);
    }

    @Test
    void everyPagePostRefusesTextPlainAndNoContentType() throws Exception {
        String session = Browser.signIn(Api.ADMIN);
        for (String path : PAGE_POSTS) {
            Browser.withSession(session).contentType("text/plain").body("csrf-token=x")
                    .when().post(path)
                    .then().statusCode(415);
            assertEquals(415, postWithoutContentType(path, session, "csrf-token=x").statusCode(), path);
        }
        // Still signed in: /logout did not run.
        Browser.withSession(session).get("/account").then().statusCode(200);
    }

    @Test
    void aJsonApiBodyWithoutContentTypeIsRefusedWith415AndChangesNothing() throws Exception {
        long claim = Articles.markByQuote(Articles.importDemoCopy().id(), "more than 450.000 Syrians",
                "Casualty figures");
        String session = Browser.signIn(Api.REVIEWER);

        HttpResponse<String> response = postWithoutContentType("/api/claims/" + claim + "/comments", session,
                "{\"body\": \"sent without a media type\"}");
        assertEquals(415, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Problems.MEDIA_TYPE));
        assertTrue(response.body().contains("Content-Type: application/json"), response.body());

        Api.asReviewer().contentType("text/plain").body("{\"body\": \"sent as text\"}")
                .post("/api/claims/{id}/comments", claim)
                .then().spec(Problems.problem(415));

        Api.asReviewer().get("/api/claims/{id}/comments", claim).then().statusCode(200).body("$", hasSize(0));

        // As JSON the same comment is accepted.
        Browser.withSession(session).contentType(ContentType.JSON).body(Map.of("body", "sent as JSON"))
                .post("/api/claims/{id}/comments", claim)
                .then().statusCode(201).body("author", equalTo("reviewer"));
    }

    record Token(long id, String secret) {
        void stillWorks() {
            given().header("Authorization", "Bearer " + secret).get("/api/users/me")
                    .then().statusCode(200).body("username", equalTo(Api.EDITOR.username()));
        }
    }

    static Token issueToken() {
        var issued = Api.asEditor().body(Map.of("name", Articles.unique("forged-")))
                .post("/api/users/me/tokens").then().statusCode(201).extract().jsonPath();
        return new Token(issued.getLong("id"), issued.getString("token"));
    }

    /** A POST as a cross-site page can send it: the session cookie, a body and no Content-Type at all. */
    HttpResponse<String> postWithoutContentType(String path, String session, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Cookie", Browser.SESSION_COOKIE + "=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
