package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The claim page's moves as a browser without JavaScript makes them: one note for whichever move is
 * pressed, a confirmation page before publishing, and the one assignment rule.
 */
@QuarkusTest
class ClaimPageMovesTest {

    /** A signed-in browser with its CSRF cookie. */
    private record Session(String session, String csrfCookie) {
        static Session of(Api.Account account) {
            String session = Browser.signIn(account);
            return new Session(session, Browser.open(session, "/articles").csrfCookie());
        }

        Browser.Page open(String path) {
            return Browser.open(session, csrfCookie, path);
        }

        /** Sends a form of the page with the fields it carries plus the button pressed (name, value pairs). */
        Response send(Browser.Page page, Element form, String... pressed) {
            var request = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, csrfCookie)
                    .contentType(ContentType.URLENC);
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            for (Element field : form.select("input[name], textarea[name], select[name]")) {
                if (field.is("input[type=hidden], textarea")) {
                    fields.put(field.attr("name"), field.is("textarea") ? field.text() : field.val());
                } else if (field.is("select")) {
                    Element chosen = field.selectFirst("option[selected]");
                    fields.put(field.attr("name"), (chosen == null ? field.selectFirst("option") : chosen).val());
                }
            }
            for (int i = 0; i < pressed.length; i += 2) {
                fields.put(pressed[i], pressed[i + 1]);
            }
            fields.forEach(request::formParam);
            return request.post(form.attr("action"));
        }
    }

    private static List<Map<String, Object>> history(long id) {
        return Api.asReviewer().get("/api/claims/" + id + "/history").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    private static Element moves(Document page) {
        Element form = page.selectFirst("form#moves");
        assertThat(form).as("the claim page's moves form").isNotNull();
        return form;
    }

    @Test
    void theNoteTypedGoesWithWhicheverMoveIsPressed() {
        long id = Workflow.claimIn("IN_REVIEW");
        Session editor = Session.of(Api.EDITOR);
        Browser.Page page = editor.open("/claims/" + id);
        Element form = moves(page.html());
        // One note box, and both moves of a claim in review in the same form as it.
        assertThat(form.select("textarea[name=comment]")).hasSize(1);
        assertThat(form.select("button[name=to]").eachAttr("value")).contains("RESEARCHING", "APPROVED");

        form.selectFirst("textarea[name=comment]").text("Checked the budget office figure again.");
        editor.send(page, form, "to", "APPROVED").then().statusCode(303);
        assertThat(Workflow.claim(id).getString("state")).isEqualTo("APPROVED");
        List<Map<String, Object>> events = history(id);
        Map<String, Object> last = events.get(events.size() - 1);
        assertThat(last.get("type")).isEqualTo("TRANSITION");
        assertThat(last.get("comment")).isEqualTo("Checked the budget office figure again.");
    }

    @Test
    void aRefusedMoveKeepsTheNoteAndSaysWhyBesideIt() {
        long id = Workflow.claimIn("IN_REVIEW");
        Session editor = Session.of(Api.EDITOR);
        Browser.Page page = editor.open("/claims/" + id);
        Element form = moves(page.html());
        form.selectFirst("textarea[name=comment]").text("n".repeat(20_001));
        Response refused = editor.send(page, form, "to", "RESEARCHING");
        refused.then().statusCode(422);
        Document shown = Jsoup.parse(refused.asString());
        assertThat(shown.selectFirst("#moves #e-comment").text()).contains("at most 20000 characters");
        assertThat(shown.selectFirst("#moves textarea[name=comment]").text()).hasSize(20_001);
        assertThat(Workflow.claim(id).getString("state")).isEqualTo("IN_REVIEW");
    }

    @Test
    void publishingAsksFirstOnAPageSayingWhatBecomesPublic() {
        long id = Workflow.claimIn("APPROVED");
        Session editor = Session.of(Api.EDITOR);
        Browser.Page page = editor.open("/claims/" + id);
        Element form = moves(page.html());
        form.selectFirst("textarea[name=comment]").text("Ready for readers.");

        Response asked = editor.send(page, form, "to", "PUBLISHED");
        asked.then().statusCode(200);
        Document confirm = Jsoup.parse(asked.asString());
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Publish claim " + id + "?");
        assertThat(confirm.selectFirst("#confirm-verdict").text()).isEqualTo("Mostly false");
        assertThat(confirm.selectFirst("#confirm-what").text()).contains("/public/claims/" + id).contains("ClaimReview")
                .contains("visible to anyone");
        assertThat(confirm.selectFirst("#confirm textarea[name=comment]").text()).isEqualTo("Ready for readers.");
        assertThat(Workflow.claim(id).getString("state")).isEqualTo("APPROVED");

        Element confirmForm = confirm.selectFirst("#confirm form");
        Browser.Page confirmPage = new Browser.Page(confirm, null);
        Response cancelled = editor.send(confirmPage, confirmForm, "confirmed", "no");
        cancelled.then().statusCode(200);
        Document back = Jsoup.parse(cancelled.asString());
        assertThat(back.selectFirst(".flash").text()).contains("Nothing moved");
        assertThat(back.selectFirst("#moves textarea[name=comment]").text()).isEqualTo("Ready for readers.");
        assertThat(Workflow.claim(id).getString("state")).isEqualTo("APPROVED");

        editor.send(confirmPage, confirmForm, "confirmed", "yes").then().statusCode(303);
        assertThat(Workflow.claim(id).getString("state")).isEqualTo("PUBLISHED");
        List<Map<String, Object>> events = history(id);
        Map<String, Object> last = events.get(events.size() - 1);
        assertThat(last.get("comment")).isEqualTo("Ready for readers.");
    }

    @Test
    void aReviewerIsOfferedOnlyThemselvesAndCannotAssignOthersFromThePage() {
        long id = Workflow.newClaim();
        Session reviewer = Session.of(Api.REVIEWER);
        Browser.Page page = reviewer.open("/claims/" + id);
        assertThat(page.html().select("select[name=assignee]")).isEmpty();

        Element form = moves(page.html());
        Response refused = reviewer.send(page, form, "to", "RESEARCHING", "assignee", "editor");
        refused.then().statusCode(403);
        assertThat(Jsoup.parse(refused.asString()).text()).contains("only editors assign it to someone else");
        assertThat(Workflow.claim(id).getString("state")).isEqualTo("NEW");

        Element assign = page.html().selectFirst("#assignment form");
        Response given = reviewer.send(page, assign, "assignee", "editor");
        given.then().statusCode(403);
        assertThat(Workflow.claim(id).getString("assignee")).isNull();

        Session editor = Session.of(Api.EDITOR);
        Browser.Page editorsPage = editor.open("/claims/" + id);
        assertThat(editorsPage.html().select("#moves select[name=assignee] option").eachAttr("value"))
                .contains("reviewer", "editor");
    }
}
