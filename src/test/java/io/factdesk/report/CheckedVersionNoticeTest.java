package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Readers of a fact-check see when the article changed after the claim was checked, with a link to the
 * version that was checked (issue 16; docs/reports.md, "When the article changed after the check").
 */
@QuarkusTest
class CheckedVersionNoticeTest {

    private static final String ADDED = "Update: the ministry has since revised its budget tables.";
    private static final String UNPUBLISHED = "it was 12 percent";

    private static Document page(String path) {
        return Jsoup.parse(Browser.anonymous().get(path).then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString());
    }

    private static void missing(String path) {
        Browser.anonymous().get(path).then().statusCode(404);
    }

    private static Instant versionTime(long articleId, int number) {
        return Instant.parse(Api.asReviewer().get("/api/articles/{id}/versions/{n}", articleId, number).then()
                .statusCode(200).extract().path("createdAt"));
    }

    private static String expectedNotice(long articleId, int checked, int changed) {
        return "The article was changed on " + VersionNotice.when(versionTime(articleId, changed))
                + " after this claim was checked. This fact-check is about the version of "
                + VersionNotice.when(versionTime(articleId, checked)) + ".";
    }

    @Test
    void aPublishedClaimTellsReadersTheArticleChangedAndLinksToTheCheckedText() {
        long claim = Workflow.claimIn("PUBLISHED");
        JsonPath before = Workflow.claim(claim);
        long articleId = before.getLong("articleId");
        long unpublished = Articles.markByQuote(articleId, UNPUBLISHED, "Other");
        String oldBody = Api.asReviewer().get("/api/articles/{id}", articleId).then().extract().path("body");

        // checked on version 1, the article has not changed: no notice, no page of the version
        assertThat(before.getInt("checkedVersion")).isEqualTo(1);
        assertThat(Workflow.claim(unpublished).getString("checkedVersion")).isNull();
        assertThat(page("/public/claims/" + claim).select(".changed")).isEmpty();
        missing("/public/articles/" + articleId + "/versions/1");

        Api.asReviewer().body(Map.of("body", ADDED + "\n\n" + oldBody, "note", "Publisher's update"))
                .post("/api/articles/{id}/versions", articleId).then().statusCode(201);
        String notice = expectedNotice(articleId, 1, 2);
        String versionPage = "/public/articles/" + articleId + "/versions/1";

        for (String path : new String[] {"/public/claims/" + claim, "/public/articles/" + articleId}) {
            Document doc = page(path);
            Element changed = doc.selectFirst("#claim-" + claim + " .changed");
            assertThat(changed).as("the notice on " + path).isNotNull();
            assertThat(changed.text()).isEqualTo(notice);
            assertThat(changed.selectFirst("a").attr("href")).endsWith(versionPage);
            assertThat(doc.text()).doesNotContain(UNPUBLISHED);
        }

        // the checked version's page: the old text, the published claim marked and linked, nothing unpublished
        Document old = page(versionPage);
        assertThat(old.selectFirst("#version-banner").text()).contains("It is not the current text")
                .contains("the article was changed on " + VersionNotice.when(versionTime(articleId, 2)))
                .contains(VersionNotice.when(versionTime(articleId, 1)));
        assertThat(old.select(".version-text").text()).contains("40 percent of the budget went to schools")
                .contains(UNPUBLISHED).doesNotContain(ADDED);
        assertThat(old.select(".version-text mark")).hasSize(1);
        assertThat(old.selectFirst(".version-text mark").text()).isEqualTo(before.getString("quote.exact"));
        assertThat(old.selectFirst(".version-text mark a").attr("href")).endsWith("/public/claims/" + claim);
        assertThat(old.select(".claim-" + unpublished)).isEmpty();
        assertThat(old.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(old.select("script")).isEmpty();
        // shared, it is a website page whose card is the marked claim's (docs/reports.md, "Share cards")
        assertThat(old.select("meta[property=og:type]").attr("content")).isEqualTo("website");
        assertThat(old.select("meta[property=og:url]").attr("content")).startsWith("http").endsWith(versionPage);
        assertThat(old.select("meta[property=og:image]").attr("content")).startsWith("http")
                .endsWith("/public/claims/" + claim + "/card.png");
        assertThat(old.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        missing("/public/articles/" + articleId + "/versions/2");
        missing("/public/articles/" + articleId + "/versions/3");
        missing("/public/articles/" + articleId + "/versions/0");

        // the W3C selectors name the current version and when it was made
        JsonPath now = Workflow.claim(claim);
        assertThat(now.getString("selectorState.type")).isEqualTo("TimeState");
        assertThat(Instant.parse(now.getString("selectorState.sourceDate"))).isEqualTo(versionTime(articleId, 2));
        assertThat(now.getString("selectorState.cached")).isEqualTo(now.getString("selectorSource"))
                .endsWith("/versions/2");
        assertThat(now.getInt("checkedVersion")).isEqualTo(1);

        // every report format says it too
        String md = report(articleId, "md");
        assertThat(md).contains("The article was changed on " + VersionNotice.when(versionTime(articleId, 2)))
                .contains("This fact-check is about [the version of " + VersionNotice.when(versionTime(articleId, 1))
                        + "](").contains(versionPage + ")");
        JsonPath json = new JsonPath(report(articleId, "json"));
        String it = "claims.find { it.id == " + claim + " }";
        assertThat(json.getInt(it + ".checkedVersion.version")).isEqualTo(1);
        assertThat(json.getString(it + ".checkedVersion.publicUrl")).endsWith(versionPage);
        assertThat(json.getInt(it + ".articleChanged.version")).isEqualTo(2);
        assertThat(Instant.parse(json.getString(it + ".articleChanged.at"))).isEqualTo(versionTime(articleId, 2));
        assertThat(Jsoup.parse(report(articleId, "html")).selectFirst("#claim-" + claim + " .changed").text())
                .isEqualTo(notice);
        assertThat(report(articleId, "csv")).contains(versionPage);
        // (PDFBox may extract the full stop after the link before it: the two sentences are checked apart)
        assertThat(pdfText(articleId)).contains("The article was changed on "
                + VersionNotice.when(versionTime(articleId, 2)) + " after this claim was checked.")
                .contains("the version of " + VersionNotice.when(versionTime(articleId, 1)));

        // an editor confirms the verdict for the new text: the fact-check is now about version 2
        Api.asReviewer().body(Map.of("decision", "confirm", "note", "Only an update note was added."))
                .post("/api/claims/{id}/anchor-decision", claim).then().statusCode(403);
        Api.asEditor().body(Map.of("decision", "confirm", "note", "Only an update note was added."))
                .post("/api/claims/{id}/anchor-decision", claim).then().statusCode(200);
        assertThat(Workflow.claim(claim).getInt("checkedVersion")).isEqualTo(2);
        assertThat(page("/public/claims/" + claim).select(".changed")).isEmpty();
        assertThat(report(articleId, "md")).doesNotContain("The article was changed on");
        missing(versionPage);
        Api.asEditor().body(Map.of("decision", "confirm", "note", "Again"))
                .post("/api/claims/{id}/anchor-decision", claim).then().statusCode(409);
    }

    @Test
    void anArticleWithoutAPublishedClaimHasNoVersionPages() {
        long claim = Workflow.claimIn("APPROVED");
        long articleId = Workflow.claim(claim).getLong("articleId");
        String body = Api.asReviewer().get("/api/articles/{id}", articleId).then().extract().path("body");
        Api.asReviewer().body(Map.of("body", ADDED + "\n\n" + body)).post("/api/articles/{id}/versions", articleId)
                .then().statusCode(201);
        assertThat(Workflow.claim(claim).getString("checkedVersion")).isNull();
        missing("/public/articles/" + articleId + "/versions/1");
        missing("/public/articles/" + articleId + "/versions/2");
        // published now, on version 2: checked on the current text, so no notice and no page
        Workflow.move(Workflow.SETUP_EDITOR_2, claim, "PUBLISHED", Map.of(), 200);
        assertThat(Workflow.claim(claim).getInt("checkedVersion")).isEqualTo(2);
        assertThat(page("/public/claims/" + claim).select(".changed")).isEmpty();
        missing("/public/articles/" + articleId + "/versions/1");
    }

    @Test
    void anApprovedClaimWhoseWordsChangedIsNotPublishedBeforeTheEditorsDecision() {
        long claim = Workflow.claimIn("APPROVED");
        long articleId = Workflow.claim(claim).getLong("articleId");
        String body = Api.asReviewer().get("/api/articles/{id}", articleId).then().extract().path("body");
        Api.asReviewer().body(Map.of("body", body.replace("40 percent", "45 percent")))
                .post("/api/articles/{id}/versions", articleId).then().statusCode(201);
        Workflow.move(Workflow.SETUP_EDITOR_2, claim, "PUBLISHED", Map.of(), 409);
        missing("/public/claims/" + claim);
        Api.asEditor().body(Map.of("decision", "confirm", "note", "Five points more is still mostly false."))
                .post("/api/claims/{id}/anchor-decision", claim).then().statusCode(200);
        Workflow.move(Workflow.SETUP_EDITOR_2, claim, "PUBLISHED", Map.of(), 200);
        assertThat(Workflow.claim(claim).getInt("checkedVersion")).isEqualTo(2);
        assertThat(page("/public/claims/" + claim).select(".changed")).isEmpty();
    }

    /** The PDF's text with its line breaks undone. */
    private static String pdfText(long articleId) {
        byte[] pdf = Api.anonymous().get("/api/articles/{id}/report?format=pdf", articleId).then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String report(long articleId, String format) {
        return Api.anonymous().get("/api/articles/{id}/report?format=" + format, articleId).then().statusCode(200)
                .extract().asString();
    }
}
