package io.factdesk.report;

import static io.factdesk.testing.Articles.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.testing.Api;
import io.factdesk.testing.Browser;
import io.factdesk.testing.ReportFixture;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The admin page of the organisation's settings. */
@QuarkusTest
class OrganisationPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAdminSavesTheSettingsWithTheFormAndSeesThem() {
        Settings before = Settings.read();
        String session = Browser.signIn(Api.ADMIN);
        Browser.Page page = Browser.open(session, "/admin/organisation");
        Document html = page.html();
        assertThat(html.select("nav a[href=\"/admin/organisation\"]").attr("aria-current")).isEqualTo("page");
        assertThat(html.selectFirst("#f-name").val()).isEqualTo(before.name());
        assertThat(html.selectFirst("textarea#f-methodology").text()).isEqualTo(before.methodology());
        assertThat(html.select("#organisation").text()).contains("Markdown");
        String version = html.selectFirst("input[name=version]").val();
        String name = unique("Newsroom ");
        try {
            Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                    .formParam(Browser.CSRF_FIELD, page.csrfToken()).formParam("name", name)
                    .formParam("url", "https://newsroom.example.org").formParam("methodology", "Two people check.")
                    .formParam("correctionsPolicy", "We correct in the open.").formParam("version", version)
                    .post("/admin/organisation")
                    .then().statusCode(303).header("Location", endsWith("/admin/organisation?notice=saved"));

            Document saved = Browser.open(session, page.csrfCookie(), "/admin/organisation?notice=saved").html();
            assertThat(saved.select(".flash-success").text()).isEqualTo("Saved.");
            assertThat(saved.selectFirst("#f-name").val()).isEqualTo(name);
            assertThat(saved.selectFirst("#f-url").val()).isEqualTo("https://newsroom.example.org");
            assertThat(saved.selectFirst("textarea#f-correctionsPolicy").text()).isEqualTo("We correct in the open.");
            Api.asReviewer().get("/api/organisation").then().body("methodology", equalTo("Two people check."));
        } finally {
            before.restore();
        }
    }

    @Test
    void aRefusedFormIsShownAgainWithTheTextAndEachErrorBesideItsField() {
        Settings before = Settings.read();
        String session = Browser.signIn(Api.ADMIN);
        Browser.Page page = Browser.open(session, "/admin/organisation");
        String version = page.html().selectFirst("input[name=version]").val();

        String body = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .formParam(Browser.CSRF_FIELD, page.csrfToken()).formParam("name", "")
                .formParam("url", "javascript:alert(1)").formParam("methodology", "Kept <b>as typed</b>")
                .formParam("correctionsPolicy", "").formParam("version", version)
                .post("/admin/organisation").then().statusCode(422).extract().asString();
        Document html = Jsoup.parse(body);
        assertThat(html.select("#e-name").text()).isEqualTo("Name is required.");
        assertThat(html.select("#e-url").text()).isEqualTo("URL must be an http:// or https:// address.");
        assertThat(html.selectFirst("#f-url").val()).isEqualTo("javascript:alert(1)");
        assertThat(html.selectFirst("textarea#f-methodology").text()).isEqualTo("Kept <b>as typed</b>");
        assertThat(html.select(".form-errors strong").text()).isEqualTo("2 fields are not valid.");
        assertThat(html.select(".form-errors li").eachText()).containsExactlyInAnyOrder("Name is required.",
                "URL must be an http:// or https:// address.");

        Api.asReviewer().get("/api/organisation").then().body("name", equalTo(before.name()))
                .body("methodology", equalTo(before.methodology()));
    }

    @Test
    void aFormFromAnOldCopyIsRefusedAndKeepsTheText() {
        Settings before = Settings.read();
        String session = Browser.signIn(Api.ADMIN);
        Browser.Page page = Browser.open(session, "/admin/organisation");
        String version = page.html().selectFirst("input[name=version]").val();
        try {
            Api.as(Api.DEMO_ADMIN).body(new Settings(unique("Meanwhile "), before.url(), before.methodology(),
                    before.correctionsPolicy()).body(Long.parseLong(version))).put("/api/organisation")
                    .then().statusCode(200);

            String body = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                    .formParam(Browser.CSRF_FIELD, page.csrfToken()).formParam("name", "Mine")
                    .formParam("methodology", "My methodology").formParam("version", version)
                    .post("/admin/organisation").then().statusCode(409).extract().asString();
            Document html = Jsoup.parse(body);
            assertThat(html.select(".form-errors").text()).contains("Someone else saved these settings");
            assertThat(html.selectFirst("#f-name").val()).isEqualTo("Mine");
            assertThat(html.selectFirst("input[name=version]").val())
                    .isEqualTo(String.valueOf(Long.parseLong(version) + 1));
        } finally {
            before.restore();
        }
    }

    @Test
    void withoutAHomePageClaimReviewNamesThePublicUrlAndThePageSaysSo() throws Exception {
        Settings before = Settings.read();
        long claim = ReportFixture.demo().published().get(0);
        try {
            Api.asAdmin().body(new Settings(before.name(), null, before.methodology(), before.correctionsPolicy())
                    .body(Settings.version())).put("/api/organisation").then().statusCode(200);
            JsonNode review = JSON.readTree(Api.anonymous().get("/api/claims/" + claim + "/claimreview").then()
                    .statusCode(200).extract().asString());
            String reviewUrl = review.path("url").asText();
            String publicUrl = reviewUrl.substring(0, reviewUrl.indexOf("/public/claims/"));
            assertThat(review.path("author").path("url").asText()).isEqualTo(publicUrl).startsWith("http");
            Document page = Browser.open(Browser.signIn(Api.ADMIN), "/admin/organisation").html();
            assertThat(page.select("#url-in-use").text()).contains(publicUrl, "until you set its home page");

            Api.asAdmin().body(new Settings(before.name(), "https://newsroom.example.org", before.methodology(),
                    before.correctionsPolicy()).body(Settings.version())).put("/api/organisation").then().statusCode(200);
            review = JSON.readTree(Api.anonymous().get("/api/claims/" + claim + "/claimreview").then()
                    .statusCode(200).extract().asString());
            assertThat(review.path("author").path("url").asText()).isEqualTo("https://newsroom.example.org");
            page = Browser.open(Browser.signIn(Api.ADMIN), "/admin/organisation").html();
            assertThat(page.select("#url-in-use")).isEmpty();
        } finally {
            before.restore();
        }
    }

    @Test
    void thePageIsForAdminsOnlyAndOnlyTheyHaveItsLink() {
        String session = Browser.signIn(Api.EDITOR);
        Browser.withSession(session).get("/admin/organisation").then().statusCode(403);
        Document workboard = Browser.open(session, "/articles").html();
        assertThat(workboard.select("nav a[href=\"/admin/organisation\"]")).isEmpty();
        Browser.anonymous().get("/admin/organisation").then().statusCode(303).header("Location", endsWith("/login"));
    }
}
