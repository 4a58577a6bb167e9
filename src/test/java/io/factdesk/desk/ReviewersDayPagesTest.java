package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's "a reviewer's day without surprises", as the server renders the pages (docs/ui.md): no topic
 * chosen for the reviewer, what a move still needs shown before the click, a preview of Markdown before saving,
 * no developer's words in the main pages' text, import errors beside each field, and the desk's history and a
 * claim's timeline named apart.
 */
@QuarkusTest
class ReviewersDayPagesTest {

    /** Words of the code, not of a newsroom: enum names, field names, offsets in code points, state arrows. */
    private static final Pattern DEVELOPER_WORDS = Pattern.compile(
            "\\b[A-Z]+_[A-Z_]+\\b|code points?|accessedAt|\\(body as|[A-Z]{3,} →|chain head");

    @Test
    void theNewClaimFormChoosesNoTopicAndAMissingTopicIsSaidBesideTheField() {
        Articles.ImportedArticle article = Articles.importDemoCopy();
        String session = Browser.signIn(Api.REVIEWER);
        Browser.Page reader = Browser.open(session, "/articles/" + article.id());
        Element select = reader.html().getElementById("f-topicId");
        assertThat(select.select("option[selected]")).extracting(Element::val).containsExactly("");
        assertThat(select.selectFirst("option[selected]").text()).isEqualTo("Choose a topic");

        Response refused = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, reader.csrfCookie())
                .contentType(ContentType.URLENC).formParam(Browser.CSRF_FIELD, reader.csrfToken())
                .formParam("quote", "more than 450.000 Syrians").formParam("statement", "Over 450,000 died.")
                .formParam("topicId", "").when().post("/articles/" + article.id() + "/claims");
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.getElementById("e-topic").text()).startsWith("Topic is required");
        assertThat(page.getElementById("f-topicId").attr("aria-describedby")).isEqualTo("e-topic");
        assertThat(page.getElementById("f-topicId").select("option[selected]")).extracting(Element::val)
                .containsExactly("");
        assertThat(Articles.claimIdsOf(article.id())).isEmpty();
    }

    @Test
    void theClaimPageListsWhatSubmittingStillNeedsAndTicksItOffAsTheClaimGetsIt() {
        long id = Workflow.newClaim();
        Workflow.move(Workflow.SETUP_EDITOR, id, "RESEARCHING", Map.of("assignee", Workflow.SETUP_REVIEWER.username()),
                200);
        String session = Browser.signIn(Workflow.SETUP_REVIEWER);
        Document before = Browser.open(session, "/claims/" + id).html();
        Element needs = before.getElementById("needs-IN_REVIEW");
        assertThat(needs.selectFirst("p").text()).isEqualTo("Submit for review still needs:");
        assertThat(needs.select("li.is-missing")).extracting(li -> li.attr("data-requirement"))
                .containsExactly("verdict", "rationale", "evidence");
        assertThat(needs.select("li.is-met")).extracting(li -> li.attr("data-requirement"))
                .containsExactly("statement", "claimant");
        assertThat(needs.select("li.is-missing").eachText()).containsExactly("✗ Missing: A verdict",
                "✗ Missing: A rationale", "✗ Missing: At least one source as evidence");

        Workflow.verdict(id, "Mostly false");
        Workflow.evidence(id);
        Element after = Browser.open(session, "/claims/" + id).html().getElementById("needs-IN_REVIEW");
        assertThat(after.select("li.is-missing")).isEmpty();
        assertThat(after.select("li.is-met")).hasSize(5);
        assertThat(after.selectFirst("p").text()).isEqualTo("Submit for review: the claim has all it needs.");
    }

    @Test
    void previewRendersTheRationaleAndTheCommentAsTheyWillShowAndSavesNothing() {
        long id = Workflow.newClaim();
        String session = Browser.signIn(Workflow.SETUP_REVIEWER);
        Browser.Page page = Browser.open(session, "/claims/" + id);
        String markdown = "**Twelve** percent, says [the office](https://budget.example.org). <script>alert(1)</script>";

        Response rationale = form(session, page).formParam("label", "Mostly false").formParam("rationale", markdown)
                .formParam("version", String.valueOf(Workflow.version(id))).formParam("preview", "yes")
                .when().post("/claims/" + id + "/verdict");
        assertThat(rationale.statusCode()).isEqualTo(200);
        Document shown = Jsoup.parse(rationale.asString());
        Element preview = shown.getElementById("rationale-preview");
        assertThat(preview.selectFirst(".markdown strong").text()).isEqualTo("Twelve");
        assertThat(preview.selectFirst(".markdown a").attr("href")).isEqualTo("https://budget.example.org");
        assertThat(preview.select("script")).isEmpty();
        assertThat(preview.text()).contains("<script>alert(1)</script>");
        assertThat(shown.getElementById("f-rationale").wholeText()).isEqualTo(markdown);
        assertThat(Workflow.claim(id).getString("verdict")).isNull();

        Response comment = form(session, page).formParam("body", "_Checked_ with the office.")
                .formParam("preview", "yes").when().post("/claims/" + id + "/comments");
        Document commented = Jsoup.parse(comment.asString());
        assertThat(commented.selectFirst("#comment-preview .markdown em").text()).isEqualTo("Checked");
        assertThat(commented.getElementById("f-body").wholeText()).isEqualTo("_Checked_ with the office.");
        assertThat(commented.select("#comments .comment")).isEmpty();
    }

    @Test
    void theMainPagesSpeakANewsroomsWords() {
        Articles.ImportedArticle article = Articles.importDemoCopy();
        long researching = Workflow.claimIn("RESEARCHING");
        long inReview = Workflow.claimIn("IN_REVIEW");
        String session = Browser.signIn(Api.REVIEWER);
        List<String> found = new ArrayList<>();
        for (String path : List.of("/articles/" + article.id(), "/claims/" + researching, "/claims/" + inReview,
                "/workboard", "/articles/new")) {
            String text = Browser.open(session, path).html().body().text();
            Matcher m = DEVELOPER_WORDS.matcher(text);
            while (m.find()) {
                found.add(path + ": " + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)));
            }
        }
        assertThat(found).isEmpty();
        // The disabled Approve says why in words, not as IN_REVIEW → APPROVED.
        assertThat(Browser.open(session, "/claims/" + inReview).html().getElementById("why-APPROVED").text())
                .isEqualTo("Only editors may approve (from In review to Approved).");
    }

    @Test
    void aPublicPageSaysInWordsThatChangesAreKeptWithoutTheChainsHash() {
        long id = Workflow.claimIn("PUBLISHED");
        Document page = Jsoup.parse(Browser.anonymous().get("/public/claims/" + id).then().statusCode(200).extract()
                .asString());
        String footer = page.selectFirst(".trace").text();
        assertThat(footer).contains("Every change to these claims is kept in").contains("review record");
        assertThat(footer).doesNotContainIgnoringCase("chain").doesNotContainIgnoringCase("hash");
        assertThat(page.select(".trace code")).isEmpty();
    }

    @Test
    void anEmptyImportNamesEachFieldBesideIt() {
        String session = Browser.signIn(Api.REVIEWER);
        Browser.Page form = Browser.open(session, "/articles/new");
        assertThat(form.html().selectFirst("#f-title + .hint, #f-title ~ .hint").text())
                .startsWith("Required for pasted text.");
        Response refused = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, form.csrfCookie())
                .multiPart(Browser.CSRF_FIELD, form.csrfToken()).multiPart("mode", "text").multiPart("title", "")
                .multiPart("text", "").when().post("/articles");
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.getElementById("e-title").text()).isEqualTo("Title is required for pasted text.");
        assertThat(page.getElementById("f-title").attr("aria-describedby")).isEqualTo("e-title");
        assertThat(page.getElementById("e-text").text())
                .isEqualTo("The article text is required, as plain text or as HTML.");
        assertThat(page.getElementById("f-text").attr("aria-describedby")).isEqualTo("e-text");
        assertThat(page.select(".form-errors li")).extracting(li -> li.attr("data-field"))
                .containsExactly("title", "text");
        assertThat(page.select(".form-errors li").eachText()).containsExactly("Title is required for pasted text.",
                "The article text is required, as plain text or as HTML.");
    }

    @Test
    void theDesksHistoryAndAClaimsTimelineAreNamedApart() {
        long id = Workflow.newClaim();
        String session = Browser.signIn(Api.EDITOR);
        Document claim = Browser.open(session, "/claims/" + id).html();
        assertThat(claim.select("header nav a[href=/history], nav a[href=/history]").eachText())
                .contains("Desk history");
        assertThat(claim.select("a[href=/claims/" + id + "/history]").eachText()).containsExactly("Claim timeline");
        Document timeline = Browser.open(session, "/claims/" + id + "/history").html();
        assertThat(timeline.selectFirst("h1").text()).isEqualTo("Timeline of claim " + id);
        assertThat(timeline.title()).startsWith("Timeline of claim " + id);
        Document desk = Browser.open(session, "/history").html();
        assertThat(desk.selectFirst("h1").text()).isEqualTo("Desk history");
        assertThat(desk.title()).startsWith("Desk history");
        assertThat(desk.select("a").eachText()).doesNotContain("History");
    }

    private static io.restassured.specification.RequestSpecification form(String session, Browser.Page page) {
        return Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .contentType(ContentType.URLENC).formParam(Browser.CSRF_FIELD, page.csrfToken());
    }
}
