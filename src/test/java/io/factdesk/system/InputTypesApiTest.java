package io.factdesk.system;

import static io.factdesk.testing.Articles.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles.ImportedArticle;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Values of the wrong JSON type, ids too large for any row, and requests too large for the HTTP
 * layer: each is refused with a problem that names what was wrong, never a 500 or a bare status.
 */
@QuarkusTest
class InputTypesApiTest {

    static final String HUGE_ID = "99999999999999999999";

    // ---- ids larger than a long -----------------------------------------------------------------

    @Test
    void aTopicIdLargerThanALongIsAnUnknownTopic() {
        ImportedArticle article = Articles.importDemoCopy();
        Api.asReviewer().body(Map.of("quote", Map.of("exact", "22-nation"), "topic", HUGE_ID))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.invalid("topic"))
                .body("errors.message", hasItem(containsString("Unknown topic '" + HUGE_ID + "'")));
        assertThat(Articles.claimIdsOf(article.id())).isEmpty();

        long claim = Articles.markByQuote(article.id(), "22-nation", "Other");
        Api.asReviewer().body(Map.of("topic", HUGE_ID, "version", version(claim)))
                .when().patch("/api/claims/{id}", claim)
                .then().spec(Problems.invalid("topic"));
        Api.asReviewer().when().get("/api/claims/{id}", claim).then().statusCode(200)
                .body("topic.name", equalTo("Other"));
    }

    @Test
    void searchFiltersWithIdsLargerThanALongAreRefusedNamingTheFilter() {
        Api.asReviewer().queryParam("topic", HUGE_ID).when().get("/api/claims")
                .then().spec(Problems.malformed("topic"));
        Api.asReviewer().queryParam("article", HUGE_ID).when().get("/api/claims")
                .then().spec(Problems.malformed("article"));
        Api.asReviewer().when().get("/api/claims/" + HUGE_ID).then().spec(Problems.problem(404));
    }

    @Test
    void workboardFiltersWithIdsLargerThanALongAreShownNextToTheirField() {
        String session = Browser.signIn(Api.REVIEWER);
        Response byTopic = Browser.withSession(session).get("/workboard?topic=" + HUGE_ID);
        byTopic.then().statusCode(400);
        Document page = Jsoup.parse(byTopic.asString());
        assertThat(page.selectFirst("#e-topic").text()).contains("Unknown topic '" + HUGE_ID + "'");

        Response byVerdict = Browser.withSession(session).get("/workboard?verdict=" + HUGE_ID);
        byVerdict.then().statusCode(400);
        assertThat(Jsoup.parse(byVerdict.asString()).selectFirst("#e-verdict").text())
                .contains("Unknown verdict '" + HUGE_ID + "'");
    }

    @Test
    void aJsonNumberLargerThanALongIsRefusedNamingItsField() {
        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(), "22-nation", "Other");
        Api.asReviewer().body("{\"to\": \"DISMISSED\", \"reason\": \"DUPLICATE\", \"duplicateOf\": " + HUGE_ID + "}")
                .when().post("/api/claims/{id}/transitions", claim)
                .then().spec(Problems.malformed("duplicateOf"));
        Api.asEditor().body("{\"ids\": [" + claim + ", " + HUGE_ID + "], \"to\": \"RESEARCHING\"}")
                .when().post("/api/claims/transitions")
                .then().spec(Problems.malformed("ids[1]"));
        Api.asReviewer().when().get("/api/claims/{id}", claim).then().body("state", equalTo("NEW"));
    }

    // ---- values of the wrong JSON type ------------------------------------------------------------

    @Test
    void aFractionIsNotAWholeNumber() {
        long topics = topicCount();
        Api.asEditor().body(Map.of("name", unique("Fraction "), "colour", 1.5))
                .when().post("/api/topics")
                .then().spec(Problems.malformed("colour"))
                .body("detail", containsString("whole number"));
        assertThat(topicCount()).isEqualTo(topics);

        JsonPath topic = Api.asEditor().body(Map.of("name", unique("Versioned "))).when().post("/api/topics")
                .then().statusCode(201).extract().jsonPath();
        Api.asEditor().body(Map.of("name", unique("Renamed "), "version", 1.5))
                .when().patch("/api/topics/{id}", topic.getLong("id"))
                .then().spec(Problems.malformed("version"));
        Api.asEditor().when().get("/api/topics?retired=true").then()
                .body("find { it.id == " + topic.getLong("id") + " }.name", equalTo(topic.getString("name")));
    }

    @Test
    void aNumberIsNotAString() {
        long topics = topicCount();
        Api.asEditor().body(Map.of("name", 12))
                .when().post("/api/topics")
                .then().spec(Problems.malformed("name"))
                .body("detail", containsString("must be a string"));
        assertThat(topicCount()).isEqualTo(topics);

        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(), "22-nation", "Other");
        Api.asReviewer().body(Map.of("statement", 5, "version", version(claim)))
                .when().patch("/api/claims/{id}", claim)
                .then().spec(Problems.malformed("statement"));
        Api.asReviewer().body(Map.of("quote", Map.of("exact", "22-nation"), "topic", "Other", "statement", 7))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.malformed("statement"));
    }

    @Test
    void textIsNotANumberNorABoolean() {
        Api.asEditor().body(Map.of("name", unique("Text colour "), "colour", "3"))
                .when().post("/api/topics")
                .then().spec(Problems.malformed("colour"));
        Api.asEditor().body(Map.of("name", unique("Text flag "), "retired", "yes"))
                .when().post("/api/topics")
                .then().spec(Problems.malformed("retired"))
                .body("detail", containsString("true or false"));
    }

    // ---- requests too large for the HTTP layer -----------------------------------------------------

    @Test
    void aBodyOverTheHttpLimitIsRefusedWith413Problem() throws IOException {
        Raw answer = raw("POST /api/articles HTTP/1.1\r\nHost: localhost\r\n" + basic()
                + "Content-Type: application/json\r\nContent-Length: " + (11 * 1024 * 1024) + "\r\n\r\n");
        answer.isProblem(413, "too-large");
        assertThat(answer.body).contains("10 MiB");
    }

    @Test
    void aUriOverTheLimitIsRefusedWith414Problem() throws IOException {
        Raw answer = raw("GET /api/articles?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: localhost\r\n" + basic()
                + "\r\n");
        answer.isProblem(414, "uri-too-long");
    }

    @Test
    void headersOverTheLimitAreRefusedWith431Problem() throws IOException {
        Raw answer = raw("GET /api/articles HTTP/1.1\r\nHost: localhost\r\n" + basic() + "X-Padding: "
                + "a".repeat(30_000) + "\r\n\r\n");
        answer.isProblem(431, "headers-too-large");
    }

    @Test
    void requestsWithinTheLimitsAreServed() throws IOException {
        Raw answer = raw("GET /api/articles?q=" + "a".repeat(7000) + " HTTP/1.1\r\nHost: localhost\r\n" + basic()
                + "X-Padding: " + "a".repeat(10_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(answer.status).isEqualTo(200);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static long version(long claim) {
        return Api.asReviewer().when().get("/api/claims/{id}", claim).then().statusCode(200).extract()
                .jsonPath().getLong("version");
    }

    private static long topicCount() {
        return Api.asEditor().when().get("/api/topics?retired=true").then().statusCode(200).extract()
                .jsonPath().getList("$").size();
    }

    private static String basic() {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (Api.REVIEWER.username() + ":" + Api.REVIEWER.password()).getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    /** A response read off the socket, as a client that sends exactly these bytes sees it. */
    record Raw(int status, Map<String, String> headers, String body) {

        void isProblem(int expected, String slug) {
            assertThat(status).isEqualTo(expected);
            assertThat(headers.get("content-type")).startsWith("application/problem+json");
            JsonPath json = new JsonPath(body);
            assertThat(json.getInt("status")).isEqualTo(expected);
            assertThat(json.getString("type")).endsWith("/" + slug);
            assertThat(json.getString("detail")).isNotBlank();
        }
    }

    private static Raw raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int headerEnd = -1;
            long contentLength = -1;
            for (int n; (n = in.read(buffer)) != -1;) {
                read.write(buffer, 0, n);
                String sofar = read.toString(StandardCharsets.ISO_8859_1);
                if (headerEnd < 0 && sofar.contains("\r\n\r\n")) {
                    headerEnd = sofar.indexOf("\r\n\r\n") + 4;
                    Map<String, String> headers = headers(sofar.substring(0, headerEnd));
                    contentLength = Long.parseLong(headers.getOrDefault("content-length", "-1"));
                }
                if (headerEnd >= 0 && contentLength >= 0 && read.size() >= headerEnd + contentLength) {
                    break;
                }
            }
            String all = read.toString(StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n") + 4;
            String head = all.substring(0, end);
            return new Raw(Integer.parseInt(head.split(" ")[1]), headers(head), all.substring(end));
        }
    }

    private static Map<String, String> headers(String head) {
        Map<String, String> headers = new HashMap<>();
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }
}
