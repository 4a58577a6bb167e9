package io.factdesk.system;

import static io.factdesk.testing.Articles.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.ReportFixture;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document ({@code /q/openapi}) against the server's real answers. Each test makes real
 * requests, the ones a client makes and the ones a client gets wrong, and every answer's status and
 * Content-Type must be declared for its operation in the document; a generated client trusts them.
 */
@QuarkusTest
class OpenApiContractTest {

    /** The operations open without signing in ({@code security} holds an empty requirement). */
    static final Set<String> PUBLIC = Set.of("GET /api/articles/{id}/report", "GET /api/claims/{id}/claimreview");

    /** One answer as the client saw it. */
    record Exchange(String method, String path, int status, String contentType, boolean empty) {
        @Override
        public String toString() {
            return method + " " + path + " → " + status + " " + contentType;
        }
    }

    private final List<Exchange> seen = new ArrayList<>();
    private final Filter recorder = (request, response, context) -> {
        Response answer = context.next(request, response);
        String path = java.net.URI.create(request.getURI()).getRawPath();
        seen.add(new Exchange(request.getMethod(), path, answer.statusCode(), answer.contentType(),
                answer.asByteArray().length == 0));
        return answer;
    };

    private JsonNode document;

    @BeforeEach
    void readDocument() throws IOException {
        String json = Api.asAdmin().accept(ContentType.JSON).when().get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
    }

    // ---- the document as a whole ----------------------------------------------------------------

