package io.factdesk.history;

import static io.factdesk.testing.Articles.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.audit.CanonicalJson;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles.ImportedArticle;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The history over the JSON API: timelines, as-of states, the desk's log, export and verification. */
@QuarkusTest
class HistoryApiTest {

    static final String HEX64 = "[0-9a-f]{64}";

    @Test
    void aClaimsTimelineListsEachChangeOldestFirstWithItsActorAndValues() {
        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(), "22-nation", "Other");
        editStatement(claim, 0, "The ISSG has 22 member nations, says Al Jazeera.");

        Api.asReviewer().when().get("/api/claims/{id}/history", claim)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.type", contains("CLAIM_CREATED", "CLAIM_EDITED"))
                .body("items.actor", contains("reviewer", "editor"))
                .body("items.claimId", everyItem(equalTo((int) claim)))
                .body("items.articleId", everyItem(equalTo((int) article.id())))
                .body("items[0].before", equalTo(Map.of()))
                .body("items[0].after.statement", equalTo("Statement about 22-nation"))
                .body("items[0].after.exact", equalTo("22-nation"))
                .body("items[0].after.state", equalTo("NEW"))
                .body("items[1].before", equalTo(Map.of("statement", "Statement about 22-nation")))
                .body("items[1].after",
                        equalTo(Map.of("statement", "The ISSG has 22 member nations, says Al Jazeera.")))
                .body("items[1].occurredAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"))
                .body("items[1].hash", matchesPattern(HEX64))
                .body("items[1].prevHash", matchesPattern(HEX64));

        JsonPath page2 = Api.asReviewer().queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/claims/{id}/history", claim)
                .then().statusCode(200).extract().jsonPath();
        assertThat(page2.getList("items.type")).containsExactly("CLAIM_EDITED");
        assertThat(page2.getLong("total")).isEqualTo(2);
    }

    @Test
    void theClaimCanBeSeenAsItWasAtEachOfItsEvents() {
        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(), "22-nation", "Other");
        editStatement(claim, 0, "Twenty-two nations form the ISSG.");
        List<Integer> seqs = Api.asReviewer().when().get("/api/claims/{id}/history", claim)
                .then().statusCode(200).extract().jsonPath().getList("items.seq");

        Api.asReviewer().when().get("/api/claims/{id}/history/{seq}/state", claim, seqs.get(0))
                .then().statusCode(200)
                .body("claimId", equalTo((int) claim))
                .body("asOf.seq", equalTo(seqs.get(0)))
                .body("asOf.type", equalTo("CLAIM_CREATED"))
                .body("asOf.actor", equalTo("reviewer"))
                .body("statement", equalTo("Statement about 22-nation"))
                .body("claimant", equalTo("Al Jazeera"))
                .body("topic", equalTo("Other"))
                .body("state", equalTo("NEW"))
                .body("exact", equalTo("22-nation"))
                .body("evidence", equalTo(List.of()))
                .body("comments", equalTo(0));
        Api.asReviewer().when().get("/api/claims/{id}/history/{seq}/state", claim, seqs.get(1))
                .then().statusCode(200)
                .body("statement", equalTo("Twenty-two nations form the ISSG."))
                .body("claimant", equalTo("Al Jazeera"));

        Api.asReviewer().when().get("/api/claims/{id}/history/{seq}/state", claim, seqs.get(0) - 1)
                .then().spec(Problems.problem(404));
        Api.asReviewer().when().get("/api/claims/{id}/history/{seq}/state", claim, Long.MAX_VALUE)
                .then().spec(Problems.problem(404));
        Api.asReviewer().when().get("/api/claims/{id}/history/{seq}/state", claim, "first")
                .then().spec(Problems.malformed("seq"));
    }

    @Test
    void anUnknownClaimHasNoHistory() {
        Api.asReviewer().when().get("/api/claims/{id}/history", 987_654_321)
                .then().spec(Problems.problem(404, "not-found"));
    }

    @Test
    void theDeskHistoryIsForEditorsAndAdminsAndSecurityEventsForAdmins() {
        Api.asReviewer().when().get("/api/history").then().spec(Problems.problem(403));
        Api.anonymous().when().get("/api/history").then().spec(Problems.problem(401));

        Api.asEditor().queryParam("size", 200).when().get("/api/history")
                .then().statusCode(200)
                .body("items.type", everyItem(not(startsWith("SIGN_IN"))))
                .body("items.type", not(hasItem("USER_CREATED")));
        Api.asEditor().queryParam("type", "SIGN_IN").when().get("/api/history").then().spec(Problems.problem(403));
        Api.asEditor().queryParam("type", "security").when().get("/api/history").then().spec(Problems.problem(403));

        Api.asAdmin().queryParam("type", "security").queryParam("size", 200).when().get("/api/history")
                .then().statusCode(200)
                .body("items.type", hasItem("USER_CREATED"));
    }

    @Test
    void filtersNarrowTheDeskHistory() {
        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(), "22-nation", "Other");
        editStatement(claim, 0, "Twenty-two.");

        Api.asEditor().queryParam("article", article.id()).when().get("/api/history")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.type", contains("CLAIM_EDITED", "CLAIM_CREATED", "ARTICLE_IMPORTED"));
        Api.asEditor().queryParam("article", article.id()).queryParam("actor", "editor").when().get("/api/history")
                .then().statusCode(200).body("items.type", contains("CLAIM_EDITED"));
        Api.asEditor().queryParam("article", article.id()).queryParam("type", "CLAIM_CREATED,ARTICLE_IMPORTED")
                .when().get("/api/history")
                .then().statusCode(200).body("items.type", contains("CLAIM_CREATED", "ARTICLE_IMPORTED"));
        Api.asEditor().queryParam("claim", claim).when().get("/api/history")
                .then().statusCode(200).body("total", equalTo(2));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        Api.asEditor().queryParam("article", article.id()).queryParam("from", today).queryParam("to", today)
                .when().get("/api/history").then().statusCode(200).body("total", equalTo(3));
        Api.asEditor().queryParam("article", article.id()).queryParam("from", tomorrow)
                .when().get("/api/history").then().statusCode(200).body("total", equalTo(0));

        Api.asEditor().queryParam("from", "last week").when().get("/api/history")
                .then().spec(Problems.malformed("from"));
        Api.asEditor().queryParam("type", "NO_SUCH_TYPE").when().get("/api/history")
                .then().spec(Problems.malformed("type"));
        Api.asEditor().queryParam("article", "one").when().get("/api/history")
                .then().spec(Problems.malformed("article"));
    }

    @Test
    void everyoneSignedInSeesWhetherTheHistoryVerifies() {
        Api.anonymous().when().get("/api/history/verify").then().spec(Problems.problem(401));
        Api.asReviewer().when().get("/api/history/verify")
                .then().statusCode(200)
                .body("ok", equalTo(true))
                .body("head", matchesPattern(HEX64))
                .body("firstBad", nullValue());
        JsonPath full = Api.asAdmin().when().get("/api/history/verify")
                .then().statusCode(200)
                .body("ok", equalTo(true))
                .body("head", matchesPattern(HEX64))
                .extract().jsonPath();
        assertThat(full.getLong("events")).isPositive();
        assertThat(full.getMap("$")).containsOnlyKeys("ok", "events", "head");
    }

    @Test
    void theJsonLinesExportVerifiesWithAScriptOfOnesOwn() throws Exception {
        JsonPath verified = Api.asAdmin().when().get("/api/history/verify").then().statusCode(200)
                .extract().jsonPath();
        String export = Api.asAdmin().queryParam("format", "jsonl").when().get("/api/history/export")
                .then().statusCode(200)
                .contentType(startsWith("application/jsonl"))
                .header("Content-Disposition", "attachment; filename=\"factdesk-history.jsonl\"")
                .extract().asString();

        ExportVerifier.Outcome outcome = ExportVerifier.verify(export);
        assertThat(outcome.problem()).isNull();
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.events()).isGreaterThanOrEqualTo(verified.getLong("events"));
        String lineAtHead = export.lines().skip(verified.getLong("events") - 1).findFirst().orElseThrow();
        assertThat(lineAtHead).contains("\"hash\":\"" + verified.getString("head") + "\"");

        String tampered = export.replaceFirst("\"actor\":\"reviewer\"", "\"actor\":\"editor\"");
        long tamperedSeq = Long.parseLong(tampered.lines().filter(l -> !export.contains(l)).findFirst().orElseThrow()
                .replaceAll(".*\"seq\":(\\d+).*", "$1"));
        assertThat(ExportVerifier.verify(tampered).problem()).isEqualTo("event " + tamperedSeq + ": hash mismatch");
    }

    /** The script printed in docs/history.md, run as a reader of the document would run it. */
    @Test
    void theDocumentedPythonScriptVerifiesTheExport() throws Exception {
        String doc = Files.readString(Path.of("docs/history.md"));
        Matcher block = Pattern.compile("```python\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(block.find()).as("docs/history.md has the script").isTrue();
        Path dir = Files.createTempDirectory("history-export");
        Path script = Files.writeString(dir.resolve("verify_history.py"), block.group(1));
        Path export = dir.resolve("history.jsonl");
        Files.writeString(export, Api.asAdmin().queryParam("format", "jsonl").when().get("/api/history/export")
                .then().statusCode(200).extract().asString());

        Process python;
        try {
            python = new ProcessBuilder("python3", script.toString(), export.toString()).redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not installed: " + e.getMessage());
            return;
        }
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(output).isZero();
        assertThat(output).startsWith("ok: up to event ");
    }

    @Test
    void editorsExportWithoutSecurityEventsAndReviewersNotAtAll() {
        String export = Api.asEditor().queryParam("format", "jsonl").when().get("/api/history/export")
                .then().statusCode(200).extract().asString();
        assertThat(export).doesNotContain("\"type\":\"SIGN_IN").doesNotContain("\"type\":\"USER_CREATED\"");
        Api.asReviewer().when().get("/api/history/export").then().spec(Problems.problem(403));
        Api.asEditor().queryParam("format", "xml").when().get("/api/history/export")
                .then().spec(Problems.malformed("format"));
    }

    @Test
    void theCsvExportHasOneQuotedRowPerEvent() {
        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(), "22-nation", "Other");
        String statement = "ISSG: \"22 nations\", says the report,\nnot 20";
        editStatement(claim, 0, statement);

        String csv = Api.asEditor().queryParam("format", "csv").queryParam("claim", claim)
                .when().get("/api/history/export")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"factdesk-history.csv\"")
                .extract().asString();
        List<List<String>> rows = Csv.parse(csv);
        assertThat(rows.get(0)).containsExactly("seq", "occurredAt", "actor", "actorId", "type", "articleId",
                "claimId", "before", "after", "comment", "prevHash", "hash");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(4)).isEqualTo("CLAIM_CREATED");
        assertThat(rows.get(2).get(4)).isEqualTo("CLAIM_EDITED");
        assertThat(rows.get(2).get(2)).isEqualTo("editor");
        assertThat(rows.get(2).get(8)).isEqualTo(CanonicalJson.write(Map.of("statement", statement)));
        assertThat(rows.get(2).get(11)).matches(HEX64);
    }

    @Test
    void importingAnArticleIsRecordedWithTheHashOfItsBody() {
        ImportedArticle article = Articles.importText("History import " + unique(""), "One paragraph of text.");
        Api.asEditor().queryParam("article", article.id()).when().get("/api/history")
                .then().statusCode(200)
                .body("items.type", contains("ARTICLE_IMPORTED"))
                .body("items[0].actor", equalTo("reviewer"))
                .body("items[0].after.title", equalTo(article.title()))
                .body("items[0].after.bodySha256", matchesPattern(HEX64))
                .body("items[0].after.importedAs", equalTo("TEXT"));
    }

    static void editStatement(long claim, long version, String statement) {
        Api.asEditor().body(Map.of("statement", statement, "version", version))
                .when().patch("/api/claims/{id}", claim)
                .then().statusCode(200);
    }
}
