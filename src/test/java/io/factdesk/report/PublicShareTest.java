package io.factdesk.report;

import static io.factdesk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.ReportFixture;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The public pages as a reader and a social network get them (docs/reports.md, "Public pages" and
 * "Share cards"): the claim as headline with its verdict large, in its colour and placed on the
 * scale; corrections on top; Open Graph and Twitter metadata with absolute addresses; and the card.
 */
@QuarkusTest
class PublicShareTest {

    private static Document page(String path) {
        return Jsoup.parse(Browser.anonymous().get(path).then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString());
    }

    private static String meta(Document page, String key) {
        return page.select("meta[property=" + key + "], meta[name=" + key + "]").attr("content");
    }

    /** The label's place on the numbered part of the scale as /api/rating-scale gives it, and its colour slot. */
    private static Map.Entry<String, Integer> placeAndColour(String label) {
        JsonPath scale = Api.asReviewer().get("/api/rating-scale").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> labels = scale.getList("$");
        List<Map<String, Object>> numbered = labels.stream()
                .filter(l -> l.get("rating") != null && (!(Boolean) l.get("retired") || label.equals(l.get("label"))))
                .sorted(Comparator.comparingInt(l -> (Integer) l.get("rating"))).toList();
        int place = 0;
        for (int i = 0; i < numbered.size(); i++) {
            if (label.equals(numbered.get(i).get("label"))) {
                place = i + 1;
            }
        }
        int colour = labels.stream().filter(l -> label.equals(l.get("label"))).map(l -> (Integer) l.get("colour"))
                .findFirst().orElseThrow();
        String words = VerdictScale.ordinal(place) + " of " + numbered.size() + " on the scale from "
                + numbered.get(0).get("label") + " to " + numbered.get(numbered.size() - 1).get("label");
        return Map.entry(words, colour);
    }

    @Test
    void theClaimPageLeadsWithTheClaimAndItsVerdictPlacedOnTheScale() {
        ReportFixture.Demo demo = ReportFixture.demo();
        long claim = demo.published().get(1);
        Document page = page("/public/claims/" + claim);
        assertThat(page.select("h1").text())
                .isEqualTo("The US is not conducting or coordinating military operations with Russia.");
        assertThat(page.title()).isEqualTo("Fact-check: The US is not conducting or coordinating military operations"
                + " with Russia. · " + Settings.read().name());
        String verdict = ReportFixture.VERDICTS.get(1);
        Map.Entry<String, Integer> expected = placeAndColour(verdict);
        var panel = page.selectFirst("header .verdict-panel");
        assertThat(panel).as("the verdict is in the header, under the headline").isNotNull();
        assertThat(panel.select(".verdict-label").text()).isEqualTo(verdict);
        assertThat(panel.classNames()).contains("vc-" + expected.getValue());
        assertThat(panel.select(".verdict-text").text()).isEqualTo("Rated " + verdict + ": " + expected.getKey());
        assertThat(panel.select(".meter").attr("aria-hidden")).isEqualTo("true");
        assertThat(panel.select(".meter .step.current").attr("title")).isEqualTo(verdict);
        assertThat(page.select("header p.claimed").text()).isEqualTo("Claimed by Josh Earnest (Person) on 2016-07-14");
        assertThat(page.select("h2").eachText()).as("no summary table for one claim; no corrections")
                .containsExactly("The claim in its context", "Corrections", "How we check");
        assertThat(page.select(".corrections-first")).isEmpty();
        assertThat(page.select("header .checked-version").text()).isEqualTo("Checked against version 1 of the article.");
    }