    @Test
    void theDocumentDescribesTheApiAndEveryOperationNeedsASignInUnlessPublic() {
        Set<String> operations = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!isMethod(op.getKey())) {
                return;
            }
            String name = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            operations.add(name);
            if (!path.getKey().startsWith("/api/")) {
                wrong.add(name + ": not part of the API");
            }
            JsonNode security = op.getValue().get("security");
            Set<String> schemes = new TreeSet<>();
            boolean open = false;
            for (JsonNode requirement : security == null ? List.<JsonNode>of() : list(security)) {
                open |= requirement.isEmpty();
                requirement.fieldNames().forEachRemaining(schemes::add);
            }
            if (!schemes.equals(Set.of("basicAuth", "bearerToken", "sessionCookie"))) {
                wrong.add(name + ": sign-ins " + schemes);
            }
            if (open != PUBLIC.contains(name)) {
                wrong.add(name + (open ? ": open without sign-in" : ": should be open without sign-in"));
            }
            if (!open && !op.getValue().at("/responses/401").isObject()) {
                wrong.add(name + ": no 401");
            }
            op.getValue().get("responses").fields().forEachRemaining(r -> {
                if (!r.getKey().startsWith("2") && !r.getValue().at("/content/application~1problem+json/schema/$ref")
                        .asText().equals("#/components/schemas/Problem")) {
                    wrong.add(name + ": " + r.getKey() + " is not a problem");
                }
            });
        }));
        assertThat(wrong).isEmpty();
        assertThat(operations).hasSize(67);
        JsonNode schemes = document.at("/components/securitySchemes");
        assertThat(schemes.at("/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(schemes.at("/bearerToken/scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.at("/sessionCookie/in").asText()).isEqualTo("cookie");
        assertThat(schemes.at("/sessionCookie/name").asText()).isEqualTo("factdesk-session");
    }

    // ---- real answers -----------------------------------------------------------------------------

    @Test
    void articlesAndClaims() {
        Map<String, Object> article = Map.of("title", unique("Contract "), "body",
                "The minister said 40 percent went to schools. Others said 40 percent went to roads.");
        long articleId = as(Api.REVIEWER).body(article).post("/api/articles").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(Api.REVIEWER).body("{\"title\": ").post("/api/articles");
        as(Api.REVIEWER).body(Map.of("title", 5)).post("/api/articles");
        as(Api.REVIEWER).body(Map.of("body", "No title.")).post("/api/articles");
        as(Api.REVIEWER).contentType(ContentType.TEXT).body("text").post("/api/articles");
        as(Api.REVIEWER).body(Map.of("title", "Too long", "body", "x".repeat(1024 * 1024 + 1))).post("/api/articles");
        anonymous().body(article).post("/api/articles");
        as(Api.REVIEWER).get("/api/articles");
        as(Api.REVIEWER).get("/api/articles?size=0");
        as(Api.REVIEWER).get("/api/articles/{id}", articleId);
        as(Api.REVIEWER).get("/api/articles/{id}", Long.MAX_VALUE);

        long claim = as(Api.REVIEWER).body(Map.of("quote", Map.of("exact", "went to schools"), "topic", "Other"))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(Api.REVIEWER).body(Map.of("quote", Map.of("exact", "40 percent"), "topic", "Other"))
                .post("/api/articles/{id}/claims", articleId);
        as(Api.REVIEWER).body(Map.of("quote", Map.of("exact", "40 percent"), "topic", "Other"))
                .post("/api/articles/{id}/claims", Long.MAX_VALUE);
        as(Api.REVIEWER).get("/api/claims?article=" + articleId);
        as(Api.REVIEWER).get("/api/claims?state=FINISHED");
        as(Api.REVIEWER).get("/api/claims/{id}", claim);
        as(Api.REVIEWER).get("/api/claims/{id}", Long.MAX_VALUE);
        as(Api.REVIEWER).body(Map.of("statement", "Forty percent went to schools.", "version", 0))
                .patch("/api/claims/{id}", claim).then().statusCode(200);
        as(Api.REVIEWER).body(Map.of("statement", "Stale.", "version", 0)).patch("/api/claims/{id}", claim);
        as(Api.REVIEWER).body(Map.of("state", "PUBLISHED", "version", 1)).patch("/api/claims/{id}", claim);
        as(Api.REVIEWER).contentType("application/merge-patch+json").body(Map.of("claimant", "The minister",
                "version", 1)).patch("/api/claims/{id}", claim);
        as(Api.REVIEWER).body(Map.of("statement", 7, "version", 2)).patch("/api/claims/{id}", claim);

        as(Api.REVIEWER).get("/api/claims/{id}/history", claim);
        long seq = as(Api.REVIEWER).get("/api/claims/{id}/history", claim).then().extract().jsonPath()
                .getLong("items[0].seq");
        as(Api.REVIEWER).get("/api/claims/{id}/history/{seq}/state", claim, seq);
        as(Api.REVIEWER).get("/api/claims/{id}/history/{seq}/state", claim, "first");
        as(Api.REVIEWER).get("/api/claims/{id}/history/{seq}/state", Long.MAX_VALUE, seq);
        assertDeclared();
    }

    @Test
    void suggestions() {
        Articles.ImportedArticle article = Articles.importDemoCopy();
        String sentence = as(Api.REVIEWER).get("/api/articles/{id}/suggestions", article.id()).then().statusCode(200)
                .extract().jsonPath().getString("items[0].exact");
        int start = article.offsetOf(sentence);
        int end = start + sentence.codePointCount(0, sentence.length());
        as(Api.REVIEWER).get("/api/articles/{id}/suggestions?dismissed=false", article.id());
        as(Api.REVIEWER).get("/api/articles/{id}/suggestions?dismissed=maybe", article.id());
        as(Api.REVIEWER).get("/api/articles/{id}/suggestions", Long.MAX_VALUE);
        anonymous().get("/api/articles/{id}/suggestions", article.id());
        as(Api.REVIEWER).body(Map.of("start", start, "end", end))
                .post("/api/articles/{id}/suggestions/dismissals", article.id()).then().statusCode(200);
        as(Api.REVIEWER).body(Map.of("start", start, "end", end + 1))
                .post("/api/articles/{id}/suggestions/dismissals", article.id());
        as(Api.REVIEWER).body(Map.of("start", "0")).post("/api/articles/{id}/suggestions/dismissals", article.id());
        as(Api.REVIEWER).contentType(ContentType.TEXT).body("0-10")
                .post("/api/articles/{id}/suggestions/dismissals", article.id());
        as(Api.REVIEWER).body(Map.of("start", start, "end", end))
                .post("/api/articles/{id}/suggestions/dismissals", Long.MAX_VALUE);
        as(Api.REVIEWER).delete("/api/articles/{id}/suggestions/dismissals?start=" + start + "&end=" + end,
                article.id()).then().statusCode(200);
        as(Api.REVIEWER).delete("/api/articles/{id}/suggestions/dismissals?start=first&end=" + end, article.id());
        as(Api.REVIEWER).delete("/api/articles/{id}/suggestions/dismissals?start=" + start, article.id());
        long claim = as(Api.REVIEWER).body(Map.of("quote", Map.of("exact", sentence), "topic", "Other"))
                .post("/api/articles/{id}/claims", article.id()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(Api.REVIEWER).get("/api/claims/{id}", claim).then().statusCode(200).body("figures", notNullValue());
        as(Api.REVIEWER).get("/api/claims?hasFigure=true&datesFrom=2016").then().statusCode(200);
        as(Api.REVIEWER).get("/api/claims?hasFigure=sometimes");
        assertDeclared();
    }

    @Test
    void reviewAndEvidence() {
        Workflow.ensureUsers();
        long claim = Workflow.newClaim();
        long other = Workflow.newClaim();
        as(Api.REVIEWER).get("/api/claims/{id}/transitions", claim);
        as(Api.REVIEWER).body(Map.of("to", "RESEARCHING", "version", 0)).post("/api/claims/{id}/transitions", claim)
                .then().statusCode(200);
        as(Api.REVIEWER).body(Map.of("to", "PUBLISHED", "version", 1)).post("/api/claims/{id}/transitions", claim);
        as(Api.REVIEWER).body(Map.of("to", "IN_REVIEW", "version", 0)).post("/api/claims/{id}/transitions", claim);
        as(Api.REVIEWER).body(Map.of("to", "RESEARCHING")).post("/api/claims/{id}/transitions", Long.MAX_VALUE);
        as(Api.EDITOR).body(Map.of("ids", List.of(other, Long.MAX_VALUE), "to", "RESEARCHING"))
                .post("/api/claims/transitions");
        as(Api.REVIEWER).body(Map.of("ids", List.of(other), "to", "RESEARCHING")).post("/api/claims/transitions");
        as(Api.EDITOR).body(Map.of("ids", List.of(), "to", "RESEARCHING")).post("/api/claims/transitions");

        as(Api.REVIEWER).body(Map.of("label", "False", "rationale", "Twelve percent.", "version", 1))
                .put("/api/claims/{id}/verdict", claim);
        as(Api.REVIEWER).body(Map.of("label", "Very true", "rationale", "?", "version", 2))
                .put("/api/claims/{id}/verdict", claim);
        as(Api.REVIEWER).body(Map.of("label", "False", "rationale", "Stale.", "version", 0))
                .put("/api/claims/{id}/verdict", claim);
        as(Api.REVIEWER).get("/api/claims/{id}/comments", claim);
        as(Api.REVIEWER).body(Map.of("body", "Checked the budget.")).post("/api/claims/{id}/comments", claim);
        as(Api.REVIEWER).body(Map.of("body", " ")).post("/api/claims/{id}/comments", claim);

        as(Api.REVIEWER).get("/api/claims/{id}/evidence", claim);
        long evidence = as(Api.REVIEWER).body(Map.of("source", Map.of("url", "https://budget.example.org/"
                + unique("r"), "title", "Budget report"), "excerpt", "Schools: 12 percent", "stance", "refutes"))
                .post("/api/claims/{id}/evidence", claim).then().statusCode(201).extract().jsonPath().getLong("id");
        as(Api.REVIEWER).body(Map.of("stance", "maybe")).post("/api/claims/{id}/evidence", claim);
        as(Api.REVIEWER).get("/api/claims/{id}/evidence/{e}", claim, evidence);
        as(Api.REVIEWER).get("/api/claims/{id}/evidence/{e}", claim, Long.MAX_VALUE);
        as(Api.REVIEWER).delete("/api/claims/{id}/evidence/{e}", claim, evidence);
        as(Api.REVIEWER).delete("/api/claims/{id}/evidence/{e}", claim, evidence);
        assertDeclared();
    }

    @Test
    void sourcesTopicsAndRatingScale() {
        String url = "https://example.org/" + unique("src");
        JsonPath source = as(Api.REVIEWER).body(Map.of("url", url, "title", "A source")).post("/api/sources")
                .then().statusCode(201).extract().jsonPath();
        as(Api.REVIEWER).body(Map.of("url", url, "title", "Again")).post("/api/sources");
        as(Api.REVIEWER).body(Map.of("url", "ftp://x", "title", "")).post("/api/sources");
        as(Api.REVIEWER).get("/api/sources?q=source");
        as(Api.REVIEWER).get("/api/sources?type=rumour");
        as(Api.REVIEWER).get("/api/sources/{id}", source.getLong("id"));
        as(Api.REVIEWER).body(Map.of("title", "Renamed", "version", source.getLong("version")))
                .patch("/api/sources/{id}", source.getLong("id"));
        as(Api.REVIEWER).body(Map.of("title", "Stale", "version", source.getLong("version")))
                .patch("/api/sources/{id}", source.getLong("id"));
        as(Api.REVIEWER).body(Map.of("id", 3)).patch("/api/sources/{id}", source.getLong("id"));

        as(Api.REVIEWER).get("/api/topics");
        JsonPath topic = as(Api.EDITOR).body(Map.of("name", unique("Topic "))).post("/api/topics").then()
                .statusCode(201).extract().jsonPath();
        as(Api.EDITOR).body(Map.of("name", topic.getString("name"))).post("/api/topics");
        as(Api.EDITOR).body(Map.of("name", "Bad colour", "colour", 99)).post("/api/topics");
        as(Api.REVIEWER).body(Map.of("name", unique("Topic "))).post("/api/topics");
        as(Api.EDITOR).body(Map.of("retired", true, "version", 0)).patch("/api/topics/{id}", topic.getLong("id"));
        as(Api.EDITOR).body(Map.of("retired", false, "version", 0)).patch("/api/topics/{id}", topic.getLong("id"));

        as(Api.REVIEWER).get("/api/rating-scale");
        JsonPath label = as(Api.EDITOR).body(Map.of("label", unique("Label "), "description", "A label", "colour", 2))
                .post("/api/rating-scale").then().statusCode(201).extract().jsonPath();
        as(Api.EDITOR).body(Map.of("label", label.getString("label"), "description", "Again", "colour", 2))
                .post("/api/rating-scale");
        as(Api.EDITOR).body(Map.of("label", "")).post("/api/rating-scale");
        as(Api.REVIEWER).body(Map.of("label", unique("Label "))).post("/api/rating-scale");
        as(Api.EDITOR).body(Map.of("description", "Changed", "version", label.getLong("version")))
                .patch("/api/rating-scale/{id}", label.getLong("id"));
        as(Api.EDITOR).body(Map.of("description", "Stale", "version", label.getLong("version")))
                .patch("/api/rating-scale/{id}", label.getLong("id"));
        as(Api.EDITOR).delete("/api/rating-scale/{id}", label.getLong("id"));
        as(Api.EDITOR).delete("/api/rating-scale/{id}", label.getLong("id"));
        JsonPath inUse = as(Api.EDITOR).body(Map.of("label", unique("Used "), "description", "In use", "colour", 3))
                .post("/api/rating-scale").then().statusCode(201).extract().jsonPath();
        Workflow.ensureUsers();
        long claim = Workflow.newClaim();
        Workflow.move(Workflow.SETUP_EDITOR, claim, "RESEARCHING",
                Map.of("assignee", Workflow.SETUP_REVIEWER.username()), 200);
        Workflow.verdict(claim, inUse.getString("label"));
        as(Api.EDITOR).delete("/api/rating-scale/{id}", inUse.getLong("id"));
        assertDeclared();
    }

    @Test
    void usersTokensOrganisationAndHistory() {
        as(Api.ADMIN).get("/api/users");
        as(Api.REVIEWER).get("/api/users");
        as(Api.REVIEWER).get("/api/users/me");
        String name = unique("user").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        JsonPath user = as(Api.ADMIN).body(Map.of("username", name, "displayName", "A user", "password",
                "a-long-password-1", "roles", List.of("reviewer"))).post("/api/users").then().statusCode(201)
                .extract().jsonPath();
        as(Api.ADMIN).body(Map.of("username", name, "displayName", "Again", "password", "a-long-password-1",
                "roles", List.of("reviewer"))).post("/api/users");
        as(Api.ADMIN).body(Map.of("username", "", "password", "short")).post("/api/users");
        as(Api.ADMIN).get("/api/users/{id}", user.getLong("id"));
        as(Api.ADMIN).get("/api/users/{id}", Long.MAX_VALUE);
        as(Api.ADMIN).body(Map.of("roles", List.of("editor"), "version", user.getLong("version")))
                .patch("/api/users/{id}", user.getLong("id"));
        as(Api.ADMIN).body(Map.of("roles", List.of("editor"), "version", user.getLong("version")))
                .patch("/api/users/{id}", user.getLong("id"));
        as(Api.ADMIN).body(Map.of("roles", List.of("pope"), "version", user.getLong("version") + 1))
                .patch("/api/users/{id}", user.getLong("id"));

        as(Api.REVIEWER).get("/api/users/me/tokens");
        long token = as(Api.REVIEWER).body(Map.of("name", unique("Script "))).post("/api/users/me/tokens").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(Api.REVIEWER).body(Map.of("name", "")).post("/api/users/me/tokens");
        as(Api.REVIEWER).delete("/api/users/me/tokens/{id}", token);
        as(Api.REVIEWER).delete("/api/users/me/tokens/{id}", Long.MAX_VALUE);
        anonymous().header("Authorization", "Bearer fdt_nothing").get("/api/users/me");

        JsonPath organisation = as(Api.REVIEWER).get("/api/organisation").then().statusCode(200).extract().jsonPath();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("name", organisation.getString("name"));
        change.put("url", organisation.getString("url"));
        change.put("methodology", organisation.getString("methodology"));
        change.put("correctionsPolicy", organisation.getString("correctionsPolicy"));
        change.put("version", organisation.getLong("version"));
        as(Api.REVIEWER).body(change).put("/api/organisation");
        as(Api.ADMIN).body(change).put("/api/organisation").then().statusCode(200);
        as(Api.ADMIN).body(change).put("/api/organisation");
        change.put("name", "");
        change.put("version", organisation.getLong("version") + 1);
        as(Api.ADMIN).body(change).put("/api/organisation");

        as(Api.EDITOR).get("/api/history?type=CLAIM_CREATED");
        as(Api.EDITOR).get("/api/history?from=yesterday");
        as(Api.REVIEWER).get("/api/history");
        as(Api.EDITOR).get("/api/history/export?format=csv");
        as(Api.EDITOR).get("/api/history/export?format=jsonl");
        as(Api.EDITOR).get("/api/history/export?format=xml");
        as(Api.REVIEWER).get("/api/history/verify");
        assertDeclared();
    }

    @Test
    void factCheckLibrary() {
        String review = "{\"@type\":\"ClaimReview\",\"url\":\"https://check.example.org/" + unique("lib")
                + "\",\"claimReviewed\":\"The bridge was finished in May.\",\"reviewRating\":{\"ratingValue\":2,"
                + "\"bestRating\":5,\"worstRating\":1,\"alternateName\":\"Mostly false\"}}";
        as(Api.EDITOR).body(review).post("/api/library/imports").then().statusCode(200);
        as(Api.EDITOR).body(review).post("/api/library/imports").then().statusCode(200).body("unchanged", org.hamcrest.Matchers.equalTo(1));
        as(Api.EDITOR).body("{\"@type\":\"Review\"}").post("/api/library/imports").then().statusCode(422);
        as(Api.EDITOR).body("{\"@type\":").post("/api/library/imports").then().statusCode(422);
        as(Api.REVIEWER).body(review).post("/api/library/imports").then().statusCode(403);
        String token = "c2NyaXB0LWNob3Nlbi10aw";
        as(Api.EDITOR).contentType("multipart/form-data").cookie("factdesk-csrf", token).header("X-CSRF-TOKEN", token)
                .multiPart("file", "review.json", review.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "application/json").post("/api/library/imports").then().statusCode(200);
        long id = as(Api.REVIEWER).get("/api/library?q=bridge finished").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        as(Api.REVIEWER).get("/api/library?size=0").then().statusCode(400);
        as(Api.REVIEWER).get("/api/library/{id}", id).then().statusCode(200);
        as(Api.REVIEWER).get("/api/library/{id}", Long.MAX_VALUE).then().statusCode(404);
        assertDeclared();
    }

    @Test
    void reports() {
        ReportFixture.Demo demo = ReportFixture.demo();
        for (String format : List.of("json", "csv", "md", "html", "claimreview", "pdf")) {
            anonymous().get("/api/articles/{id}/report?format=" + format, demo.articleId());
            as(Api.REVIEWER).get("/api/reports?claims=" + demo.published().get(0) + "&format=" + format);
        }
        anonymous().accept("text/csv").get("/api/articles/{id}/report", demo.articleId());
        anonymous().accept("image/png").get("/api/articles/{id}/report", demo.articleId());
        anonymous().get("/api/articles/{id}/report?format=docx", demo.articleId());
        anonymous().get("/api/articles/{id}/report?public=maybe", demo.articleId());
        anonymous().get("/api/articles/{id}/report?public=false", demo.articleId());
        as(Api.REVIEWER).get("/api/articles/{id}/report?public=false", demo.articleId());
        anonymous().get("/api/articles/{id}/report", Articles.importDemoCopy().id());
        as(Api.REVIEWER).get("/api/reports?claims=seven");
        as(Api.REVIEWER).get("/api/reports");
        anonymous().get("/api/reports?claims=" + demo.published().get(0));

        anonymous().get("/api/claims/{id}/claimreview", demo.published().get(0));
        anonymous().get("/api/claims/{id}/claimreview", demo.unpublished());
        assertDeclared();
    }

    // ---- the check ---------------------------------------------------------------------------------

    private RequestSpecification as(Api.Account account) {
        return Api.as(account).filter(recorder);
    }

    private RequestSpecification anonymous() {
        return Api.anonymous().filter(recorder);
    }

    /** Every answer seen: its status declared for its operation, with its media type (or no body). */
    private void assertDeclared() {
        List<String> undeclared = new ArrayList<>();
        for (Exchange e : seen) {
            JsonNode operation = operation(e.method(), e.path());
            if (operation == null) {
                undeclared.add(e + ": no such operation in the document");
                continue;
            }
            JsonNode response = operation.at("/responses/" + e.status());
            if (response.isMissingNode()) {
                undeclared.add(e + ": status not declared " + names(operation.get("responses")));
                continue;
            }
            if (e.empty()) {
                continue;
            }
            String type = e.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!response.path("content").has(type)) {
                undeclared.add(e + ": media type not declared " + names(response.path("content")));
            }
        }
        assertThat(seen).isNotEmpty();
        assertThat(undeclared).isEmpty();
    }

    private JsonNode operation(String method, String path) {
        JsonNode best = null;
        int bestParameters = Integer.MAX_VALUE;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.get("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String template = entry.getKey();
            String regex = "\\Q" + template.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            int parameters = template.split("\\{", -1).length - 1;
            JsonNode operation = entry.getValue().get(method.toLowerCase(Locale.ROOT));
            if (operation != null && Pattern.matches(regex, path) && parameters < bestParameters) {
                best = operation;
                bestParameters = parameters;
            }
        }
        return best;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static boolean isMethod(String key) {
        return Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(key);
    }
}
