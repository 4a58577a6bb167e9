package io.factdesk.source;

import static io.factdesk.source.Sources.request;
import static io.factdesk.source.Sources.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A claim's evidence over the JSON API: /api/claims/{id}/evidence. */
@QuarkusTest
class EvidenceApiTest {

    @Inject
    EntityManager em;

    @Test
    void anExistingSourceIsAttachedWithExcerptStanceAndNote() {
        long claim = Sources.newClaim();
        long source = Sources.create("SOHR casualty count");

        var created = Api.asReviewer().body(Map.of("sourceId", source, "excerpt", "at least 280,000 killed",
                "stance", "refutes", "note", "Lower than the article's figure"))
                .when().post("/api/claims/{id}/evidence", claim)
                .then().statusCode(201)
                .body("claimId", equalTo((int) claim))
                .body("source.id", equalTo((int) source))
                .body("source.title", equalTo("SOHR casualty count"))
                .body("source.publisher", equalTo("United Nations"))
                .body("excerpt", equalTo("at least 280,000 killed"))
                .body("stance", equalTo("refutes"))
                .body("note", equalTo("Lower than the article's figure"))
                .body("createdBy", equalTo("reviewer"))
                .body("sourceCreated", equalTo(false))
                .body("sourceReused", equalTo(false))
                .body("notice", nullValue())
                .extract();
        long evidence = created.jsonPath().getLong("id");
        created.response().then().header("Location", endsWith("/api/claims/" + claim + "/evidence/" + evidence));

        Api.asReviewer().when().get("/api/claims/{id}/evidence", claim)
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo((int) evidence))
                .body("[0].source.url", containsString("un.org"));
        Api.asReviewer().when().get("/api/claims/{id}/evidence/{eid}", claim, evidence)
                .then().statusCode(200).body("stance", equalTo("refutes"));
    }

    @Test
    void aNewSourceGivenInlineIsAddedToTheLibrary() {
        long claim = Sources.newClaim();
        Map<String, Object> inline = request("Syrian Observatory report");

        long source = Api.asReviewer().body(Map.of("source", inline, "excerpt", "470,000", "stance", "supports"))
                .when().post("/api/claims/{id}/evidence", claim)
                .then().statusCode(201)
                .body("sourceCreated", equalTo(true))
                .body("sourceReused", equalTo(false))
                .body("source.title", equalTo("Syrian Observatory report"))
                .body("source.accessedAt", equalTo("2016-07-15"))
                .body("source.type", equalTo("OFFICIAL_STATEMENT"))
                .extract().jsonPath().getLong("source.id");

        Api.asReviewer().when().get("/api/sources/{id}", source)
                .then().statusCode(200).body("citations[0].claimId", equalTo((int) claim));
    }

    @Test
    void anInlineSourceWhoseAddressIsInTheLibraryReusesTheExistingOne() {
        long claim = Sources.newClaim();
        String token = Articles.unique("reuse");
        String url = "https://www.un.org/press/" + token;
        long existing = Sources.create(with(request("Library copy"), "url", url));

        Api.asReviewer().body(Map.of("source", with(request("Typed again"), "url",
                "http://UN.org/press/" + token + "/?utm_source=newsletter"), "stance", "context"))
                .when().post("/api/claims/{id}/evidence", claim)
                .then().statusCode(201)
                .body("sourceReused", equalTo(true))
                .body("sourceCreated", equalTo(false))
                .body("notice", containsString("source " + existing))
                .body("source.id", equalTo((int) existing))
                .body("source.title", equalTo("Library copy"))
                .body("source.url", equalTo(url));
        Api.asReviewer().queryParam("q", token).when().get("/api/sources")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theSameSourceCannotBeAttachedTwiceToAClaim() {
        long claim = Sources.newClaim();
        Map<String, Object> req = request("Attached once");
        long source = Sources.create(req);
        long evidence = Sources.attach(claim, source, "supports");

        Api.asReviewer().body(Map.of("sourceId", source, "stance", "refutes"))
                .when().post("/api/claims/{id}/evidence", claim)
                .then().spec(Problems.problem(409, "duplicate-evidence"))
                .body("existing.id", equalTo((int) evidence))
                .body("existing.sourceId", equalTo((int) source));
        // Also when the source comes inline and is found in the library by its address.
        Api.asReviewer().body(Map.of("source", req, "stance", "refutes"))
                .when().post("/api/claims/{id}/evidence", claim)
                .then().spec(Problems.problem(409, "duplicate-evidence"));
        Api.asReviewer().when().get("/api/claims/{id}/evidence", claim).then().statusCode(200).body("", hasSize(1));

        // Another claim may cite it.
        Sources.attach(Sources.newClaim(), source, "supports");
    }

    @Test
    void evidenceIsRemoved() {
        long claim = Sources.newClaim();
        long source = Sources.create("Removed again");
        long evidence = Sources.attach(claim, source, "context");

        Api.asReviewer().when().delete("/api/claims/{id}/evidence/{eid}", claim, evidence)
                .then().statusCode(204);
        Api.asReviewer().when().get("/api/claims/{id}/evidence", claim).then().statusCode(200).body("", empty());
        Api.asReviewer().when().get("/api/sources/{id}", source).then().statusCode(200).body("citations", empty());
        Api.asReviewer().when().delete("/api/claims/{id}/evidence/{eid}", claim, evidence)
                .then().spec(Problems.problem(404, "not-found"));
        // The source stays in the library and can be linked again.
        Sources.attach(claim, source, "supports");
    }

    @Test
    void unknownClaimsEvidenceAndSourcesAreRefused() {
        long claim = Sources.newClaim();
        long source = Sources.create("Known source");
        long evidence = Sources.attach(claim, source, "supports");
        long otherClaim = Sources.newClaim();

        Api.asReviewer().body(Map.of("sourceId", source, "stance", "supports"))
                .when().post("/api/claims/999999999/evidence").then().spec(Problems.problem(404, "not-found"));
        Api.asReviewer().when().get("/api/claims/999999999/evidence").then().spec(Problems.problem(404));
        Api.asReviewer().when().delete("/api/claims/999999999/evidence/{eid}", evidence)
                .then().spec(Problems.problem(404));
        Api.asReviewer().when().get("/api/claims/{id}/evidence/999999999", claim).then().spec(Problems.problem(404));
        // Evidence of one claim is not found under another.
        Api.asReviewer().when().delete("/api/claims/{id}/evidence/{eid}", otherClaim, evidence)
                .then().spec(Problems.problem(404));
        Api.asReviewer().when().get("/api/claims/{id}/evidence/{eid}", otherClaim, evidence)
                .then().spec(Problems.problem(404));
        // A sourceId in the body that names nothing: the request is invalid (the claim exists).
        Api.asReviewer().body(Map.of("sourceId", 999999999, "stance", "supports"))
                .when().post("/api/claims/{id}/evidence", otherClaim)
                .then().spec(Problems.invalid("sourceId"));
        Api.asReviewer().when().get("/api/claims/{id}/evidence", claim).then().body("", hasSize(1));
    }

    @Test
    void stanceSourceAndLengthsAreChecked() {
        long claim = Sources.newClaim();
        long source = Sources.create("For the checks");

        Api.asReviewer().body(Map.of("sourceId", source)).when().post("/api/claims/{id}/evidence", claim)
                .then().spec(Problems.invalid("stance"))
                .body("errors[0].message", containsString("supports, refutes, context"));
        Api.asReviewer().body(Map.of("sourceId", source, "stance", "agrees"))
                .when().post("/api/claims/{id}/evidence", claim).then().spec(Problems.invalid("stance"));
        Api.asReviewer().body(Map.of("stance", "supports")).when().post("/api/claims/{id}/evidence", claim)
                .then().spec(Problems.invalid("sourceId"));
        Api.asReviewer().body(Map.of("sourceId", source, "source", request("Both"), "stance", "supports"))
                .when().post("/api/claims/{id}/evidence", claim).then().spec(Problems.invalid("source"));
        Api.asReviewer().body(Map.of("sourceId", source, "stance", "supports", "excerpt", "x".repeat(5001),
                "note", "y".repeat(2001)))
                .when().post("/api/claims/{id}/evidence", claim).then().spec(Problems.invalid("excerpt", "note"));
        Api.asReviewer().body(Map.of("sourceId", "first", "stance", "supports"))
                .when().post("/api/claims/{id}/evidence", claim).then().spec(Problems.malformed("sourceId"));
        Api.asReviewer().when().get("/api/claims/{id}/evidence", claim).then().body("", empty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
            "https://", "/relative/path" })
    void anInlineSourceWithABadAddressIsRefusedNamingTheField(String url) {
        long claim = Sources.newClaim();
        Api.asReviewer().body(Map.of("source", with(request("Inline"), "url", url), "stance", "supports"))
                .when().post("/api/claims/{id}/evidence", claim)
                .then().spec(Problems.invalid("source.url"))
                .body("errors.find { it.field == 'source.url' }.message", containsString("URL "));
        Api.asReviewer().body(Map.of("source", Map.of("url", Sources.uniqueUrl()), "stance", "supports"))
                .when().post("/api/claims/{id}/evidence", claim)
                .then().spec(Problems.invalid("source.title"));
        Api.asReviewer().when().get("/api/claims/{id}/evidence", claim).then().body("", empty());
    }

    @Test
    void aPublishedClaimsEvidenceIsReadOnly() {
        long claim = Sources.newClaim();
        long source = Sources.create("On a published claim");
        long evidence = Sources.attach(claim, source, "supports");
        Sources.setState(em, claim, "PUBLISHED");

        Api.asEditor().body(Map.of("sourceId", Sources.create("Too late"), "stance", "refutes"))
                .when().post("/api/claims/{id}/evidence", claim)
                .then().spec(Problems.problem(409, "published-read-only"))
                .body("detail", containsString("published"));
        Api.asEditor().body(Map.of("source", request("Too late inline"), "stance", "refutes"))
                .when().post("/api/claims/{id}/evidence", claim)
                .then().spec(Problems.problem(409, "published-read-only"));
        Api.asEditor().when().delete("/api/claims/{id}/evidence/{eid}", claim, evidence)
                .then().spec(Problems.problem(409, "published-read-only"));
        Api.asEditor().when().get("/api/claims/{id}/evidence", claim)
                .then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo((int) evidence));
    }

    @ParameterizedTest
    @ValueSource(strings = { "IN_REVIEW", "APPROVED", "DISMISSED" })
    void evidenceChangesOnlyWhileAClaimIsResearched(String state) {
        long claim = Sources.newClaim();
        long evidence = Sources.attach(claim, Sources.create("Frozen"), "supports");
        Sources.setState(em, claim, state);

        Api.asReviewer().body(Map.of("sourceId", Sources.create("Not now"), "stance", "refutes"))
                .when().post("/api/claims/{id}/evidence", claim)
                .then().spec(Problems.problem(409, "not-editable")).body("state", equalTo(state));
        Api.asReviewer().when().delete("/api/claims/{id}/evidence/{eid}", claim, evidence)
                .then().spec(Problems.problem(409, "not-editable"));

        Sources.setState(em, claim, "RESEARCHING");
        Api.asReviewer().when().delete("/api/claims/{id}/evidence/{eid}", claim, evidence).then().statusCode(204);
    }

    @Test
    void theClaimResourceStillAnswersBesideTheEvidenceResource() {
        long claim = Sources.newClaim();
        Api.asReviewer().when().get("/api/claims/{id}", claim)
                .then().statusCode(200).body("id", equalTo((int) claim)).body("state", equalTo("NEW"));
        Api.asReviewer().queryParam("article", Sources.articleOf(claim)).when().get("/api/claims")
                .then().statusCode(200).body("items[0].id", equalTo((int) claim));
        Api.asReviewer().when().get("/api/claims/{id}/evidence", claim).then().statusCode(200).body("", empty());
    }

    @Test
    void evidenceNeedsASignedInUser() {
        long claim = Sources.newClaim();
        Api.anonymous().when().get("/api/claims/{id}/evidence", claim).then().spec(Problems.problem(401));
        Api.anonymous().body(Map.of("sourceId", 1, "stance", "supports"))
                .when().post("/api/claims/{id}/evidence", claim).then().spec(Problems.problem(401));
    }

    @Test
    void attachingAndRemovingAreRecordedInTheClaimsHistory() throws Exception {
        long claim = Sources.newClaim();
        long article = Sources.articleOf(claim);
        Map<String, Object> inline = request("Recorded source");
        var attached = Api.asReviewer().body(Map.of("source", inline, "stance", "supports",
                "excerpt", "the excerpt", "note", "the note"))
                .when().post("/api/claims/{id}/evidence", claim).then().statusCode(201).extract().jsonPath();
        long evidence = attached.getLong("id");
        long source = attached.getLong("source.id");
        Api.asReviewer().when().delete("/api/claims/{id}/evidence/{eid}", claim, evidence).then().statusCode(204);

        List<Object[]> events = Sources.auditEventsOf(em, claim).stream()
                .filter(e -> String.valueOf(e[0]).startsWith("EVIDENCE_")).toList();
        assertThat(events).extracting(e -> (String) e[0]).containsExactly("EVIDENCE_ADDED", "EVIDENCE_REMOVED");
        ObjectMapper json = new ObjectMapper();
        JsonNode added = json.readTree((String) events.get(0)[3]);
        JsonNode removed = json.readTree((String) events.get(1)[2]);
        assertThat(((Number) events.get(0)[1]).longValue()).isEqualTo(article);
        assertThat(((Number) events.get(1)[1]).longValue()).isEqualTo(article);
        for (JsonNode map : List.of(added, removed)) {
            assertThat(map.path("evidenceId").asLong()).isEqualTo(evidence);
            assertThat(map.path("sourceId").asLong()).isEqualTo(source);
            assertThat(map.path("sourceTitle").asText()).isEqualTo("Recorded source");
            assertThat(map.path("sourceUrl").asText()).isEqualTo(inline.get("url"));
            assertThat(map.path("stance").asText()).isEqualTo("supports");
            assertThat(map.path("excerpt").asText()).isEqualTo("the excerpt");
            assertThat(map.path("note").asText()).isEqualTo("the note");
            assertThat(map.size()).isEqualTo(7);
        }
        assertThat(json.readTree((String) events.get(1)[3]).size()).isZero();
        assertThat(json.readTree((String) events.get(0)[2]).size()).isZero();
    }

    @Test
    void anInlineSourceIsRecordedAsCreated() throws Exception {
        String token = Articles.unique("audit");
        Api.asReviewer().body(Map.of("source", with(request("Audited " + token), "url",
                "https://example.org/" + token), "stance", "context"))
                .when().post("/api/claims/{id}/evidence", Sources.newClaim()).then().statusCode(201);
        @SuppressWarnings("unchecked")
        List<Object> found = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select after_json from audit_event where type = 'SOURCE_CREATED'"
                        + " and claim_id is null and after_json like ?1")
                .setParameter(1, "%" + token + "%").getResultList());
        assertThat(found).hasSize(1);
        JsonNode after = new ObjectMapper().readTree((String) found.get(0));
        assertThat(after.path("title").asText()).isEqualTo("Audited " + token);
        assertThat(after.path("url").asText()).isEqualTo("https://example.org/" + token);
        assertThat(after.path("type").asText()).isEqualTo("OFFICIAL_STATEMENT");
    }
}
