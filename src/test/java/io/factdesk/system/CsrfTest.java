package io.factdesk.system;

import static io.factdesk.testing.Articles.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles.ImportedArticle;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser.Page;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * HTML forms need the CSRF token of the page they came from (double-submit cookie); the JSON API
 * does not, since a browser cannot send application/json cross-site without a CORS preflight.
 */
@QuarkusTest
class CsrfTest {

    static final String NUMBER = "more than 450.000 Syrians";

    @Test
    void claimFormWithoutTheTokenIsRefusedAndCreatesNothing() {
        ImportedArticle article = Articles.importDemoCopy();
        String session = Browser.signIn(Api.REVIEWER);
        Page reader = Browser.open(session, "/articles/" + article.id());

        Browser.withSession(session).contentType(ContentType.URLENC)
                .formParam("quote", NUMBER)
                .formParam("statement", "Posted from another site")
                .formParam("topicId", topicId(reader, "Casualty figures"))
                .when().post("/articles/{id}/claims", article.id())
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("The form could not be sent"), containsString("reload the page"));

        assertEquals(List.of(), Articles.claimIdsOf(article.id()));
    }

    @Test
    void claimFormWithTheTokenFromThePageCreatesTheClaimAndRedirects() {
        ImportedArticle article = Articles.importDemoCopy();
        String session = Browser.signIn(Api.REVIEWER);
        // As a browser does: signing in lands on the article list, which sets the CSRF cookie;
        // the reader page, opened next with that cookie, carries its token in the form.
        String csrfCookie = Browser.open(session, "/articles").csrfCookie();
        assertNotNull(csrfCookie, "the first page after signing in sets the CSRF cookie");
        Page reader = Browser.open(session, csrfCookie, "/articles/" + article.id());

        long claimId = submitClaimForm(session, csrfCookie, reader, article.id());

        Api.asReviewer().when().get("/api/claims/{id}", claimId)
                .then().statusCode(200)
                .body("articleId", equalTo((int) article.id()))
                .body("quote.exact", equalTo(NUMBER))
                .body("topic.name", equalTo("Casualty figures"))
                .body("statement", equalTo("More than 450,000 Syrians killed."))
                .body("claimDate", equalTo("2016-07-14"))
                .body("createdBy", equalTo("reviewer"));
        assertEquals(List.of(claimId), Articles.claimIdsOf(article.id()));
    }

    @Test
    void formOnAPageOpenedWithoutACsrfCookieCarriesTheNewTokenAndCanBeSent() {
        ImportedArticle article = Articles.importDemoCopy();
        String session = Browser.signIn(Api.REVIEWER);
        Page reader = Browser.open(session, "/articles/" + article.id());
        assertNotNull(reader.csrfCookie(), "the page sets the CSRF cookie");

        assertThat("the token in the page's form", reader.csrfToken(), not(emptyOrNullString()));
        submitClaimForm(session, reader.csrfCookie(), reader, article.id());
    }

    @Test
    void claimFormWithATokenThatDoesNotMatchTheCookieIsRefused() {
        ImportedArticle article = Articles.importDemoCopy();
        String session = Browser.signIn(Api.REVIEWER);
        String csrfCookie = Browser.open(session, "/articles").csrfCookie();
        Page reader = Browser.open(session, csrfCookie, "/articles/" + article.id());
        String topicId = topicId(reader, "Casualty figures");
        assertThat(reader.csrfToken(), not(emptyOrNullString()));

        Browser.withSession(session).cookie(Browser.CSRF_COOKIE, csrfCookie)
                .contentType(ContentType.URLENC)
                .formParam(Browser.CSRF_FIELD, "forged" + unique(""))
                .formParam("quote", NUMBER).formParam("topicId", topicId)
                .when().post("/articles/{id}/claims", article.id())
                .then().statusCode(400);

        // The token alone, without its cookie, is not enough either.
        Browser.withSession(session)
                .contentType(ContentType.URLENC)
                .formParam(Browser.CSRF_FIELD, reader.csrfToken())
                .formParam("quote", NUMBER).formParam("topicId", topicId)
                .when().post("/articles/{id}/claims", article.id())
                .then().statusCode(400);

        assertEquals(List.of(), Articles.claimIdsOf(article.id()));
    }

    @Test
    void userFormWithoutTheTokenCreatesNoUser() {
        String session = Browser.signIn(Api.ADMIN);
        String username = unique("csrf-");

        Browser.withSession(session).contentType(ContentType.URLENC)
                .formParam("username", username)
                .formParam("password", "a-long-enough-password")
                .formParam("role", "admin")
                .when().post("/users")
                .then().statusCode(400);

        Api.asAdmin().when().get("/api/users?size=200")
                .then().statusCode(200)
                .body("items.username", not(hasItem(username)));
    }

    @Test
    void jsonRequestWithTheSessionCookieNeedsNoToken() {
        ImportedArticle article = Articles.importDemoCopy();
        String session = Browser.signIn(Api.REVIEWER);

        Browser.withSession(session).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("quote", Map.of("exact", NUMBER), "topic", "Casualty figures"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().statusCode(201)
                .body("quote.exact", equalTo(NUMBER))
                .body("createdBy", equalTo("reviewer"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        Response signIn = Browser.anonymous()
                .formParam("j_username", Api.REVIEWER.username())
                .formParam("j_password", Api.REVIEWER.password())
                .when().post("/j_security_check");

        var cookie = signIn.getDetailedCookie(Browser.SESSION_COOKIE);
        assertNotNull(cookie, "signing in sets the session cookie");
        assertTrue(cookie.isHttpOnly(), "scripts cannot read the session cookie");
        assertThat(cookie.getSameSite(), not(emptyOrNullString()));
        assertThat(cookie.getSameSite(), not(equalToIgnoringCase("none")));
    }

    /** Sends the reader's "new claim" form with the page's token and returns the new claim's id. */
    static long submitClaimForm(String session, String csrfCookie, Page reader, long articleId) {
        Response posted = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, csrfCookie)
                .contentType(ContentType.URLENC)
                .formParam(Browser.CSRF_FIELD, reader.csrfToken())
                .formParam("quote", NUMBER)
                .formParam("statement", "More than 450,000 Syrians killed.")
                .formParam("claimant", "Al Jazeera")
                .formParam("claimDate", "2016-07-14")
                .formParam("topicId", topicId(reader, "Casualty figures"))
                .when().post("/articles/{id}/claims", articleId);

        posted.then().statusCode(303)
                .header("Location", containsString("/articles/" + articleId + "?created="));
        Matcher created = Pattern.compile("created=(\\d+)").matcher(posted.header("Location"));
        assertTrue(created.find(), "the redirect names the new claim");
        return Long.parseLong(created.group(1));
    }

    /** The value of the reader form's option for this topic, as a browser would submit it. */
    static String topicId(Page reader, String topicName) {
        return reader.html().select("select[name=topicId] option").stream()
                .filter(o -> o.text().equals(topicName)).findFirst()
                .orElseThrow(() -> new AssertionError("no topic option " + topicName))
                .attr("value");
    }
}
