package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.testing.Api;
import io.factdesk.testing.Browser;
import io.factdesk.testing.ReportFixture;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The report as the desk's pages offer it: the reader's menu, the claim page, the workboard's selection. */
@QuarkusTest
class ReportPagesTest {

    @Test
    void theWorkboardSendsTheSelectedClaimsToTheirReport() {
        ReportFixture.Demo demo = ReportFixture.demo();
        String session = Browser.signIn(Api.EDITOR);
        Browser.Page board = Browser.open(session, "/workboard?article=" + demo.articleId());
        assertThat(board.html().select("#b-format option").eachAttr("value"))
                .containsExactly("html", "pdf", "md", "csv", "json", "claimreview");
        String location = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, board.csrfCookie())
                .formParam(Browser.CSRF_FIELD, board.csrfToken())
                .formParam("ids", String.valueOf(demo.published().get(0)))
                .formParam("ids", String.valueOf(demo.unpublished()))
                .formParam("format", "csv").formParam("scope", "internal")
                .post("/workboard/report").then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith("/api/reports?claims=" + demo.published().get(0) + "," + demo.unpublished()
                + "&format=csv&public=false");
        String csv = Browser.withSession(session).get(location).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().count()).as("header and two claims").isEqualTo(3);
    }

    @Test
    void exportingWithNothingSelectedSaysSoOnTheBoard() {
        String session = Browser.signIn(Api.EDITOR);
        Browser.Page board = Browser.open(session, "/workboard");
        String html = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, board.csrfCookie())
                .formParam(Browser.CSRF_FIELD, board.csrfToken()).formParam("format", "pdf")
                .post("/workboard/report").then().statusCode(422).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#bulk-toolbar .bulk-error").text()).contains("Select the claims the report should hold.");
        assertThat(page.select("#b-format option[selected]").attr("value")).isEqualTo("pdf");
    }

    @Test
    void theReaderOffersEveryFormatOfBothReports() {
        ReportFixture.Demo demo = ReportFixture.demo();
        String session = Browser.signIn(Api.REVIEWER);
        Document reader = Browser.open(session, "/articles/" + demo.articleId()).html();
        String base = "/api/articles/" + demo.articleId() + "/report?format=";
        assertThat(reader.select("details.report-menu a").eachAttr("href")).contains(base + "pdf", base + "md",
                base + "claimreview", base + "pdf&public=false", base + "csv&public=false",
                "/public/articles/" + demo.articleId());
        Browser.withSession(session).get(base + "pdf&public=false").then().statusCode(200)
                .contentType(startsWith("application/pdf"));
    }

    @Test
    void aPublishedClaimsPageLinksToItsPublicPage() {
        ReportFixture.Demo demo = ReportFixture.demo();
        String session = Browser.signIn(Api.REVIEWER);
        long published = demo.published().get(0);
        Document page = Browser.open(session, "/claims/" + published).html();
        assertThat(page.select("#public-page").attr("href")).isEqualTo("/public/claims/" + published);
        assertThat(Browser.open(session, "/claims/" + demo.unpublished()).html().select("#public-page")).isEmpty();
    }
}
