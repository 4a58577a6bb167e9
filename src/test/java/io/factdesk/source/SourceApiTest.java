package io.factdesk.source;

import static io.factdesk.source.Sources.request;
import static io.factdesk.source.Sources.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The source library over the JSON API: /api/sources. */
@QuarkusTest
class SourceApiTest {

    @Inject
    EntityManager em;

    @Test
    void aReviewerAddsASourceWithEveryField() {
        Map<String, Object> req = request("Security Council press statement on Syria");
        var json = Api.asReviewer().body(req).when().post("/api/sources")
                .then().statusCode(201)
                .body("url", equalTo(req.get("url")))
                .body("normalizedUrl", equalTo(((String) req.get("url")).replace("https://www.", "https://")))
                .body("title", equalTo("Security Council press statement on Syria"))
                .body("publisher", equalTo("United Nations"))
                .body("author", equalTo("Security Council"))
                .body("publishedAt", equalTo("2016-07-01"))
                .body("accessedAt", equalTo("2016-07-15"))
                .body("archivedUrl", startsWith("https://web.archive.org/"))
                .body("type", equalTo("OFFICIAL_STATEMENT"))
                .body("reliability", equalTo("B"))
                .body("createdBy", equalTo("reviewer"))
                .body("version", equalTo(0))
                .extract();
        long id = json.jsonPath().getLong("id");
        json.response().then().header("Location", endsWith("/api/sources/" + id));

        Api.asEditor().when().get("/api/sources/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("title", equalTo("Security Council press statement on Syria"))
                .body("citations", hasSize(0));
    }

    @Test
    void onlyUrlAndTitleAreNeededTheRestHasDefaults() {
        String url = Sources.uniqueUrl();
        Api.asReviewer().body(Map.of("url", url, "title", "Minimal")).when().post("/api/sources")
                .then().statusCode(201)
                .body("accessedAt", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("type", equalTo("OTHER"))
                .body("reliability", equalTo("F"))
                .body("publisher", nullValue())
                .body("archivedUrl", nullValue());
    }

    @Test
    void typeIsReadInAnyCaseAndWithHyphens() {
        Api.asReviewer().body(with(with(request("Kebab"), "type", "news-report"), "reliability", "c"))
                .when().post("/api/sources")
                .then().statusCode(201).body("type", equalTo("NEWS_REPORT")).body("reliability", equalTo("C"));
    }

    @Test
    void everyInvalidFieldIsListedAtOnce() {
        Api.asReviewer().body(Map.of("url", "javascript:alert(1)", "title", " ", "publishedAt", "14/07/2016",
                "type", "RUMOUR", "reliability", "Z", "archivedUrl", "data:text/html,x", "accessedAt", "2999-01-01"))
                .when().post("/api/sources")
                .then().spec(Problems.invalid("url", "title", "publishedAt", "type", "reliability", "archivedUrl",
                        "accessedAt"))
                .body("errors.find { it.field == 'type' }.message", containsString("OFFICIAL_STATEMENT"))
                .body("errors.find { it.field == 'accessedAt' }.message", containsString("future"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "javascript:alert(document.cookie)          | javascript: addresses are not accepted",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg== | data: addresses are not accepted",
            "file:///etc/passwd                         | file: addresses are not accepted",
            "ftp://ftp.un.org/report.pdf                | ftp: addresses are not accepted",
            "https://                                   | must name a host",
            "http:///press/statement                    | must name a host",
            "/press/en/2016/sc12345.doc.htm             | must be a full address",
            "www.un.org/press/en/2016/sc12345.doc.htm   | must be a full address" })
    void addressesOtherThanHttpAreRefusedNamingTheField(String url, String reason) {
        Api.asReviewer().body(with(request("Bad address"), "url", url)).when().post("/api/sources")
                .then().spec(Problems.invalid("url"))
                .body("errors.find { it.field == 'url' }.message", startsWith("URL "))
                .body("errors.find { it.field == 'url' }.message", containsString(reason));
        Api.asReviewer().body(with(request("Bad archive"), "archivedUrl", url)).when().post("/api/sources")
                .then().spec(Problems.invalid("archivedUrl"))
                .body("errors.find { it.field == 'archivedUrl' }.message", startsWith("Archived copy URL "));
        Api.asReviewer().queryParam("q", "Bad a").when().get("/api/sources")
                .then().statusCode(200).body("items.url", not(hasItem(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://www.un.org/press/en/2016/%s.doc.htm",
            "https://UN.ORG/press/en/2016/%s.doc.htm",
            "https://www.un.org/press/en/2016/%s.doc.htm/",
            "https://www.un.org:443/press/en/2016/%s.doc.htm#para-3",
            "https://www.un.org/press/en/2016/%s.doc.htm?utm_source=twitter&utm_medium=social&fbclid=IwAR0" })
    void aSpellingOfAnAddressInTheLibraryIsADuplicateAnswered409WithTheExistingSource(String variant) {
        String token = Articles.unique("dup");
        String original = "https://www.un.org/press/en/2016/" + token + ".doc.htm";
        long existing = Sources.create(with(request("Original statement"), "url", original));

        Api.asReviewer().body(with(request("Same statement again"), "url", variant.formatted(token)))
                .when().post("/api/sources")
                .then().spec(Problems.problem(409, "duplicate-source"))
                .body("detail", containsString("Original statement"))
                .body("existing.id", equalTo((int) existing))
                .body("existing.title", equalTo("Original statement"))
                .body("existing.url", equalTo(original))
                .body("errors[0].field", equalTo("url"));
        Api.asReviewer().queryParam("q", token).when().get("/api/sources")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void differentQueryParametersAreDifferentSources() {
        String base = Sources.uniqueUrl();
        Sources.create(with(request("Page one"), "url", base + "?page=1"));
        Sources.create(with(request("Page two"), "url", base + "?page=2&utm_source=x"));
    }

    @Test
    void theLibraryIsSearchedByTitlePublisherAndAddressAndFilteredByType() {
        String token = Articles.unique("q");
        long byTitle = Sources.create(with(request("Casualty count " + token), "type", "DATA_SET"));
        long byPublisher = Sources.create(with(request("Another"), "publisher", "Observatory " + token));
        long byUrl = Sources.create(with(request("Third"), "url", "https://example.org/" + token + "/report"));

        Api.asReviewer().queryParam("q", token.toUpperCase()).when().get("/api/sources")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", hasItem((int) byTitle))
                .body("items.id", hasItem((int) byPublisher))
                .body("items.id", hasItem((int) byUrl))
                .body("items[0].citations", equalTo(0));
        Api.asReviewer().queryParam("q", token).queryParam("type", "data_set").when().get("/api/sources")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) byTitle));
        Api.asReviewer().queryParam("q", token).queryParam("size", 1).when().get("/api/sources")
                .then().statusCode(200).body("items", hasSize(1)).body("size", equalTo(1)).body("total", equalTo(3));
    }

    @Test
    void searchTreatsPercentAndUnderscoreLiterally() {
        String token = Articles.unique("pct");
        Sources.create(request("100% of " + token));
        Api.asReviewer().queryParam("q", "100% of " + token).when().get("/api/sources")
                .then().statusCode(200).body("total", equalTo(1));
        Api.asReviewer().queryParam("q", "1_0% of " + token).when().get("/api/sources")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anUnknownTypeFilterIsABadRequest() {
        Api.asReviewer().queryParam("type", "rumour").when().get("/api/sources")
                .then().spec(Problems.malformed("type"));
    }

    @Test
    void aSourceShowsEveryClaimThatCitesIt() {
        long source = Sources.create("Cited twice");
        long first = Sources.newClaim();
        long second = Sources.newClaim();
        Sources.attach(first, source, "supports");
        Sources.attach(second, source, "refutes");

        Api.asReviewer().when().get("/api/sources/{id}", source)
                .then().statusCode(200)
                .body("citations", hasSize(2))
                .body("citations.claimId", hasItem((int) first))
                .body("citations.claimId", hasItem((int) second))
                .body("citations.find { it.claimId == " + first + " }.stance", equalTo("supports"))
                .body("citations.find { it.claimId == " + second + " }.stance", equalTo("refutes"))
                .body("citations.find { it.claimId == " + first + " }.articleId", equalTo((int) Sources.articleOf(first)))
                .body("citations.articleTitle", everyItem(startsWith(Articles.DEMO_TITLE)))
                .body("citations.statement", everyItem(equalTo("Statement about more than 450.000 Syrians")))
                .body("citations.state", everyItem(equalTo("NEW")));
        Api.asReviewer().queryParam("q", "Cited twice").when().get("/api/sources")
                .then().statusCode(200).body("items.find { it.id == " + source + " }.citations", equalTo(2));
    }

    @Test
    void aSourceIsEditedWithTheVersionItStartedFrom() {
        long id = Sources.create("Before the edit");
        Api.asReviewer().body(Map.of("title", "After the edit", "reliability", "A", "version", 0))
                .when().patch("/api/sources/{id}", id)
                .then().statusCode(200)
                .body("title", equalTo("After the edit"))
                .body("reliability", equalTo("A"))
                .body("publisher", equalTo("United Nations"))
                .body("version", equalTo(1));
        Api.asReviewer().body(Map.of("publisher", "UN", "version", 0)).when().patch("/api/sources/{id}", id)
                .then().spec(Problems.problem(409, "stale-version")).body("currentVersion", equalTo(1));
        Api.asReviewer().body(Map.of("publisher", "UN")).when().patch("/api/sources/{id}", id)
                .then().spec(Problems.invalid("version"));
        Api.asReviewer().body("{\"publisher\": null, \"version\": 1}").when().patch("/api/sources/{id}", id)
                .then().statusCode(200).body("publisher", nullValue());
    }

    @Test
    void anEditCannotClearTheTitleNorUseABadAddressNorUnknownFields() {
        long id = Sources.create("Keeps its title");
        Api.asReviewer().body("{\"title\": null, \"url\": \"javascript:alert(1)\", \"version\": 0}")
                .when().patch("/api/sources/{id}", id)
                .then().spec(Problems.invalid("title", "url"));
        Api.asReviewer().body(Map.of("normalizedUrl", "x", "version", 0)).when().patch("/api/sources/{id}", id)
                .then().spec(Problems.invalid("normalizedUrl"));
    }

    @Test
    void anEditToTheAddressOfAnotherSourceIsADuplicate() {
        Map<String, Object> other = request("The other one");
        long otherId = Sources.create(other);
        long id = Sources.create("This one");
        Api.asReviewer().body(Map.of("url", ((String) other.get("url")).replace("https://www.", "http://"),
                "version", 0)).when().patch("/api/sources/{id}", id)
                .then().spec(Problems.problem(409, "duplicate-source")).body("existing.id", equalTo((int) otherId));
    }

    @Test
    void aSourceCitedByAPublishedClaimCannotBeEdited() {
        long source = Sources.create("Cited by a published claim");
        long claim = Sources.newClaim();
        Sources.attach(claim, source, "supports");
        Sources.setState(em, claim, "PUBLISHED");

        Api.asEditor().body(Map.of("title", "Changed after publication", "version", 0))
                .when().patch("/api/sources/{id}", source)
                .then().spec(Problems.problem(409, "source-cited-by-published-claim"))
                .body("claims", equalTo(java.util.List.of((int) claim)));
        Api.asEditor().when().get("/api/sources/{id}", source)
                .then().statusCode(200).body("title", equalTo("Cited by a published claim"));
    }

    @Test
    void unknownSourcesAre404() {
        Api.asReviewer().when().get("/api/sources/999999999").then().spec(Problems.problem(404, "not-found"));
        Api.asReviewer().body(Map.of("title", "x", "version", 0)).when().patch("/api/sources/999999999")
                .then().spec(Problems.problem(404, "not-found"));
    }

    @Test
    void theLibraryNeedsASignedInUser() {
        Api.anonymous().when().get("/api/sources").then().spec(Problems.problem(401));
        Api.anonymous().body(request("Anonymous")).when().post("/api/sources").then().spec(Problems.problem(401));
    }

    @Test
    void malformedBodiesAre400() {
        Api.asReviewer().body("{\"url\": ").when().post("/api/sources").then().spec(Problems.problem(400));
        Api.asReviewer().body("{\"url\": [1]}").when().post("/api/sources").then().spec(Problems.malformed("url"));
    }
}
