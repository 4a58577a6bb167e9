package io.factdesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.audit.EventType;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles.ImportedArticle;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser.Page;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The history pages as a signed-in browser sees them. */
@QuarkusTest
class HistoryPagesTest {

    @Test
    void aClaimsTimelineShowsWhoChangedWhatWithWordDiffs() {
        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(), "22-nation", "Other");
        HistoryApiTest.editStatement(claim, 0, "Claim about the 22-nation group");
        String session = Browser.signIn(Api.REVIEWER);

        Page page = Browser.open(session, "/claims/" + claim + "/history");
        Elements events = page.html().select(".timeline > .timeline-event");
        assertThat(events).hasSize(2);
        assertThat(events.eachAttr("data-type")).containsExactly("CLAIM_CREATED", "CLAIM_EDITED");
        assertThat(events.select(".actor").eachText()).containsExactly("reviewer", "editor");
        Element edited = events.get(1);
        assertThat(edited.select("time.local-time").attr("datetime")).matches("\\d{4}-.*\\.\\d{6}Z");
        Element statement = edited.selectFirst("dd[data-field=statement]");
        assertThat(statement.select("del").eachText()).containsExactly("Statement");
        assertThat(statement.select("ins").eachText()).containsExactly("Claim", "the", "group");
        statement.select("ins, del").remove();
        assertThat(statement.text()).as("the words kept").isEqualTo("about 22-nation");
    }

    @Test
    void anEventShowsTheClaimAsItWasRightAfterIt() {
        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(), "22-nation", "Other");
        HistoryApiTest.editStatement(claim, 0, "Rewritten statement");
        String session = Browser.signIn(Api.REVIEWER);

        Page timeline = Browser.open(session, "/claims/" + claim + "/history");
        String firstAsOf = timeline.html().selectFirst(".timeline-event a.as-of-link").attr("href");
        Page asOf = Browser.open(session, firstAsOf.replaceAll("#.*", ""));
        assertThat(asOf.html().selectFirst("#as-of dd[data-field=statement]").text())
                .isEqualTo("Statement about 22-nation");
        assertThat(asOf.html().selectFirst("#as-of dd[data-field=state]").text()).isEqualTo("NEW");
        assertThat(asOf.html().selectFirst("#as-of dd[data-field=topic]").text()).isEqualTo("Other");
    }

    @Test
    void userTextIsEscapedInTheTimeline() {
        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(), "22-nation", "Other");
        HistoryApiTest.editStatement(claim, 0, "<script>alert('x')</script> & <b>bold</b>");
        String session = Browser.signIn(Api.REVIEWER);

        String html = Browser.withSession(session).when().get("/claims/" + claim + "/history")
                .then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>bold")
                .contains("&lt;script&gt;");
    }

    @Test
    void editorsSeeTheDeskHistoryWithItsVerificationAndExportLinks() {
        String session = Browser.signIn(Api.EDITOR);
        Page desk = Browser.open(session, "/history");
        assertThat(desk.html().selectFirst(".verification-ok")).isNotNull();
        assertThat(desk.html().select("a[href^=/api/history/export]").eachAttr("href"))
                .containsExactly("/api/history/export?format=csv", "/api/history/export?format=jsonl");
        assertThat(desk.html().select(".timeline-event")).isNotEmpty();
        assertThat(desk.html().select(".timeline-event").eachAttr("data-type"))
                .noneMatch(t -> t.startsWith("SIGN_IN") || t.equals("USER_CREATED"));
        assertThat(desk.html().select("button").eachText()).doesNotContain("Verify the whole chain");
        assertThat(desk.html().select("select#f-type option").eachAttr("value")).doesNotContain("SIGN_IN", "security");
    }

    @Test
    void filtersKeepTheirValuesAndNarrowTheExportLinks() {
        ImportedArticle article = Articles.importDemoCopy();
        String session = Browser.signIn(Api.EDITOR);
        Page desk = Browser.open(session, "/history?article=" + article.id() + "&type=ARTICLE_IMPORTED");
        assertThat(desk.html().select(".timeline-event")).hasSize(1);
        assertThat(desk.html().selectFirst("#f-article").attr("value")).isEqualTo(Long.toString(article.id()));
        assertThat(desk.html().selectFirst("select#f-type option[selected]").attr("value"))
                .isEqualTo("ARTICLE_IMPORTED");
        assertThat(desk.html().select("a[href^=/api/history/export]").eachAttr("href")).contains(
                "/api/history/export?format=csv&article=" + article.id() + "&type=ARTICLE_IMPORTED");

        Page wrong = Browser.open(session, "/history?from=yesterday");
        assertThat(wrong.html().selectFirst("#e-from").text()).contains("YYYY-MM-DD");
    }

    @Test
    void reviewersCannotOpenTheDeskHistory() {
        String session = Browser.signIn(Api.REVIEWER);
        Browser.withSession(session).when().get("/history").then().statusCode(403);
    }

    @Test
    void adminsVerifyTheWholeChainAndSeeSecurityEvents() {
        String session = Browser.signIn(Api.ADMIN);
        Page desk = Browser.open(session, "/history");
        assertThat(desk.html().select("button").eachText()).contains("Verify the whole chain");

        Page verified = Browser.open(session, "/history?verify=full");
        assertThat(verified.html().selectFirst(".verification-ok").text()).contains("the whole chain was walked");

        Page security = Browser.open(session, "/history?type=security");
        Set<String> types = security.html().select(".timeline-event").eachAttr("data-type").stream()
                .collect(Collectors.toSet());
        assertThat(types).isNotEmpty().allMatch(t -> EventType.valueOf(t).isSecurity());
    }
}
