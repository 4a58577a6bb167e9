package io.factdesk.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The reader's text and claim list and the workboard's columns are rendered once per chain head and
 * shared (PageCache): what a user sees must still be what the database holds now, and what is theirs
 * alone (their queue, their role's tools, their form token) must stay theirs.
 */
@QuarkusTest
class PageCacheTest {

    @Test
    void theReaderShowsAMoveMadeAfterThePageWasRendered() {
        long id = Workflow.newClaim();
        long article = Workflow.claim(id).getLong("articleId");
        String session = Browser.signIn(Api.REVIEWER);
        Element before = Browser.open(session, "/articles/" + article).html().getElementById("claim-" + id);
        assertThat(before.attr("data-state"), equalTo("NEW"));

        Workflow.move(Workflow.SETUP_EDITOR, id, "RESEARCHING", Map.of("assignee",
                Workflow.SETUP_REVIEWER.username()), 200);

        Document after = Browser.open(session, "/articles/" + article).html();
        Element item = after.getElementById("claim-" + id);
        assertThat(item.attr("data-state"), equalTo("RESEARCHING"));
        assertThat(item.selectFirst(".badge").text(), equalTo("Researching"));
        assertThat(item.text(), containsString(Workflow.SETUP_REVIEWER.username()));
        assertThat(after.selectFirst("#article-body .hl[data-claims=" + id + "]").attr("data-state"),
                equalTo("RESEARCHING"));
    }

    @Test
    void theSameSearchAfterAChangeFindsTheClaimInItsNewState() {
        String word = Articles.unique("reservoir");
        var imported = Articles.importText(Articles.unique("Search"), "The " + word + " holds 40 million cubic metres.");
        long id = Articles.markByQuote(imported.id(), word + " holds 40 million cubic metres", "Other");
        String inNew = "/api/claims?state=NEW&q=" + word;
        String researching = "/api/claims?state=RESEARCHING&q=" + word;
        Api.asReviewer().get(inNew).then().statusCode(200).body("total", equalTo(1)).body("items[0].id",
                equalTo((int) id));
        Api.asReviewer().get(researching).then().statusCode(200).body("total", equalTo(0));

        Workflow.move(Workflow.SETUP_EDITOR, id, "RESEARCHING", Map.of(), 200);

        Api.asReviewer().get(inNew).then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        Api.asReviewer().get(researching).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].state", equalTo("RESEARCHING"));
    }

    @Test
    void aTopicRenamedAfterwardsIsRenamedOnTheReaderAndTheBoard() {
        String name = Articles.unique("Water supply ");
        var topic = Api.asEditor().body(Map.of("name", name)).post("/api/topics").then().statusCode(201)
                .extract().jsonPath();
        var imported = Articles.importText(Articles.unique("Topics"), "The dam holds 40 million cubic metres.");
        long id = Articles.markByQuote(imported.id(), "40 million cubic metres", name);
        String session = Browser.signIn(Api.EDITOR);
        String reader = "/articles/" + imported.id();
        String board = "/workboard?article=" + imported.id();
        assertThat(Browser.open(session, reader).html().selectFirst("#claim-" + id + " .topic-chip").text(),
                equalTo(name));
        assertThat(Browser.open(session, board).html().selectFirst("#card-" + id + " .topic-chip").text(),
                equalTo(name));

        Api.asEditor().body(Map.of("name", name + " (renamed)", "version", topic.getLong("version")))
                .patch("/api/topics/" + topic.getLong("id")).then().statusCode(200);

        assertThat(Browser.open(session, reader).html().selectFirst("#claim-" + id + " .topic-chip").text(),
                equalTo(name + " (renamed)"));
        assertThat(Browser.open(session, board).html().selectFirst("#card-" + id + " .topic-chip").text(),
                equalTo(name + " (renamed)"));
    }

    @Test
    void aSecondReaderOfTheSamePageGetsTheirOwnFormTokenAndCanMarkAClaim() {
        Workflow.ensureUsers(); // the second reader is a setup account, whichever test runs first
        var imported = Articles.importDemoCopy();
        TwoBrowsers two = TwoBrowsers.open(Api.REVIEWER, Workflow.SETUP_REVIEWER, "/articles/" + imported.id());
        assertThat(two.secondPage.csrfToken(), not(equalTo(two.firstPage.csrfToken())));
        assertThat(two.firstPage.html().selectFirst(".user-name").text(), equalTo(Api.REVIEWER.username()));
        assertThat(two.secondPage.html().selectFirst(".user-name").text(),
                equalTo(Workflow.SETUP_REVIEWER.username()));

        String location = two.markWithSecond(imported.id(), two.secondPage.csrfToken())
                .then().statusCode(303).extract().header("Location");
        assertThat(location, containsString("/articles/" + imported.id() + "?created="));

        Document shown = Browser.open(two.second, two.secondCookie, "/articles/" + imported.id()).html();
        assertThat(shown.select("#claim-list .claim-item"), hasSize(1));
        assertThat(shown.selectFirst("#claim-list .claim-quote").text(), equalTo("more than 450.000 Syrians"));
    }

    @Test
    void twoBrowsersOfOneUserEachGetTheirOwnTokenInTheSamePage() {
        var imported = Articles.importDemoCopy();
        // No change between the two page requests: the second is sent the page the first rendered.
        TwoBrowsers two = TwoBrowsers.open(Api.REVIEWER, Api.REVIEWER, "/articles/" + imported.id());
        assertThat(two.secondPage.html().select("input[name=" + Browser.CSRF_FIELD + "]").eachAttr("value"),
                not(hasItem(two.firstPage.csrfToken())));
        assertThat(two.secondPage.html().select("input[name=" + Browser.CSRF_FIELD + "]"),
                hasSize(two.secondPage.html().select("form[method=post]").size()));
        assertThat(two.secondPage.html().html(), not(containsString(CsrfField.PLACEHOLDER)));

        // The token the second browser was given is its own: its form goes through, the other's does not.
        two.markWithSecond(imported.id(), two.firstPage.csrfToken()).then().statusCode(400);
        two.markWithSecond(imported.id(), two.secondPage.csrfToken()).then().statusCode(303);
    }

    /** Two signed-in browsers (each with its CSRF cookie) that opened the same page one after the other. */
    private record TwoBrowsers(String second, String secondCookie, Browser.Page firstPage, Browser.Page secondPage) {

        static TwoBrowsers open(Api.Account a, Api.Account b, String path) {
            String first = Browser.signIn(a);
            String second = Browser.signIn(b);
            String firstCookie = Browser.open(first, "/articles").csrfCookie();
            String secondCookie = Browser.open(second, "/articles").csrfCookie();
            Browser.Page firstPage = Browser.open(first, firstCookie, path);
            return new TwoBrowsers(second, secondCookie, firstPage, Browser.open(second, secondCookie, path));
        }

        /** The second browser posts the reader's new-claim form with this token. */
        io.restassured.response.Response markWithSecond(long articleId, String token) {
            String topicId = secondPage.html().select("#claim-form select[name=topicId] option").stream()
                    .filter(o -> o.text().equals("Casualty figures")).findFirst().orElseThrow().attr("value");
            return Browser.withSession(second).cookie(Browser.CSRF_COOKIE, secondCookie)
                    .contentType(ContentType.URLENC).formParam(Browser.CSRF_FIELD, token)
                    .formParam("quote", "more than 450.000 Syrians").formParam("statement", "The death toll")
                    .formParam("topicId", topicId).post("/articles/{id}/claims", articleId);
        }
    }

    @Test
    void anEditorAndAReviewerSeeTheirOwnNavigationOnTheSameReaderPage() {
        var imported = Articles.importText(Articles.unique("Roles"), "The dam holds 40 million cubic metres.");
        String editor = Browser.signIn(Api.EDITOR);
        String reviewer = Browser.signIn(Api.REVIEWER);
        Document editorPage = Browser.open(editor, "/articles/" + imported.id()).html();
        Document reviewerPage = Browser.open(reviewer, "/articles/" + imported.id()).html();
        assertThat(editorPage.selectFirst(".nav a[href=/history]"), notNullValue());
        assertThat(editorPage.selectFirst(".user-name").text(), equalTo(Api.EDITOR.username()));
        assertThat(reviewerPage.selectFirst(".nav a[href=/history]"), nullValue());
        assertThat(reviewerPage.selectFirst(".user-name").text(), equalTo(Api.REVIEWER.username()));
    }

    @Test
    void aRefusedFilterAskedAgainIsRefusedAgainWithItsMessage() {
        String session = Browser.signIn(Api.REVIEWER);
        for (int i = 0; i < 2; i++) {
            var answer = Browser.withSession(session).get("/workboard?state=FINISHED");
            answer.then().statusCode(400).contentType(containsString("text/html"));
            Document page = Jsoup.parse(answer.asString());
            assertThat(page.selectFirst(".field.has-error #e-state").text(), containsString("Unknown state 'FINISHED'"));
            assertThat(page.select(".board-card"), hasSize(0));
        }
    }

    @Test
    void eachUserSeesTheirOwnQueueAndTheirOwnToolsOnTheSameBoard() {
        long mine = Workflow.claimIn("RESEARCHING");
        long article = Workflow.claim(mine).getLong("articleId");
        Workflow.ensureUsers();
        String assigned = Browser.signIn(Workflow.SETUP_REVIEWER);
        String other = Browser.signIn(Api.REVIEWER);
        String editor = Browser.signIn(Api.EDITOR);

        // No change between these requests: they all read the same chain head.
        Document queue = Browser.open(assigned, "/workboard?assignee=me").html();
        Document otherQueue = Browser.open(other, "/workboard?assignee=me").html();
        Document editorBoard = Browser.open(editor, "/workboard?article=" + article).html();
        Document reviewerBoard = Browser.open(other, "/workboard?article=" + article).html();

        assertThat(queue.selectFirst(".board-card[data-claim-id=" + mine + "]"), notNullValue());
        assertThat(otherQueue.selectFirst(".board-card[data-claim-id=" + mine + "]"), nullValue());
        assertThat(editorBoard.selectFirst("#card-" + mine + " input[name=ids]"), notNullValue());
        assertThat(reviewerBoard.selectFirst("#card-" + mine), notNullValue());
        assertThat(reviewerBoard.selectFirst("#card-" + mine + " input[name=ids]"), nullValue());
        assertThat(reviewerBoard.selectFirst("#bulk-toolbar"), nullValue());
        assertThat(editorBoard.selectFirst(".board-column[data-state=RESEARCHING] .count").attr("data-count"),
                equalTo("1"));
    }

    record Part(String value) implements PageCache.Part {
        @Override
        public long weight() {
            return value.length();
        }
    }

    @Inject
    PageCache pages;

    @Test
    void aChangeDropsWhatWasKeptAtTheOlderHeadAndTheNextAskComputesAnew() {
        pages.clear();
        AtomicInteger computed = new AtomicInteger();
        PageCache.Key a = new PageCache.Key("test-part", "a");
        PageCache.Key b = new PageCache.Key("test-part", "b");
        assertThat(pages.get(a, head -> new Part("a" + computed.incrementAndGet())).value(), equalTo("a1"));
        assertThat(pages.get(b, head -> new Part("b" + computed.incrementAndGet())).value(), equalTo("b2"));
        assertThat(pages.get(a, head -> new Part("a" + computed.incrementAndGet())).value(), equalTo("a1"));
        assertThat(pages.weight(), equalTo(4L));

        // A change appends an event: the head moves, and the first read at the new head drops the older one's parts.
        Api.asEditor().body(Map.of("name", Articles.unique("Head mover "))).post("/api/topics").then().statusCode(201);
        assertThat(pages.get(a, head -> new Part("a" + computed.incrementAndGet())).value(), equalTo("a3"));
        assertThat(pages.weight(), equalTo(2L));
        assertThat(pages.get(a, head -> new Part("a" + computed.incrementAndGet())).value(), equalTo("a3"));
        assertThat(pages.get(b, head -> new Part("b" + computed.incrementAndGet())).value(), equalTo("b4"));
    }
}