    @Test
    void everyPublicPageHasShareMetadataWithAbsoluteAddresses() {
        ReportFixture.Demo demo = ReportFixture.demo();
        long claim = demo.published().get(1);
        Document page = page("/public/claims/" + claim);
        String url = meta(page, "og:url");
        assertThat(URI.create(url).isAbsolute()).isTrue();
        assertThat(url).endsWith("/public/claims/" + claim);
        assertThat(meta(page, "og:image")).isEqualTo(url + "/card.png");
        assertThat(meta(page, "twitter:image")).isEqualTo(url + "/card.png");
        assertThat(meta(page, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo(page.select("h1").text());
        assertThat(meta(page, "og:description")).startsWith("Rated " + ReportFixture.VERDICTS.get(1) + " by ")
                .contains("Claimed by Josh Earnest on 2016-07-14.");
        assertThat(meta(page, "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "og:image:height")).isEqualTo("630");
        assertThat(meta(page, "og:site_name")).isEqualTo(Settings.read().name());
        assertThat(meta(page, "og:image:alt")).contains(page.select("h1").text());

        Document article = page("/public/articles/" + demo.articleId());
        assertThat(meta(article, "og:url")).endsWith("/public/articles/" + demo.articleId())
                .startsWith(url.substring(0, url.indexOf("/public/")));
        assertThat(meta(article, "og:title")).isEqualTo("Fact-check: " + Articles.DEMO_TITLE);
        assertThat(meta(article, "og:image")).endsWith("/public/claims/" + demo.published().get(0) + "/card.png");
        assertThat(URI.create(meta(article, "og:image")).isAbsolute()).isTrue();
        assertThat(meta(article, "og:description")).startsWith(demo.published().size() + " claims in this article");
        // The article's page lists its claims the same way, compact.
        for (long id : demo.published()) {
            assertThat(article.select("#claim-" + id + " .verdict-panel.compact .verdict-text").text())
                    .startsWith("Rated ");
        }
    }

    @Test
    void correctionsAreShownFirst() {
        ReportFixture.Demo demo = ReportFixture.demo();
        Document page = page("/public/claims/" + demo.corrected());
        var first = page.selectFirst("body > header + main > section:first-child");
        assertThat(first.id()).isEqualTo("corrections");
        assertThat(first.select("h2").text()).isEqualTo("Correction");
        assertThat(first.text()).contains("we corrected this fact-check: the verdict was " + ReportFixture.FIRST_VERDICT + "; it is now "
                        + ReportFixture.VERDICTS.get(2) + ".")
                .contains(ReportFixture.CORRECTION_NOTE);
        assertThat(page.select("h2").eachText()).as("not a second time at the bottom")
                .containsExactly("Correction", "The claim in its context", "How we check");

        Document article = page("/public/articles/" + demo.articleId());
        assertThat(article.selectFirst("body > header + main > section:first-child").id()).isEqualTo("corrections");
        assertThat(article.select("#corrections").text()).contains(ReportFixture.CORRECTION_NOTE)
                .contains("we corrected our fact-check of “More than 450,000 Syrians have been killed in the"
                        + " conflict.”: the verdict was ");
    }

    @Test
    void theCardIsA1200By630PngInTheVerdictsColour() throws IOException {
        ReportFixture.Demo demo = ReportFixture.demo();
        long claim = demo.published().get(1);
        byte[] png = Browser.anonymous().get("/public/claims/" + claim + "/card.png").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        int colour = placeAndColour(ReportFixture.VERDICTS.get(1)).getValue();
        assertThat(image.getRGB(1190, 620) & 0xffffff).isEqualTo(VerdictScale.rgb(colour));
        long inked = 0;
        for (int y = 100; y < 380; y++) {
            for (int x = 64; x < 1136; x++) {
                inked += (image.getRGB(x, y) & 0xffffff) == 0xfbfaf7 ? 0 : 1;
            }
        }
        assertThat(inked).as("the claim is drawn").isGreaterThan(10_000);
        assertThat(Browser.anonymous().get("/public/claims/" + claim + "/card.png").then().statusCode(200).extract()
                .asByteArray()).as("the same card again").isEqualTo(png);
    }

    @Test
    void theCardIsDrawnAgainWhenTheOrganisationChanges() {
        long claim = ReportFixture.demo().published().get(0);
        Settings before = Settings.read();
        byte[] card = Browser.anonymous().get("/public/claims/" + claim + "/card.png").then().statusCode(200)
                .extract().asByteArray();
        try {
            Settings renamed = new Settings(before.name() + " Renamed", before.url(), before.methodology(),
                    before.correctionsPolicy());
            Api.asAdmin().body(renamed.body(Settings.version())).put("/api/organisation").then().statusCode(200);
            assertThat(Browser.anonymous().get("/public/claims/" + claim + "/card.png").then().statusCode(200)
                    .extract().asByteArray()).isNotEqualTo(card);
        } finally {
            before.restore();
        }
    }

    @Test
    void anArabicClaimHasACardToo() throws IOException {
        Workflow.ensureUsers();
        String statement = "قال الوزير إن معدل البطالة انخفض";
        long article = Articles.importText(Articles.unique("Arabic "), "قال الوزير إن معدل البطالة انخفض إلى "
                + "أدنى مستوى منذ عشر سنوات.").id();
        long claim = Articles.markClaim(article, Map.of("quote", Map.of("exact", "معدل البطالة انخفض"), "topic",
                "Other", "statement", statement, "claimant", "وزارة العمل"));
        Workflow.move(Workflow.SETUP_EDITOR, claim, "RESEARCHING", Map.of("assignee",
                Workflow.SETUP_REVIEWER.username()), 200);
        Workflow.verdict(claim, "False");
        Workflow.evidence(claim);
        Workflow.move(Workflow.SETUP_REVIEWER, claim, "IN_REVIEW", Map.of(), 200);
        Workflow.move(Workflow.SETUP_EDITOR, claim, "APPROVED", Map.of(), 200);
        Workflow.move(Workflow.SETUP_EDITOR_2, claim, "PUBLISHED", Map.of(), 200);

        assertThat(page("/public/claims/" + claim).select("h1").text()).isEqualTo(statement);
        byte[] png = Browser.anonymous().get("/public/claims/" + claim + "/card.png").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(ShareCard.BOLD.canDisplayUpTo(statement)).isEqualTo(-1);
        boolean rightInk = false;
        boolean leftInk = false;
        for (int y = 100; y < 200; y++) {
            for (int x = 64; x < 1136; x++) {
                boolean ink = (image.getRGB(x, y) & 0xffffff) != 0xfbfaf7;
                rightInk |= ink && x > 1000;
                leftInk |= ink && x < 150;
            }
        }
        assertThat(rightInk).as("a short Arabic claim is aligned right").isTrue();
        assertThat(leftInk).isFalse();
    }

    @Test
    void noCardForAClaimThatIsNotPublished() {
        long unpublished = ReportFixture.demo().unpublished();
        Api.anonymous().get("/public/claims/" + unpublished + "/card.png").then().spec(problem(404));
        Api.anonymous().get("/public/claims/999999999/card.png").then().spec(problem(404));
        Browser.anonymous().get("/public/claims/" + unpublished + "/card.png").then().spec(problem(404))
                .body("detail", org.hamcrest.Matchers.equalTo("Published fact-check " + unpublished
                        + " does not exist."));
        long reopened = Workflow.claimIn("PUBLISHED");
        Browser.anonymous().get("/public/claims/" + reopened + "/card.png").then().statusCode(200);
        Workflow.move(Workflow.SETUP_EDITOR, reopened, "RESEARCHING", Map.of("comment", "A number was wrong."), 200);
        String body = Api.anonymous().get("/public/claims/" + reopened + "/card.png").then().spec(problem(404))
                .extract().asString();
        assertThat(body).doesNotContain("40 percent");
    }
}
