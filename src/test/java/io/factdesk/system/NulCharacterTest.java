package io.factdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.factdesk.testing.Api;
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
 * A NUL character (U+0000) anywhere a request carries text is refused with 400 naming the field, on H2
 * and on PostgreSQL alike (PostgreSQL cannot store it and answered 500; H2 stored it). Nothing is saved.
 */
@QuarkusTest
class NulCharacterTest {

    @Test
    void aNulInAJsonFieldIsRefusedNamingTheField() {
        String name = "Nul " + Articles.unique("");
        Api.asEditor().body(Map.of("name", name + "\u0000")).post("/api/topics")
                .then().spec(Problems.problem(400, "nul-character"))
                .body("errors[0].field", equalTo("name"));
        Api.asEditor().get("/api/topics").then().statusCode(200).body("name", not(hasItem(name + "\u0000")));
    }

    @Test
    void aNulInAMergePatchIsRefusedNamingTheMember() {
        long id = Api.asReviewer().body(Map.of("url", "https://www.un.org/press/" + Articles.unique("nul") + ".htm",
                "title", "Before", "type", "NEWS_REPORT", "reliability", "C", "accessedAt", "2016-07-15"))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asReviewer().body("{\"title\": \"After\\u0000\", \"version\": 0}").patch("/api/sources/{id}", id)
                .then().spec(Problems.problem(400, "nul-character"))
                .body("errors[0].field", equalTo("title"));
        Api.asReviewer().get("/api/sources/{id}", id).then().statusCode(200).body("title", equalTo("Before"));
    }

    @Test
    void aNulInAQueryParameterIsRefusedNamingTheParameter() {
        Api.asReviewer().queryParam("q", "Syria\u0000").get("/api/claims")
                .then().spec(Problems.problem(400, "nul-character"))
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void aNulInAFormFieldIsRefusedNamingTheField() {
        String session = Browser.signIn(Api.REVIEWER);
        String csrfCookie = Browser.open(session, "/articles").csrfCookie();
        Browser.Page form = Browser.open(session, csrfCookie, "/sources/new");
        Response posted = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, csrfCookie)
                .contentType(ContentType.URLENC).formParam(Browser.CSRF_FIELD, form.csrfToken())
                .formParam("url", "https://www.un.org/press/" + Articles.unique("nul") + ".htm")
                .formParam("title", "A title\u0000").formParam("accessedAt", "2016-07-15")
                .formParam("type", "NEWS_REPORT").formParam("reliability", "C")
                .when().post("/sources");
        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(posted.asString()).text()).contains("'title'", "U+0000");
    }
}
