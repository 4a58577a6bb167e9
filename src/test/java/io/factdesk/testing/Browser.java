package io.factdesk.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a browser does: signs in through the login form, keeps the session cookie, reads pages and
 * sends forms back with the CSRF token that the page carried. Redirects are not followed, so that
 * a test sees them.
 */
public final class Browser {

    public static final String SESSION_COOKIE = "factdesk-session";
    public static final String CSRF_COOKIE = "factdesk-csrf";
    public static final String CSRF_FIELD = "csrf-token";

    private Browser() {
    }

    /** Signs in with the login form and returns the session cookie's value. */
    public static String signIn(Api.Account account) {
        Response response = given().redirects().follow(false)
                .formParam("j_username", account.username())
                .formParam("j_password", account.password())
                .when().post("/j_security_check");
        response.then().statusCode(302).header("Location", endsWith("/articles"));
        String session = response.getCookie(SESSION_COOKIE);
        if (session == null || session.isBlank()) {
            throw new AssertionError("Signing in as " + account.username() + " set no session cookie");
        }
        return session;
    }

    /** A request from a browser signed in with this session cookie. */
    public static RequestSpecification withSession(String session) {
        return anonymous().cookie(SESSION_COOKIE, session);
    }

    /** A request from a browser that has not signed in. */
    public static RequestSpecification anonymous() {
        return given().redirects().follow(false);
    }

    /** A page as a browser received it: its HTML and the CSRF cookie set with it (null if none was set). */
    public record Page(Document html, String csrfCookie) {

        /** The value of the hidden CSRF field of the page's forms. */
        public String csrfToken() {
            Element input = html.selectFirst("input[name=" + CSRF_FIELD + "]");
            if (input == null) {
                throw new AssertionError("The page has no " + CSRF_FIELD + " field");
            }
            return input.attr("value");
        }
    }

    /** Opens a page (expecting 200) with this session cookie, as a browser that holds no CSRF cookie yet. */
    public static Page open(String session, String path) {
        return open(withSession(session), path);
    }

    /** Opens a page (expecting 200) as a browser that holds this session cookie and this CSRF cookie. */
    public static Page open(String session, String csrfCookie, String path) {
        return open(withSession(session).cookie(CSRF_COOKIE, csrfCookie), path);
    }

    private static Page open(RequestSpecification request, String path) {
        Response response = request.when().get(path);
        response.then().statusCode(200);
        return new Page(Jsoup.parse(response.asString()), response.getCookie(CSRF_COOKIE));
    }
}
