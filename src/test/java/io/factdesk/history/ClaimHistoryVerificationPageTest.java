package io.factdesk.history;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimHistoryVerificationPageTest {

    @Test
    void aReviewerSeesOnTheTimelineThatTheHistoryVerifies() {
        long article = Articles.importDemoCopy().id();
        long claim = Articles.markByQuote(article, "five-year civil war", "Other");
        Document page = Browser.open(Browser.signIn(Api.REVIEWER), "/claims/" + claim + "/history").html();
        assertThat(page.selectFirst("#verification .verification-ok"), notNullValue());
        assertThat(page.selectFirst("#verification").text(), containsString("History verifies"));
        assertThat(page.selectFirst("#verification").text(), containsString(" events"));
    }
}
