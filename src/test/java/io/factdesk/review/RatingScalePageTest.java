package io.factdesk.review;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RatingScalePageTest {

    @Test
    void aReviewerReadsTheScaleAndAnEditorAddsAndRetiresALabel() {
        Document asReviewer = Browser.open(Browser.signIn(Api.REVIEWER), "/rating-scale").html();
        assertThat(asReviewer.select("table.scale").text(), containsString("Mostly false"));
        assertThat(asReviewer.selectFirst("form.scale-row"), nullValue());

        String session = Browser.signIn(Api.EDITOR);
        Browser.Page page = Browser.open(session, "/rating-scale");
        String name = Articles.unique("Cherry-picked");
        Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .formParam(Browser.CSRF_FIELD, page.csrfToken()).formParam("label", name)
                .formParam("description", "True figures chosen to mislead").formParam("rating", "")
                .post("/rating-scale").then().statusCode(303);
        var label = Api.asReviewer().get("/api/rating-scale").then().extract().jsonPath()
                .getMap("find { it.label == '" + name + "' }");
        assertThat(label, notNullValue());
        assertThat(label.get("rating"), nullValue());

        Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .formParam(Browser.CSRF_FIELD, page.csrfToken()).formParam("label", name)
                .formParam("description", "True figures chosen to mislead").formParam("rating", "")
                .formParam("position", "9").formParam("colour", "5").formParam("retired", "on")
                .formParam("version", String.valueOf(label.get("version")))
                .post("/rating-scale/" + label.get("id")).then().statusCode(303);
        Api.asReviewer().get("/api/rating-scale?retired=true").then()
                .body("find { it.label == '" + name + "' }.retired", equalTo(true));
    }

    @Test
    void anEmptyLabelIsShownAgainWithTheError() {
        String session = Browser.signIn(Api.EDITOR);
        Browser.Page page = Browser.open(session, "/rating-scale");
        String html = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .formParam(Browser.CSRF_FIELD, page.csrfToken()).formParam("label", " ")
                .formParam("description", "kept").post("/rating-scale").then().statusCode(422).extract().asString();
        assertThat(html, containsString("Label is required."));
        assertThat(html, containsString(">kept</textarea>"));
    }
}
