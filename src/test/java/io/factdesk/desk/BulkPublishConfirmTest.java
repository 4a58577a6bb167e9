package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Publishing from the workboard, like publishing one claim, asks first and says what becomes public. */
@QuarkusTest
class BulkPublishConfirmTest {

    @Test
    void bulkPublishingListsTheClaimsAndPublishesOnlyWhenConfirmed() {
        long article = Desk.article(2).id();
        long one = Desk.bring(Desk.claim(article, 1), "APPROVED");
        long two = Desk.bring(Desk.claim(article, 2), "APPROVED");
        Desk.Session editor = Desk.Session.of(Api.EDITOR);
        Browser.Page board = editor.open("/workboard?article=" + article);

        Response asked = editor.post(board, "ids", String.valueOf(one), "ids", String.valueOf(two), "to", "PUBLISHED",
                "article", String.valueOf(article), "comment", "Both checked twice.");
        asked.then().statusCode(200);
        Document confirm = Desk.Session.html(asked);
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Publish 2 claims?");
        assertThat(confirm.select(".confirm-claims li").eachAttr("data-claim-id"))
                .containsExactly(String.valueOf(one), String.valueOf(two));
        assertThat(confirm.selectFirst("#confirm-what").text()).contains("ClaimReview").contains("visible to anyone");
        assertThat(confirm.selectFirst("#b-comment").val()).isEqualTo("Both checked twice.");
        assertThat(Desk.state(one)).isEqualTo("APPROVED");

        Document cancelled = Desk.Session.html(editor.post(board, "ids", String.valueOf(one), "ids",
                String.valueOf(two), "to", "PUBLISHED", "article", String.valueOf(article), "comment",
                "Both checked twice.", "confirmed", "no"));
        assertThat(cancelled.select("input.select[checked]").eachAttr("value"))
                .contains(String.valueOf(one), String.valueOf(two));
        assertThat(cancelled.selectFirst("#b-comment").val()).isEqualTo("Both checked twice.");
        assertThat(Desk.state(one)).isEqualTo("APPROVED");

        Document published = Desk.Session.html(editor.post(board, "ids", String.valueOf(one), "ids",
                String.valueOf(two), "to", "PUBLISHED", "article", String.valueOf(article), "confirmed", "yes"));
        assertThat(published.selectFirst(".bulk-outcome").text()).contains("2 moved to Published");
        assertThat(Desk.state(one)).isEqualTo("PUBLISHED");
        assertThat(Desk.state(two)).isEqualTo("PUBLISHED");
    }
}
