package io.factdesk.review;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.factdesk.testing.Api;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkboardPageTest {

    @Test
    void theBoardCountsEachStateAsTheApiDoes() {
        Workflow.claimIn("IN_REVIEW");
        Document board = Browser.open(Browser.signIn(Api.EDITOR), "/workboard").html();
        for (String state : new String[] { "NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED", "DISMISSED" }) {
            long total = Api.asEditor().get("/api/claims?size=1&state=" + state).then().statusCode(200)
                    .extract().jsonPath().getLong("total");
            String shown = board.selectFirst(".board-column[data-state=" + state + "] .count").attr("data-count");
            assertThat(state, Long.parseLong(shown), equalTo(total));
        }
    }

    @Test
    void myQueueShowsWhatIsAssignedToMe() {
        long mine = Workflow.newClaim();
        Workflow.move(Api.REVIEWER, mine, "RESEARCHING", Map.of(), 200);
        long theirs = Workflow.claimIn("RESEARCHING");
        Document queue = Browser.open(Browser.signIn(Api.REVIEWER), "/workboard?assignee=me").html();
        assertThat(queue.selectFirst(".board-card[data-claim-id=" + mine + "]"), notNullValue());
        assertThat(queue.selectFirst(".board-card[data-claim-id=" + theirs + "]"), nullValue());
    }

    @Test
    void filtersNarrowTheBoardToOneArticle() {
        long id = Workflow.newClaim();
        long article = Workflow.claim(id).getLong("articleId");
        Document board = Browser.open(Browser.signIn(Api.REVIEWER), "/workboard?article=" + article).html();
        assertThat(board.select(".board-card"), hasSize(1));
        assertThat(board.selectFirst(".board-card").attr("data-claim-id"), equalTo(String.valueOf(id)));
    }

    @Test
    void anEditorMovesSelectedClaimsAndSeesWhichCouldNotMoveAndWhy() {
        long approved = Workflow.claimIn("APPROVED");
        long fresh = Workflow.claimIn("NEW");
        String session = Browser.signIn(Api.EDITOR);
        Browser.Page page = Browser.open(session, "/workboard");
        assertThat(page.html().selectFirst("#bulk-toolbar"), notNullValue());
        String html = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .formParam(Browser.CSRF_FIELD, page.csrfToken())
                .formParam("ids", approved).formParam("ids", fresh).formParam("to", "PUBLISHED")
                .formParam("confirmed", "yes") // publishing asks first (BulkPublishConfirmTest)
                .post("/workboard/move").then().statusCode(200).extract().asString();
        Document result = Jsoup.parse(html);
        assertThat(result.selectFirst(".bulk-outcome").text(), containsString("1 moved to Published"));
        assertThat(result.selectFirst(".refused li[data-claim-id=" + fresh + "]").text(), containsString("NEW"));
        assertThat(Workflow.claim(approved).getString("state"), equalTo("PUBLISHED"));
        assertThat(Workflow.claim(fresh).getString("state"), equalTo("NEW"));
    }

    @Test
    void aReviewerSeesNoBulkToolbar() {
        Document board = Browser.open(Browser.signIn(Api.REVIEWER), "/workboard").html();
        assertThat(board.selectFirst("#bulk-toolbar"), nullValue());
        assertThat(board.selectFirst("input[name=ids]"), nullValue());
    }
}
