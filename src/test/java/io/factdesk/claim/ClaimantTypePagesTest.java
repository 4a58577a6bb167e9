package io.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The claimant type and first appearance in the browser: the claim page's edit form and the
 * reader's new-claim form (ClaimReview names the claimant a Person or an Organization).
 */
@QuarkusTest
class ClaimantTypePagesTest {

    static final String FIRST_MADE = "https://www.aljazeera.com/news/2016/7/14/syria-death-toll";

    @Test
    void theClaimPageEditFormSavesClaimantTypeAndFirstAppearanceAndShowsThem() {
        Articles.ImportedArticle article = Articles.importDemoCopy();
        long id = Articles.markByQuote(article.id(), "22-nation", "Other");
        String session = Browser.signIn(Api.REVIEWER);
        Browser.Page page = Browser.open(session, "/claims/" + id);
        assertThat(page.html().select("#claimant-type").text()).isEqualTo("not said");
        assertThat(page.html().select("#f-claimantType option[selected]").val()).isEmpty();

        editForm(session, page).formParam("claimantType", "organization").formParam("firstAppearance", FIRST_MADE)
                .post("/claims/" + id).then().statusCode(303);

        Document saved = Browser.open(session, page.csrfCookie(), "/claims/" + id + "?notice=saved").html();
        assertThat(saved.select(".flash-success").text()).isEqualTo("Saved.");
        assertThat(saved.select("#claimant-type").text()).isEqualTo("Organisation");
        Element link = saved.selectFirst("#first-appearance a");
        assertThat(link.attr("href")).isEqualTo(FIRST_MADE);
        assertThat(link.attr("rel")).contains("noopener");
        assertThat(saved.select("#f-claimantType option[selected]").val()).isEqualTo("organization");
        assertThat(saved.selectFirst("#f-firstAppearance").val()).isEqualTo(FIRST_MADE);
        Api.asReviewer().get("/api/claims/" + id).then().body("claimantType", equalTo("organization"))
                .body("firstAppearance", equalTo(FIRST_MADE)).body("claimant", equalTo("Al Jazeera"));

        Document history = Browser.open(session, page.csrfCookie(), "/claims/" + id + "/history").html();
        assertThat(history.text()).contains("edited claimant type, first appearance").contains(FIRST_MADE);

        Browser.Page again = Browser.open(session, page.csrfCookie(), "/claims/" + id);
        editForm(session, again).formParam("claimantType", "").formParam("firstAppearance", "")
                .post("/claims/" + id).then().statusCode(303);
        Api.asReviewer().get("/api/claims/" + id).then().body("claimantType", nullValue())
                .body("firstAppearance", nullValue());
    }

    @Test
    void aBadFirstAppearanceOrClaimantTypeIsShownBesideItsFieldAndKept() {
        Articles.ImportedArticle article = Articles.importDemoCopy();
        long id = Articles.markByQuote(article.id(), "22-nation", "Other");
        String session = Browser.signIn(Api.REVIEWER);
        Browser.Page page = Browser.open(session, "/claims/" + id);

        String body = editForm(session, page).formParam("claimantType", "robot")
                .formParam("firstAppearance", "aljazeera.com/news").post("/claims/" + id)
                .then().statusCode(422).extract().asString();
        Document html = Jsoup.parse(body);
        assertThat(html.select("#e-claimantType").text()).contains("person, organization");
        assertThat(html.select("#e-firstAppearance").text())
                .isEqualTo("First appearance must be an http:// or https:// address.");
        assertThat(html.selectFirst("#f-firstAppearance").val()).isEqualTo("aljazeera.com/news");
        Api.asReviewer().get("/api/claims/" + id).then().body("version", equalTo(0))
                .body("firstAppearance", nullValue());
    }

    @Test
    void theReaderMarksAClaimWithItsClaimantType() {
        Articles.ImportedArticle article = Articles.importDemoCopy();
        String session = Browser.signIn(Api.REVIEWER);
        Browser.Page page = Browser.open(session, "/articles/" + article.id());
        assertThat(page.html().select("#claim-form #f-claimantType option").eachText())
                .containsExactly("not said", "Person", "Organisation");
        String topicId = page.html().selectFirst("#f-topicId option:not([value=\"\"])").val();

        String location = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .formParam(Browser.CSRF_FIELD, page.csrfToken()).formParam("quote", "22-nation")
                .formParam("claimant", "Josh Earnest").formParam("claimantType", "person")
                .formParam("topicId", topicId).post("/articles/" + article.id() + "/claims")
                .then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*#claim-", ""));
        Api.asReviewer().get("/api/claims/" + id).then().body("claimantType", equalTo("person"));

        String refused = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .formParam(Browser.CSRF_FIELD, page.csrfToken()).formParam("quote", "22-nation")
                .formParam("claimantType", "robot").formParam("topicId", topicId)
                .post("/articles/" + article.id() + "/claims").then().statusCode(422).extract().asString();
        assertThat(Jsoup.parse(refused).select("#claim-form #e-claimantType").text())
                .contains("person, organization");
    }

    /** The claim page's edit form as the page filled it in, with its CSRF token. */
    private static io.restassured.specification.RequestSpecification editForm(String session, Browser.Page page) {
        Element form = page.html().selectFirst("form#fields");
        var request = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .formParam(Browser.CSRF_FIELD, page.csrfToken());
        for (Element input : form.select("input[name]:not([name=\"" + Browser.CSRF_FIELD + "\"]):not([name=claimantType])"
                + ":not([name=firstAppearance]), textarea[name]")) {
            request.formParam(input.attr("name"), input.val());
        }
        Element topic = form.selectFirst("select[name=topicId] option[selected]");
        request.formParam("topicId", topic.val());
        return request;
    }
}
