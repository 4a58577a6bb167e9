package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a CDN or a browser in front of Factdesk is told (docs/reports.md, "Caching for the public"): every public
 * answer has an ETag, a Last-Modified and a public Cache-Control; a revalidation that still holds is a 304
 * with no body and nothing rendered; a publication or correction changes the ETag.
 */
@QuarkusTest
class PublicCachingTest {

    @Inject
    RenderLimit renders;

    @Inject
    PublicLinks links;

    private static List<String> publicPaths(long claim, long article) {
        return List.of("/public/claims/" + claim, "/public/articles/" + article, "/public/claims/" + claim + "/embed",
                "/public/claims/" + claim + "/card.png", "/public/feed.atom", "/public/claimreview-feed.json", "/sitemap.xml", "/robots.txt");
    }

    private static ExtractableResponse<Response> get(String path) {
        return Browser.anonymous().get(path).then().statusCode(200).extract();
    }

    @Test
    void everyPublicAnswerCarriesValidatorsAndIsAnswered304WhenTheyHold() {
        long claim = Workflow.claimIn("PUBLISHED");
        long article = Workflow.claim(claim).getLong("articleId");
        List<String> paths = new java.util.ArrayList<>(publicPaths(claim, article));
        paths.add("/public/oembed?url=" + PublicLinks.claim(links.base(), claim)); // RestAssured encodes it
        for (String path : paths) {
            ExtractableResponse<Response> first = get(path);
            String etag = first.header("ETag");
            String lastModified = first.header("Last-Modified");
            assertThat(etag).as(path).matches("W/\"\\d+-[0-9a-f]{16}\"");
            assertThat(first.header("Cache-Control")).as(path)
                    .isEqualTo("public, max-age=60, stale-while-revalidate=300");
            assertThat(first.headers().hasHeaderWithName("Set-Cookie")).as(path + " sets no cookie a CDN would keep")
                    .isFalse();
            Instant modified = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            assertThat(modified).as(path).isBeforeOrEqualTo(Instant.now());

            ExtractableResponse<Response> byTag = Browser.anonymous().header("If-None-Match", etag).get(path).then()
                    .statusCode(304).extract();
            assertThat(byTag.asByteArray()).as(path).isEmpty();
            assertThat(byTag.header("ETag")).isEqualTo(etag);
            assertThat(byTag.header("Cache-Control")).isEqualTo("public, max-age=60, stale-while-revalidate=300");
            // A strong form of the tag, among others, matches (weak comparison).
            Browser.anonymous().header("If-None-Match", "\"other\", " + etag.substring(2)).get(path).then()
                    .statusCode(304);
            Browser.anonymous().header("If-Modified-Since", lastModified).get(path).then().statusCode(304);
            String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.minusSeconds(1).atZone(ZoneOffset.UTC));
            assertThat(Browser.anonymous().header("If-Modified-Since", earlier).get(path).then().statusCode(200)
                    .extract().asByteArray()).as(path).isNotEmpty();
            // If-None-Match wins over If-Modified-Since (RFC 9110): a stale tag is a 200 whatever the date.
            Browser.anonymous().header("If-None-Match", "W/\"0-stale\"").header("If-Modified-Since", lastModified)
                    .get(path).then().statusCode(200);
        }
    }

    @Test
    void aRevalidationIsAnswered304WithoutRenderingAndAPublicationChangesTheTag() {
        long claim = Workflow.claimIn("PUBLISHED");
        String page = "/public/claims/" + claim;
        String before = get(page).header("ETag");

        // Something is published: the head moves, the page's ETag with it.
        long other = Workflow.claimIn("PUBLISHED");
        ExtractableResponse<Response> feed = get("/public/feed.atom");
        String now = feed.header("ETag");
        assertThat(now).isNotEqualTo(before);
        Browser.anonymous().header("If-None-Match", before).get(page).then().statusCode(200);

        // The claim page has not been rendered at the new head; a client holding the new tag (as a CDN that
        // saw the feed would) gets its 304 without a render.
        String again = get("/public/feed.atom").header("ETag");
        assertThat(again).isEqualTo(now);
        long rendersBefore = renders.started();
        Browser.anonymous().header("If-None-Match", now).get("/public/claims/" + other).then().statusCode(304);
        Browser.anonymous().header("If-None-Match", now).get("/public/claims/" + other + "/embed").then()
                .statusCode(304);
        assertThat(renders.started()).as("no render for a 304").isEqualTo(rendersBefore);
        get("/public/claims/" + other + "/embed");
        assertThat(renders.started()).as("the 200 renders the card").isEqualTo(rendersBefore + 1);

        // A correction of the claim changes its page's tag.
        String published = get(page).header("ETag");
        Workflow.move(Workflow.SETUP_EDITOR, claim, "RESEARCHING", Map.of("comment", "Checking the figure."), 200);
        Browser.anonymous().header("If-None-Match", published).get(page).then().statusCode(404);
        Workflow.move(Workflow.SETUP_REVIEWER, claim, "IN_REVIEW", Map.of(), 200);
        Workflow.move(Workflow.SETUP_EDITOR, claim, "APPROVED", Map.of(), 200);
        Workflow.move(Workflow.SETUP_EDITOR_2, claim, "PUBLISHED", Map.of(), 200);
        ExtractableResponse<Response> corrected = Browser.anonymous().header("If-None-Match", published).get(page)
                .then().statusCode(200).extract();
        assertThat(corrected.header("ETag")).isNotEqualTo(published);
        assertThat(corrected.asString()).contains("Checking the figure.");
    }

    @Test
    void unpublishedClaimsAreRefusedBeforeAnyRevalidation() {
        long claim = Workflow.claimIn("APPROVED");
        String tag = get("/public/feed.atom").header("ETag");
        for (String path : List.of("/public/claims/" + claim, "/public/claims/" + claim + "/embed")) {
            Browser.anonymous().header("If-None-Match", tag).get(path).then().statusCode(404);
            Browser.anonymous().header("If-None-Match", "*").get(path).then().statusCode(404);
        }
    }
}
