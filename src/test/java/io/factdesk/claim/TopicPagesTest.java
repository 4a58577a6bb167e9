package io.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.system.Limits;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The topics page: everyone reads the topics and their keywords, editors keep them, errors beside the field. */
@QuarkusTest
class TopicPagesTest {

    @Test
    void aReviewerReadsTheTopicsWithTheirKeywordsButHasNoForm() {
        Document page = Browser.open(Browser.signIn(Api.REVIEWER), "/topics").html();
        Element casualties = page.select("table.topics tr").stream()
                .filter(tr -> tr.text().startsWith("Casualty figures")).findFirst().orElseThrow();
        assertThat(casualties.text()).contains("killed, killing");
        assertThat(page.select("form.topic-form")).isEmpty();
        assertThat(page.selectFirst("nav a[href=\"/topics\"]")).isNotNull();
    }

    @Test
    void anEditorSeesTheKeywordsFieldWithItsHintAndAddsATopicWithKeywords() {
        String session = Browser.signIn(Api.EDITOR);
        Browser.Page page = Browser.open(session, "/topics");
        long casualtiesId = topicId("Casualty figures");
        Element field = page.html().selectFirst("#f-keywords-" + casualtiesId);
        assertThat(field).as("a keywords textarea on each topic").isNotNull();
        assertThat(field.tagName()).isEqualTo("textarea");
        assertThat(field.text()).contains("killed").contains("displac");
        assertThat(page.html().selectFirst("#h-keywords-" + casualtiesId).text())
                .startsWith("Suggested sentences that contain these words are proposed under this topic.");
        assertThat(page.html().selectFirst("#add-topic textarea[name=keywords]")).isNotNull();

        String name = Articles.unique("Elections ");
        Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .formParam(Browser.CSRF_FIELD, page.csrfToken()).formParam("name", name).formParam("colour", "")
                .formParam("keywords", "ballot\r\n\r\nturnout\r\n  polling station  \r\nBallot")
                .post("/topics").then().statusCode(303);
        assertThat(Api.asReviewer().get("/api/topics").then().extract().jsonPath()
                .getList("find { it.name == '" + name + "' }.keywords", String.class))
                .containsExactly("ballot", "turnout", "polling station");
    }

    @Test
    void anEditorSavesATopicsKeywordsAndATooLongOneIsShownBesideTheFieldWithWhatWasTyped() {
        String name = Articles.unique("Water ");
        JsonPath topic = Api.asEditor().body(Map.of("name", name, "keywords", List.of("drought")))
                .post("/api/topics").then().statusCode(201).extract().jsonPath();
        long id = topic.getLong("id");
        String session = Browser.signIn(Api.EDITOR);
        Browser.Page page = Browser.open(session, "/topics");
        Element form = page.html().selectFirst("#topic-" + id);
        assertThat(form.selectFirst("textarea[name=keywords]").text()).isEqualTo("drought");

        String tooLong = "w".repeat(Limits.TOPIC_KEYWORD + 1);
        String typed = "reservoir\n" + tooLong;
        String refused = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .formParam(Browser.CSRF_FIELD, page.csrfToken()).formParam("name", name).formParam("colour", "2")
                .formParam("position", "30").formParam("keywords", typed)
                .formParam("version", topic.getString("version"))
                .post("/topics/" + id).then().statusCode(422).extract().asString();
        Document again = Jsoup.parse(refused);
        assertThat(again.selectFirst("#e-keywords-" + id).text())
                .startsWith("Each keyword must be at most " + Limits.TOPIC_KEYWORD + " characters");
        assertThat(again.selectFirst("#f-keywords-" + id).attr("aria-invalid")).isEqualTo("true");
        assertThat(again.selectFirst("#f-keywords-" + id).wholeText()).isEqualTo(typed);
        assertThat(again.selectFirst("#f-position-" + id).val()).isEqualTo("30");
        assertThat(Api.asReviewer().get("/api/topics").then().extract().jsonPath()
                .getList("find { it.id == " + id + " }.keywords", String.class)).containsExactly("drought");

        Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .formParam(Browser.CSRF_FIELD, page.csrfToken()).formParam("name", name).formParam("colour", "2")
                .formParam("position", "30").formParam("keywords", "reservoir\nwater shortage")
                .formParam("version", topic.getString("version"))
                .post("/topics/" + id).then().statusCode(303);
        JsonPath after = Api.asReviewer().get("/api/topics").then().extract().jsonPath();
        assertThat(after.getList("find { it.id == " + id + " }.keywords", String.class))
                .containsExactly("reservoir", "water shortage");
        assertThat(after.getInt("find { it.id == " + id + " }.colour")).isEqualTo(2);
        assertThat(Browser.open(session, "/topics").html().selectFirst("#f-keywords-" + id).wholeText())
                .isEqualTo("reservoir\nwater shortage");
    }

    private static long topicId(String name) {
        return Api.asReviewer().get("/api/topics").then().extract().jsonPath()
                .getLong("find { it.name == '" + name + "' }.id");
    }
}
