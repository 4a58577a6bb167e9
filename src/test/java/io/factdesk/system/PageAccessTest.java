package io.factdesk.system;

import static io.factdesk.testing.Articles.unique;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles.ImportedArticle;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser.Page;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who sees which page: signed-in users get HTML, everyone else is sent to the sign-in page,
 * except for the sign-in page itself, static assets and health checks.
 */
@QuarkusTest
class PageAccessTest {

    @Test
    void signedInReviewerGetsTheArticlePagesAsHtml() {
        ImportedArticle article = Articles.importDemoCopy();
        long claimId = Articles.markByQuote(article.id(), "more than 450.000 Syrians", "Casualty figures");
        String session = Browser.signIn(Api.REVIEWER);

        Document list = Jsoup.parse(Browser.withSession(session).queryParam("q", article.title())
                .when().get("/articles")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString());
        assertEquals("reviewer", list.selectFirst(".user-name").text());
        assertTrue(list.text().contains(article.title()), "the list shows the article");

        Page importForm = Browser.open(session, "/articles/new");
        assertNotNull(importForm.html().selectFirst("form"), "the import page has a form");

        Page reader = Browser.open(session, "/articles/" + article.id());
        assertEquals(article.title(), reader.html().selectFirst("h1").text());
        assertEquals("more than 450.000 Syrians",
                reader.html().selectFirst("#claim-" + claimId + " .claim-quote").text());
        assertTrue(reader.html().select("#article-body .hl[data-claims~=" + claimId + "]").size() > 0,
                "the claim is highlighted in the text");

        Page claim = Browser.open(session, "/claims/" + claimId);
        assertTrue(claim.html().text().contains("more than 450.000 Syrians"), "the claim page shows its quote");
    }

    @Test
    void pagesAreServedAsHtmlWithSecurityHeaders() {
        String session = Browser.signIn(Api.REVIEWER);

        Browser.withSession(session).when().get("/articles")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void adminGetsTheUsersPage() {
        String session = Browser.signIn(Api.ADMIN);

        Page users = Browser.open(session, "/users");
        assertTrue(users.html().text().contains("demo-admin"), "the users page lists the users");
    }

    @Test
    void reviewerIsRefusedTheUsersPageWithAnHtml403() {
        String session = Browser.signIn(Api.REVIEWER);

        Browser.withSession(session).when().get("/users")
                .then().statusCode(403)
                .contentType(startsWith("text/html"))
                .body(not(Problems.leaksInternals()));
    }

    @Test
    void unknownArticlePageIsA404HtmlPage() {
        String session = Browser.signIn(Api.REVIEWER);

        Browser.withSession(session).when().get("/articles/987654321")
                .then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("Article 987654321 does not exist"))
                .body(not(Problems.leaksInternals()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/articles", "/articles/new", "/articles/1", "/articles/987654321", "/claims/1",
            "/users" })
    void pagesRedirectToTheSignInPageWhenNotSignedIn(String path) {
        Browser.anonymous().when().get(path)
                .then().statusCode(303)
                .header("Location", endsWith("/login"));
    }

    @Test
    void signInPageHealthCheckAndAssetsArePublic() {
        Response login = Browser.anonymous().when().get("/login");
        login.then().statusCode(200).contentType(startsWith("text/html"));
        Document page = Jsoup.parse(login.asString());
        assertEquals("/j_security_check", page.selectFirst("form").attr("action"));
        assertNotNull(page.selectFirst("input[name=j_password][type=password]"), "a password field");

        Browser.anonymous().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
        Browser.anonymous().when().get("/css/factdesk.css")
                .then().statusCode(200)
                .contentType(startsWith("text/css"));
        Browser.anonymous().when().get("/js/reader.js")
                .then().statusCode(200);
    }

    @Test
    void formSignInLandsOnTheArticlesAndTheSignInPageThenSendsThereToo() {
        // Browser.signIn checks the redirect to /articles and the session cookie.
        String session = Browser.signIn(Api.EDITOR);

        Browser.withSession(session).when().get("/login")
                .then().statusCode(303)
                .header("Location", endsWith("/articles"));
    }

    @Test
    void wrongPasswordOnTheSignInFormShowsWhatWentWrong() {
        Response refused = Browser.anonymous()
                .formParam("j_username", "editor")
                .formParam("j_password", "wrong-password")
                .when().post("/j_security_check");
        refused.then().statusCode(anyOf(equalTo(302), equalTo(303)));
        assertNull(refused.getCookie(Browser.SESSION_COOKIE), "no session for a wrong password");

        Browser.anonymous().when().get(refused.header("Location"))
                .then().statusCode(200)
                .body(containsString("The user name or password is wrong."));
    }

    @Test
    void openApiDocumentNeedsASignedInUser() {
        Browser.anonymous().when().get("/q/openapi")
                .then().statusCode(not(equalTo(200)));
        Api.asReviewer().accept("*/*").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/articles"));
    }

    @Test
    void markupInArticleTextIsShownAsTextInTheReader() {
        String text = "Try <script>alert(1)</script> and <img src=x onerror=alert(2)> "
                + "and <a href=\"javascript:alert(3)\">this</a>.";
        ImportedArticle article = Articles.importText("Markup as text " + unique(""), text);
        String session = Browser.signIn(Api.REVIEWER);

        Response response = Browser.withSession(session).when().get("/articles/{id}", article.id());
        response.then().statusCode(200)
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Document reader = Jsoup.parse(response.asString());
        assertEquals(text, reader.selectFirst("#article-body").text());
        assertTrue(reader.select("#article-body script, #article-body img, #article-body a").isEmpty(),
                "the article's markup is not markup on the page");
    }
}
