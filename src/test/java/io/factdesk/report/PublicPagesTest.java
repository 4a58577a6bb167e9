package io.factdesk.report;

import static io.factdesk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.ReportFixture;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Document page(String path) {
        String html = Browser.anonymous().get(path).then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'")).extract().asString();
        return Jsoup.parse(html);
    }

    private static JsonNode jsonLd(Document page) throws Exception {
        List<Element> scripts = page.select("script");
        assertThat(scripts).as("only the JSON-LD block, nothing that runs").hasSize(1);
        assertThat(scripts.get(0).attr("type")).isEqualTo("application/ld+json");
        return JSON.readTree(scripts.get(0).data());
    }

    @Test
    void aPublishedClaimHasAPublicPageWithItsClaimReview() throws Exception {
        ReportFixture.Demo demo = ReportFixture.demo();
        long claim = demo.published().get(1);
        Document page = page("/public/claims/" + claim);
        // The claim is the headline; the article is named under it (docs/ui.md, "Public page").
        assertThat(page.select("h1").text())
                .isEqualTo("The US is not conducting or coordinating military operations with Russia.");
        assertThat(page.select("header p.meta strong").first().text()).isEqualTo("In the article " + Articles.DEMO_TITLE);
        assertThat(page.select("article.claim")).hasSize(1);
        assertThat(page.select("article.claim h3").text())
                .isEqualTo("The US is not conducting or coordinating military operations with Russia.");
        assertThat(page.select(".verdict").text()).isEqualTo(ReportFixture.VERDICTS.get(1));
        assertThat(page.text()).contains(ReportFixture.SOURCE_TITLES.get(1)).doesNotContain("Internal");
        assertThat(page.select("a[href$=/public/articles/" + demo.articleId() + "]")).hasSize(1);

        JsonNode review = jsonLd(page);
        assertThat(review.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.path("url").asText()).endsWith("/public/claims/" + claim);
        assertThat(review.path("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(review.path("author").path("@type").asText()).isEqualTo("Organization");
        assertThat(review.path("author").path("name").asText()).isNotBlank();
        assertThat(review.path("claimReviewed").asText())
                .isEqualTo("The US is not conducting or coordinating military operations with Russia.");
        assertThat(review.path("reviewRating").path("@type").asText()).isEqualTo("Rating");
        assertThat(review.path("reviewRating").path("alternateName").asText()).isEqualTo("Half true");
        assertThat(review.path("reviewRating").path("ratingValue").asInt()).isEqualTo(3);
        assertThat(review.path("reviewRating").path("bestRating").asInt()).isEqualTo(5);
        assertThat(review.path("reviewRating").path("worstRating").asInt()).isEqualTo(1);
        JsonNode item = review.path("itemReviewed");
        assertThat(item.path("@type").asText()).isEqualTo("Claim");
        assertThat(item.path("author").path("@type").asText()).isEqualTo("Person");
        assertThat(item.path("author").path("name").asText()).isEqualTo("Josh Earnest");
        assertThat(item.path("datePublished").asText()).isEqualTo("2016-07-14");
        assertThat(item.path("appearance").path("headline").asText()).isEqualTo(Articles.DEMO_TITLE);
    }

    @Test
    void aLabelWithoutANumberHasNoRatingValue() throws Exception {
        long claim = ReportFixture.demo().published().get(0);
        JsonNode review = JSON.readTree(Api.anonymous().get("/api/claims/" + claim + "/claimreview").then()
                .statusCode(200).contentType(startsWith("application/ld+json")).extract().asString());
        assertThat(review.path("reviewRating").path("alternateName").asText()).isEqualTo("Misleading");
        assertThat(review.path("reviewRating").has("ratingValue")).isFalse();
        assertThat(review.path("reviewRating").has("bestRating")).isFalse();
        assertThat(review.path("itemReviewed").path("author").path("@type").asText()).isEqualTo("Organization");
    }

    @Test
    void theArticlePageShowsOnlyPublishedClaimsAndLinksToTheirPagesWhereEachClaimReviewIs() throws Exception {
        ReportFixture.Demo demo = ReportFixture.demo();
        Document page = page("/public/articles/" + demo.articleId());
        assertThat(page.select("article.claim").eachAttr("id")).containsExactlyElementsOf(
                demo.published().stream().map(id -> "claim-" + id).toList());
        assertThat(page.text()).doesNotContain("The International Syria Support Group has 22 member nations.")
                .doesNotContain(ReportFixture.SOURCE_TITLES.get(3)).contains(ReportFixture.CORRECTION_NOTE);
        assertThat(page.select("script")).as("one ClaimReview per page: the claims' pages carry them").isEmpty();
        for (long claim : demo.published()) {
            Element link = page.selectFirst("#claim-" + claim + " a[href$=/public/claims/" + claim + "]");
            assertThat(link).as("link to the page of claim " + claim).isNotNull();
            assertThat(link.text()).isEqualTo("This fact-check on its own page");
            JsonNode review = jsonLd(page("/public/claims/" + claim));
            assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
            assertThat(review.path("url").asText()).isEqualTo(link.attr("href"));
        }
    }

    @Test
    void anArticleWithOnePublishedClaimStillLinksToItsPage() {
        long claim = Workflow.claimIn("PUBLISHED");
        long article = Workflow.claim(claim).getLong("articleId");
        Document page = page("/public/articles/" + article);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("#claim-" + claim + " a[href$=/public/claims/" + claim + "]")).hasSize(1);
        assertThat(page.select("a[href$=/public/articles/" + article + "]")).as("no link to itself").isEmpty();
    }

    @Test
    void noUnpublishedClaimIsEverPublicWhateverItsState() {
        for (String state : List.of("NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "DISMISSED")) {
            long claim = Workflow.claimIn(state);
            long article = Workflow.claim(claim).getLong("articleId");
            Browser.anonymous().get("/public/claims/" + claim).then().statusCode(404);
            Browser.anonymous().get("/public/articles/" + article).then().statusCode(404);
            Api.anonymous().get("/api/claims/" + claim + "/claimreview").then().spec(problem(404));
            Api.anonymous().get("/api/articles/" + article + "/report?format=claimreview").then().spec(problem(404));
        }
        long reopened = Workflow.claimIn("PUBLISHED");
        Browser.anonymous().get("/public/claims/" + reopened).then().statusCode(200);
        Workflow.move(Workflow.SETUP_EDITOR, reopened, "RESEARCHING", Map.of("comment", "A number was wrong."), 200);
        Browser.anonymous().get("/public/claims/" + reopened).then().statusCode(404);
    }

    @Test
    void markupInAnyFieldCannotLeaveTheJsonLdOrTheText() throws Exception {
        long claim = Workflow.newClaim();
        String hostile = "</script><script>alert(1)</script><!-- & 'quotes' \u2028 -->";
        Api.asReviewer().body(Map.of("statement", hostile, "claimant", "<b>Minister</b></script>", "version",
                Workflow.version(claim))).patch("/api/claims/" + claim).then().statusCode(200);
        Workflow.move(Workflow.SETUP_EDITOR, claim, "RESEARCHING", Map.of("assignee", "setup-reviewer"), 200);
        Workflow.verdict(claim, "False");
        Workflow.evidence(claim);
        Workflow.move(Workflow.SETUP_REVIEWER, claim, "IN_REVIEW", Map.of(), 200);
        Workflow.move(Workflow.SETUP_EDITOR, claim, "APPROVED", Map.of(), 200);
        Workflow.move(Workflow.SETUP_EDITOR_2, claim, "PUBLISHED", Map.of(), 200);

        String html = Browser.anonymous().get("/public/claims/" + claim).then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>Minister");
        Document page = Jsoup.parse(html);
        JsonNode review = jsonLd(page);
        assertThat(review.path("claimReviewed").asText()).isEqualTo(hostile);
        assertThat(review.path("itemReviewed").path("author").path("name").asText()).isEqualTo("<b>Minister</b></script>");
        assertThat(page.select("article.claim h3").text()).as("shown as text")
                .startsWith("</script><script>alert(1)</script><!-- & 'quotes'").endsWith("-->");
    }
}
