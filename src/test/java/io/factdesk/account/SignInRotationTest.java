package io.factdesk.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.factdesk.testing.Api;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Browser.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * One browser, two users: signing out and signing in as someone else gives a new session cookie and a
 * new CSRF token; the first user's token is dropped, not carried over.
 */
@QuarkusTest
class SignInRotationTest {

    @Test
    void signOutAndSignInAsAnotherUserGiveANewSessionAndANewCsrfToken() {
        String reviewerSession = Browser.signIn(Api.REVIEWER);
        Page first = Browser.open(reviewerSession, "/articles");
        String reviewerToken = first.csrfCookie();
        assertThat(reviewerToken, notNullValue());

        Response signOut = Browser.withSession(reviewerSession).cookie(Browser.CSRF_COOKIE, reviewerToken)
                .contentType("application/x-www-form-urlencoded").formParam(Browser.CSRF_FIELD, first.csrfToken())
                .post("/logout");
        signOut.then().statusCode(303);
        assertDropped(signOut.getDetailedCookie(Browser.CSRF_COOKIE));
        assertDropped(signOut.getDetailedCookie(Browser.SESSION_COOKIE));

        // The same browser still sends the old CSRF cookie if it kept it; signing in drops it.
        Response signIn = Browser.anonymous().cookie(Browser.CSRF_COOKIE, reviewerToken)
                .formParam("j_username", Api.EDITOR.username()).formParam("j_password", Api.EDITOR.password())
                .post("/j_security_check");
        signIn.then().statusCode(302).header("Location", endsWith("/articles"));
        assertDropped(signIn.getDetailedCookie(Browser.CSRF_COOKIE));
        String editorSession = signIn.getCookie(Browser.SESSION_COOKIE);
        assertNotEquals(reviewerSession, editorSession);

        // Without the dropped cookie the next page gives the editor a token of their own.
        Page next = Browser.open(editorSession, "/articles");
        assertThat(next.csrfCookie(), notNullValue());
        assertThat(next.csrfToken(), not(equalTo(reviewerToken)));
    }

    @Test
    void aFailedSignInKeepsTheCsrfCookie() {
        Response failed = Browser.anonymous().cookie(Browser.CSRF_COOKIE, "kept")
                .formParam("j_username", Api.EDITOR.username()).formParam("j_password", "wrong")
                .post("/j_security_check");
        failed.then().statusCode(303);
        assertThat(failed.getDetailedCookie(Browser.CSRF_COOKIE), equalTo(null));
    }

    private static void assertDropped(Cookie cookie) {
        assertThat("the response drops the cookie", cookie, notNullValue());
        assertThat(cookie.getMaxAge(), equalTo(0L));
    }
}
