package io.factdesk.report;

import static io.factdesk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.ReportFixture;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportApiTest {

    private static String report(long articleId, String query) {
        return "/api/articles/" + articleId + "/report" + query;
    }

    @Test
    void theJsonReportHoldsThePublishedClaimsWithSourcesCorrectionsAndTheChainHead() {
        ReportFixture.Demo demo = ReportFixture.demo();
        JsonPath json = Api.asReviewer().get(report(demo.articleId(), "?format=json")).then().statusCode(200)
                .contentType(startsWith("application/json")).extract().jsonPath();
        assertThat(json.getInt("schemaVersion")).isEqualTo(1);
        assertThat(json.getString("scope")).isEqualTo("public");
        assertThat(json.getString("title")).isEqualTo(Articles.DEMO_TITLE);
        assertThat(json.getList("claims.id", Long.class)).containsExactlyElementsOf(demo.published());
        assertThat(json.getList("claims.verdict.label", String.class)).containsExactlyElementsOf(ReportFixture.VERDICTS);
        assertThat(json.getList("claims.state", String.class)).containsOnly("PUBLISHED");
        assertThat(json.getList("claims.sources.title.flatten()", String.class))
                .containsExactlyElementsOf(ReportFixture.SOURCE_TITLES.subList(0, 3));
        assertThat(json.getString("claims[2].sources[0].archivedUrl")).startsWith("https://web.archive.org/");
        assertThat(json.getString("claims[2].sources[0].accessedAt")).isEqualTo("2016-07-20");
        assertThat(json.getString("claims[2].quote.exact")).isEqualTo("more than 450.000 Syrians");
        assertThat(json.getString("claims[2].quote.prefix")).isNotBlank();
        assertThat(json.getString("claims[2].publicUrl")).endsWith("/public/claims/" + demo.corrected());
        assertThat(json.getString("claims[1].claimant")).isEqualTo("Josh Earnest");
        assertThat(json.getInt("summary.claims")).isEqualTo(3);
        assertThat(json.getList("summary.verdicts.name", String.class)).containsExactlyInAnyOrderElementsOf(
                ReportFixture.VERDICTS);
        assertThat(json.getList("ratingScale.label", String.class)).contains("True", "False", "Misleading");
        assertThat(json.getString("organisation.name")).isNotBlank();
        assertThat(json.getString("organisation.methodology")).isNotBlank();

        assertThat(json.getList("corrections")).hasSize(1);
        assertThat(json.getLong("corrections[0].claimId")).isEqualTo(demo.corrected());
        assertThat(json.getString("corrections[0].note")).isEqualTo(ReportFixture.CORRECTION_NOTE);
        assertThat(json.getString("corrections[0].verdictBefore")).isEqualTo(ReportFixture.FIRST_VERDICT);
        assertThat(json.getString("corrections[0].verdictAfter")).isEqualTo(ReportFixture.VERDICTS.get(2));
        assertThat(json.getString("corrections[0].republishedAt")).isNotBlank();

        String head = json.getString("generated.chainHead");
        long events = json.getLong("generated.chainEvents");
        assertThat(head).matches("[0-9a-f]{64}");
        JsonPath verify = Api.asAdmin().get("/api/history/verify").then().statusCode(200).extract().jsonPath();
        assertThat(events).isPositive().isLessThanOrEqualTo(verify.getLong("events"));
        if (verify.getLong("events") == events) {
            assertThat(verify.getString("head")).isEqualTo(head);
        }
    }

    @Test
    void theInternalReportHoldsEveryStateAndNeedsASignedInUser() {
        ReportFixture.Demo demo = ReportFixture.demo();
        JsonPath json = Api.asReviewer().get(report(demo.articleId(), "?format=json&public=false")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(json.getString("scope")).isEqualTo("internal");
        assertThat(json.getList("claims.id", Long.class)).containsExactlyInAnyOrder(demo.published().get(0),
                demo.published().get(1), demo.published().get(2), demo.unpublished());
        assertThat(json.getList("summary.states.findAll { it.count > 0 }.name", String.class))
                .containsExactlyInAnyOrder("RESEARCHING", "PUBLISHED");
        Api.anonymous().get(report(demo.articleId(), "?format=json&public=false")).then().spec(problem(401));
        Api.asReviewer().get(report(demo.articleId(), "?public=maybe")).then().spec(problem(422))
                .body("detail", containsString("public"));
    }

    @Test
    void aReportAskedAgainIsTheSameDocumentUntilSomethingChanges() {
        long claim = Workflow.claimIn("RESEARCHING");
        long article = Workflow.claim(claim).getLong("articleId");
        JsonPath first = Api.asReviewer().get(report(article, "?format=json&public=false")).then().statusCode(200)
                .extract().jsonPath();
        JsonPath again = Api.asReviewer().get(report(article, "?format=json&public=false")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(again.getString("generated.at")).as("nothing changed: the report rendered at that head")
                .isEqualTo(first.getString("generated.at"));
        assertThat(again.getString("generated.chainHead")).isEqualTo(first.getString("generated.chainHead"));

        Workflow.verdict(claim, "False");
        JsonPath changed = Api.asReviewer().get(report(article, "?format=json&public=false")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(changed.getString("claims[0].verdict.label")).isEqualTo("False");
        assertThat(changed.getLong("generated.chainEvents")).isGreaterThan(first.getLong("generated.chainEvents"));
        assertThat(changed.getString("generated.chainHead")).isNotEqualTo(first.getString("generated.chainHead"));
    }

    @Test
    void eachFormatHasItsContentTypeAndASafeFileName() {
        long articleId = ReportFixture.demo().articleId();
        Map<String, String> types = Map.of("html", "text/html", "pdf", "application/pdf", "md", "text/markdown",
                "csv", "text/csv", "json", "application/json", "claimreview", "application/ld+json");
        types.forEach((format, type) -> {
            Response response = Api.anonymous().get(report(articleId, "?format=" + format));
            response.then().statusCode(200).contentType(startsWith(type)).header("Content-Disposition",
                    matchesPattern("(inline|attachment); filename=\"fact-check-article-" + articleId
                            + "-al-assad-russia-not-seeking-political-transition-in-syria\\.[a-z]+\""));
        });
        Api.anonymous().get(report(articleId, "?format=html")).then()
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("style-src 'sha256-"));
        Api.anonymous().get(report(articleId, "?format=docx")).then().spec(problem(422))
                .body("detail", containsString("html, pdf, md, csv, json, claimreview"));
    }

    @Test
    void aFileNameKeepsOnlyLettersDigitsAndDashes() {
        var article = Articles.importText("\"Quotes\"; ../../etc/passwd\r\nÉté à Damas — 日本", "Text of the article.");
        Api.asReviewer().get(report(article.id(), "?format=csv&public=false")).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"working-report-article-" + article.id()
                        + "-quotes-etc-passwd-ete-a-damas.csv\"");
    }

    @Test
    void acceptChoosesTheFormatAndFormatWinsOverIt() {
        long articleId = ReportFixture.demo().articleId();
        Api.anonymous().accept("text/csv").get(report(articleId, "")).then().statusCode(200)
                .contentType(startsWith("text/csv"));
        Api.anonymous().accept("application/pdf").get(report(articleId, "")).then().statusCode(200)
                .contentType(startsWith("application/pdf"));
        Api.anonymous().accept("text/markdown, text/html;q=0.5").get(report(articleId, "")).then().statusCode(200)
                .contentType(startsWith("text/markdown"));
        Api.anonymous().accept("application/ld+json").get(report(articleId, "")).then().statusCode(200)
                .contentType(startsWith("application/ld+json"));
        Api.anonymous().accept("text/csv").get(report(articleId, "?format=md")).then().statusCode(200)
                .contentType(startsWith("text/markdown"));
        Api.anonymous().accept("image/png").get(report(articleId, "")).then().spec(problem(406))
                .body("detail", containsString("image/png"));
    }

    @Test
    void thePdfHoldsEveryVerdictLabelAndSourceTitle() throws IOException {
        long articleId = ReportFixture.demo().articleId();
        byte[] pdf = Api.anonymous().get(report(articleId, "?format=pdf")).then().statusCode(200).extract()
                .asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getDocumentInformation().getTitle()).contains(Articles.DEMO_TITLE);
        }
        ReportFixture.VERDICTS.forEach(v -> assertThat(text).contains(v));
        ReportFixture.SOURCE_TITLES.subList(0, 3).forEach(t -> assertThat(text).contains(t));
        assertThat(text).contains(ReportFixture.CORRECTION_NOTE).contains("Josh Earnest")
                .doesNotContain("The International Syria Support Group has 22 member nations.");
    }

    @Test
    void csvSurvivesCommasQuotesNewlinesAndFormulaPrefixes() throws IOException {
        long claim = Workflow.newClaim();
        String statement = "Budget \"grew\", by 40%\nsaid the minister";
        Api.asReviewer().body(Map.of("statement", statement, "claimant", "=HYPERLINK(\"http://evil\",\"x\")",
                "version", Workflow.version(claim))).patch("/api/claims/" + claim).then().statusCode(200);
        Api.as(Workflow.SETUP_EDITOR).body(Map.of("to", "RESEARCHING", "assignee", "setup-reviewer", "version",
                Workflow.version(claim))).post("/api/claims/" + claim + "/transitions").then().statusCode(200);
        Api.as(Workflow.SETUP_REVIEWER).body(Map.of("label", "False", "rationale", "-2+3 and @SUM(A1)", "version",
                Workflow.version(claim))).put("/api/claims/" + claim + "/verdict").then().statusCode(200);
        long articleId = Workflow.claim(claim).getLong("articleId");

        String csv = Api.asReviewer().get(report(articleId, "?format=csv&public=false")).then().statusCode(200)
                .extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("claim_id")).isEqualTo(String.valueOf(claim));
        assertThat(row.get("statement")).isEqualTo(statement);
        assertThat(row.get("claimant")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(row.get("rationale")).isEqualTo("'-2+3 and @SUM(A1)");
        assertThat(row.get("verdict")).isEqualTo("False");
        assertThat(row.get("state")).isEqualTo("RESEARCHING");
        assertThat(row.get("chain_head")).matches("[0-9a-f]{64}");
    }

    @Test
    void theCsvHasOneRowPerClaimOfTheReport() throws IOException {
        ReportFixture.Demo demo = ReportFixture.demo();
        String csv = Api.anonymous().get(report(demo.articleId(), "?format=csv")).then().statusCode(200).extract()
                .asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows.stream().map(r -> Long.parseLong(r.get("claim_id"))).toList())
                .containsExactlyElementsOf(demo.published());
        assertThat(rows.get(2).get("sources")).contains(ReportFixture.SOURCE_TITLES.get(2)).contains("accessed 2016-07-20");
        assertThat(rows.get(2).get("corrections")).isEqualTo("1");
        assertThat(rows.get(0).get("corrections")).isEqualTo("0");
    }

    @Test
    void aSelectionReportHoldsTheNamedClaims() {
        ReportFixture.Demo demo = ReportFixture.demo();
        JsonPath json = Api.asReviewer().get("/api/reports?format=json&public=false&claims=" + demo.unpublished() + ","
                + demo.published().get(1)).then().statusCode(200).extract().jsonPath();
        assertThat(json.getList("claims.id", Long.class)).as("reading order").containsExactly(demo.unpublished(),
                demo.published().get(1));
        Api.asReviewer().get("/api/reports?claims=" + demo.unpublished() + "&claims=" + demo.published().get(2)
                + "&format=json").then().statusCode(200).body("claims.size()", org.hamcrest.Matchers.equalTo(1));
        Api.asReviewer().get("/api/reports?claims=1,x").then().spec(problem(422)).body("detail", containsString("'x'"));
        Api.asReviewer().get("/api/reports").then().spec(problem(422));
        Api.anonymous().get("/api/reports?claims=" + demo.unpublished()).then().spec(problem(401));
    }

    @Test
    void anArticleWithoutPublishedClaimsHasNoPublicReportForAnonymousReaders() {
        ReportFixture.Demo demo = ReportFixture.demo();
        var article = Articles.importText(Articles.unique("Unpublished"), "Nothing here is published yet.");
        Api.anonymous().get(report(article.id(), "?format=json")).then().spec(problem(404));
        Api.asReviewer().get(report(article.id(), "?format=json")).then().statusCode(200)
                .body("claims.size()", org.hamcrest.Matchers.equalTo(0));
        Api.anonymous().get(report(demo.articleId() + 1_000_000, "")).then().spec(problem(404));
    }

    @Test
    void theMarkdownEscapesWhatUsersTyped() {
        long claim = Workflow.newClaim();
        Api.asReviewer().body(Map.of("statement", "*Bold claim* [click](javascript:alert(1)) <img src=x>",
                "version", Workflow.version(claim))).patch("/api/claims/" + claim).then().statusCode(200);
        long articleId = Workflow.claim(claim).getLong("articleId");
        String md = Api.asReviewer().get(report(articleId, "?format=md&public=false")).then().statusCode(200)
                .extract().asString();
        String html = io.factdesk.system.Markdown.toHtml(md);
        assertThat(html).contains("*Bold claim* [click](javascript:alert(1))").doesNotContain("<em>Bold claim")
                .doesNotContain("href=\"javascript");
    }
}
