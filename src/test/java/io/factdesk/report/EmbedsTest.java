package io.factdesk.report;

import static io.factdesk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A fact-check in another newsroom's article (docs/reports.md, "Embeds"): the oEmbed answer for a published
 * claim's page, its refusals, and the card page that alone may be framed.
 */
@QuarkusTest
class EmbedsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PublicLinks links;

    private static io.restassured.specification.RequestSpecification oembed(String url) {
        return Browser.anonymous().queryParam("url", url);
    }

    @Test
    void theOembedOfAPublishedClaimFramesItsCard() throws Exception {
        long claim = Workflow.claimIn("PUBLISHED");
        String page = PublicLinks.claim(links.base(), claim);
        JsonNode o = JSON.readTree(oembed(page).queryParam("format", "json").get("/public/oembed").then()
                .statusCode(200).contentType(startsWith("application/json")).extract().asString());
        assertThat(o.path("version").asText()).isEqualTo("1.0");
        assertThat(o.path("type").asText()).isEqualTo("rich");
        assertThat(o.path("title").asText()).isEqualTo(Workflow.claim(claim).getString("statement"));
        assertThat(o.path("provider_url").asText()).isEqualTo(links.base());
        assertThat(o.path("provider_name").asText()).isNotBlank();
        assertThat(o.path("width").asInt()).isEqualTo(Embeds.WIDTH);
        assertThat(o.path("height").asInt()).isEqualTo(Embeds.HEIGHT);
        Element frame = Jsoup.parseBodyFragment(o.path("html").asText()).selectFirst("iframe");
        assertThat(frame).isNotNull();
        assertThat(frame.attr("src")).isEqualTo(page + "/embed");
        assertThat(frame.attr("width")).isEqualTo(String.valueOf(Embeds.WIDTH));

        // The card's own address works too, and the consumer's maximum size shrinks the frame.
        JsonNode small = JSON.readTree(oembed(page + "/embed").queryParam("maxwidth", "320")
                .queryParam("maxheight", "200").get("/public/oembed").then().statusCode(200).extract().asString());
        assertThat(small.path("width").asInt()).isEqualTo(320);
        assertThat(small.path("height").asInt()).isEqualTo(200);
        assertThat(Jsoup.parseBodyFragment(small.path("html").asText()).selectFirst("iframe").attr("height"))
                .isEqualTo("200");

        // The public page names the oEmbed answer for discovery, in a header and in its <head>.
        String discovery = "/public/oembed?url=" + java.net.URLEncoder.encode(page,
                java.nio.charset.StandardCharsets.UTF_8) + "&format=json";
        String html = Browser.anonymous().get("/public/claims/" + claim).then().statusCode(200).header("Link",
                containsString(discovery + ">; rel=\"alternate\"; type=\"application/json+oembed\"")).extract()
                .asString();
        assertThat(Jsoup.parse(html).selectFirst("head link[rel=alternate][type=application/json+oembed]").attr("href"))
                .isEqualTo(links.base() + discovery);
    }

    @Test
    void foreignUnknownAndMalformedAddressesAreRefusedWithProblems() {
        long published = Workflow.claimIn("PUBLISHED");
        long approved = Workflow.claimIn("APPROVED");
        long article = Workflow.claim(published).getLong("articleId");
        oembed("https://elsewhere.example.org/public/claims/" + published).get("/public/oembed").then()
                .spec(problem(404)).body("detail", containsString("only the public pages of published fact-checks"));
        oembed(PublicLinks.claim(links.base(), approved)).get("/public/oembed").then().spec(problem(404));
        oembed(PublicLinks.claim(links.base(), 987654321L)).get("/public/oembed").then().spec(problem(404));
        oembed(PublicLinks.article(links.base(), article)).get("/public/oembed").then().spec(problem(404));
        oembed(links.base() + "/api/claims/" + published).get("/public/oembed").then().spec(problem(404));
        Browser.anonymous().get("/public/oembed").then().spec(problem(400)).body("errors[0].field", equalTo("url"));
        oembed("not a url at all").get("/public/oembed").then().spec(problem(400));
        oembed("/public/claims/" + published).get("/public/oembed").then().spec(problem(400));
        oembed(PublicLinks.claim(links.base(), published)).queryParam("maxwidth", "wide").get("/public/oembed")
                .then().spec(problem(400)).body("errors[0].field", equalTo("maxwidth"));
        oembed(PublicLinks.claim(links.base(), published)).queryParam("format", "xml").get("/public/oembed").then()
                .spec(problem(501)).body("detail", containsString("format=json"));
    }

    @Test
    void onlyTheCardMayBeFramed() {
        long claim = Workflow.claimIn("PUBLISHED");
        ExtractableResponse<Response> card = Browser.anonymous().get("/public/claims/" + claim + "/embed").then()
                .statusCode(200).contentType(startsWith("text/html")).extract();
        assertThat(card.header("Content-Security-Policy")).contains("frame-ancestors *").contains("default-src 'none'")
                .doesNotContain("frame-ancestors 'none'");
        assertThat(card.headers().hasHeaderWithName("X-Frame-Options")).isFalse();
        assertThat(card.header("X-Content-Type-Options")).isEqualTo("nosniff");
        Document html = Jsoup.parse(card.asString());
        assertThat(html.select("h1").text()).isEqualTo(Workflow.claim(claim).getString("statement"));
        assertThat(html.select(".verdict").text()).isEqualTo("Mostly false");
        assertThat(html.select("script")).isEmpty();
        Element more = html.selectFirst("a[href=" + PublicLinks.claim(links.base(), claim) + "]");
        assertThat(more).isNotNull();
        assertThat(more.attr("target")).isEqualTo("_blank");

        for (String path : new String[] { "/public/claims/" + claim,
                "/public/articles/" + Workflow.claim(claim).getLong("articleId"), "/public/feed.atom" }) {
            Browser.anonymous().get(path).then().statusCode(200).header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
        long approved = Workflow.claimIn("APPROVED");
        Browser.anonymous().get("/public/claims/" + approved + "/embed").then().statusCode(404)
                .header("X-Frame-Options", "DENY");
        Workflow.move(Workflow.SETUP_EDITOR, claim, "RESEARCHING", Map.of("comment", "Reopened."), 200);
        Browser.anonymous().get("/public/claims/" + claim + "/embed").then().statusCode(404);
    }
}
