package io.factdesk.library;

import static io.factdesk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.system.Limits;
import io.factdesk.testing.Api;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fact-check library over the API: imports of each shape, re-imports, broken files, roles, history, search. */
@QuarkusTest
class LibraryApiTest {

    private static ValidatableResponse importJson(LibraryFixtures copy, String file) {
        return Api.asEditor().body(copy.bytes(file)).post("/api/library/imports").then();
    }

    /**
     * A multipart upload is a form, so the CSRF filter checks it: a script sends a token of its choosing
     * (16 random bytes, base64url) as the cookie and in the X-CSRF-TOKEN header (docs/api.md).
     */
    static RequestSpecification multipart(RequestSpecification request) {
        return request.contentType("multipart/form-data").cookie(Browser.CSRF_COOKIE, SCRIPT_TOKEN)
                .header("X-CSRF-TOKEN", SCRIPT_TOKEN);
    }

    private static final String SCRIPT_TOKEN = "c2NyaXB0LWNob3Nlbi10aw";

    private static ValidatableResponse upload(LibraryFixtures copy, String file, String type) {
        return multipart(Api.asEditor()).multiPart("file", file, copy.bytes(file), type)
                .post("/api/library/imports").then();
    }

    private static JsonPath entries(LibraryFixtures copy) {
        return Api.asReviewer().queryParam("q", copy.token).queryParam("size", 200).get("/api/library").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void eachFormatImportsAsManyReviewsAsTheFixturesHold() {
        for (String file : List.of("claimreview-single.json", "claimreview-array.json", "claimreview-graph.json",
                "factchecktools-search.json", "datafeed.json")) {
            LibraryFixtures copy = new LibraryFixtures();
            int expected = LibraryFileTest.indexed(file).size();
            importJson(copy, file).statusCode(200).body("added", equalTo(expected)).body("updated", equalTo(0))
                    .body("unchanged", equalTo(0)).body("skipped", empty());
            assertThat(entries(copy).getInt("total")).as(file).isEqualTo(expected);
        }
        LibraryFixtures copy = new LibraryFixtures();
        upload(copy, "claimreview-page.html", "text/html").statusCode(200).body("file", equalTo("claimreview-page.html"))
                .body("format", equalTo("claimreview-page")).body("added", equalTo(1));
        JsonPath page = entries(copy);
        assertThat(page.getString("items[0].reviewUrl"))
                .isEqualTo(copy.url("https://harbourfactdesk.example.org/checks/free-school-meals-2026"));
        assertThat(page.getString("items[0].ratingText")).isEqualTo("Mostly true");
        assertThat(page.getDouble("items[0].ratingValue")).isEqualTo(0.75);
        assertThat(page.getString("items[0].importedBy")).isEqualTo("editor");
    }

    @Test
    void importingTheLibraryInTheNotesOrderLeaves30ReviewsAndASecondImportChangesNothing() {
        LibraryFixtures copy = new LibraryFixtures();
        importJson(copy, "claimreview-single.json").statusCode(200).body("added", equalTo(1));
        importJson(copy, "claimreview-array.json").statusCode(200).body("added", equalTo(6));
        importJson(copy, "claimreview-graph.json").statusCode(200).body("added", equalTo(6));
        upload(copy, "claimreview-page.html", "text/html").statusCode(200).body("added", equalTo(1));
        // c015 is in the array already: one review, updated with what the answer adds (its title).
        importJson(copy, "factchecktools-search.json").statusCode(200).body("added", equalTo(8))
                .body("updated", equalTo(1)).body("unchanged", equalTo(0));
        // c001 and c069 are re-rated by the feed.
        importJson(copy, "datafeed.json").statusCode(200).body("added", equalTo(8)).body("updated", equalTo(2))
                .body("unchanged", equalTo(0));

        JsonPath all = entries(copy);
        assertThat(all.getInt("total")).isEqualTo(30);
        assertThat(all.getList("items.reviewUrl", String.class)).doesNotHaveDuplicates().hasSize(30);
        String c001 = copy.url("https://harbourfactdesk.example.org/checks/varnesk-civilian-deaths-2023");
        String c069 = copy.url("https://harbourfactdesk.example.org/checks/burglaries-down-14-percent");
        assertThat(all.getString("items.find { it.reviewUrl == '" + c001 + "' }.ratingText")).isEqualTo("False");
        assertThat(all.getDouble("items.find { it.reviewUrl == '" + c001 + "' }.ratingValue")).isEqualTo(0.0);
        assertThat(all.getString("items.find { it.reviewUrl == '" + c069 + "' }.ratingText"))
                .isEqualTo("Mostly true");

        importJson(copy, "datafeed.json").statusCode(200).body("added", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(10));
        importJson(copy, "factchecktools-search.json").statusCode(200).body("added", equalTo(0))
                .body("updated", equalTo(0)).body("unchanged", equalTo(9));
        assertThat(entries(copy).getInt("total")).isEqualTo(30);
    }

    @Test
    void thePartlyBrokenFeedLoadsItsValidItemsAndListsTheSkippedOnesByPathWithTheReason() throws IOException {
        LibraryFixtures copy = new LibraryFixtures();
        JsonNode expected = new ObjectMapper().readTree(LibraryFileTest.fixture("datafeed-partly-broken.expected.json"));
        List<String> paths = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        expected.get("skipped").forEach(s -> {
            paths.add(s.get("path").asText());
            reasons.add(s.get("reason").asText());
        });
        importJson(copy, "datafeed-partly-broken.json").statusCode(200).body("format", equalTo("datafeed"))
                .body("added", equalTo(3)).body("skipped.path", contains(paths.toArray()))
                .body("skipped.reason", contains(reasons.toArray()));
        List<String> urls = new ArrayList<>();
        expected.get("valid").forEach(v -> urls.add(copy.url(v.get("url").asText())));
        assertThat(entries(copy).getList("items.reviewUrl", String.class)).containsExactlyInAnyOrderElementsOf(urls);
    }

    @Test
    void aFileWithNothingToImportIsRefusedWith422SayingWhyAndLeavesNoTrace() {
        LibraryFixtures copy = new LibraryFixtures();
        importJson(copy, "not-json.json").spec(problem(422, "nothing-to-import"))
                .body("detail", startsWith("The file is not valid JSON: it breaks off or goes wrong at line"));
        importJson(copy, "claimreview-wrong-type.json").spec(problem(422, "nothing-to-import"))
                .body("detail", equalTo("The file holds a schema.org Review, not a ClaimReview: nothing to import."));
        upload(copy, "page-without-jsonld.html", "text/html").spec(problem(422, "nothing-to-import"))
                .body("detail", equalTo("The page holds no JSON-LD: it has no <script type=\"application/ld+json\">."))
                .body("errors[0].field", equalTo("file"));
        upload(copy, "not-json.json", "application/json").spec(problem(422, "nothing-to-import"))
                .body("errors[0].field", equalTo("file"));
        assertThat(entries(copy).getInt("total")).isZero();
    }

    @Test
    void aFileOverTheUploadLimitIsRefusedWith413() {
        byte[] big = new byte[Limits.LIBRARY_UPLOAD_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        big[0] = '[';
        big[big.length - 1] = ']';
        Api.asEditor().body(big).post("/api/library/imports").then().spec(problem(413));
    }

    @Test
    void aReviewerSearchesTheLibraryButMayNotImport() {
        LibraryFixtures copy = new LibraryFixtures();
        Api.asReviewer().body(copy.bytes("claimreview-single.json")).post("/api/library/imports").then()
                .spec(problem(403));
        multipart(Api.asReviewer())
                .multiPart("file", "single.json", copy.bytes("claimreview-single.json"), "application/json")
                .post("/api/library/imports").then().spec(problem(403));
        assertThat(entries(copy).getInt("total")).isZero();
        Api.anonymous().get("/api/library").then().spec(problem(401));
    }

    @Test
    void eachImportAppendsOneHistoryEventWithItsCountsAndFileName() {
        LibraryFixtures copy = new LibraryFixtures();
        String name = copy.token + "-feed.json";
        multipart(Api.asEditor()).multiPart("file", name, copy.bytes("datafeed-partly-broken.json"), "application/json")
                .post("/api/library/imports").then().statusCode(200).body("file", equalTo(name));
        JsonPath history = Api.asEditor().queryParam("type", "LIBRARY_IMPORTED").queryParam("size", 200)
                .get("/api/history").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> events = history.getList("items.findAll { it.after.file == '" + name + "' }");
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).containsEntry("actor", "editor");
        assertThat((Map<String, Object>) events.get(0).get("after")).containsEntry("added", 3)
                .containsEntry("updated", 0).containsEntry("unchanged", 0).containsEntry("skipped", 5)
                .containsEntry("format", "datafeed");
    }

    @Test
    void aSearchFindsAnEntryByClaimClaimantOrOrganisationAndOneEntryShowsItsRawJson() {
        LibraryFixtures copy = new LibraryFixtures();
        importJson(copy, "claimreview-array.json").statusCode(200).body("added", equalTo(6));
        JsonPath found = Api.asReviewer().queryParam("q", copy.token + " HIP waiting").get("/api/library").then()
                .statusCode(200).body("total", equalTo(1)).extract().jsonPath();
        assertThat(found.getString("items[0].claimant")).isEqualTo("Karel Dunn");
        assertThat(found.getString("items[0].reviewerName")).isEqualTo("Verifica Kestria");
        Api.asReviewer().queryParam("q", copy.token + " northgate").get("/api/library").then().statusCode(200)
                .body("total", equalTo(2));
        Api.asReviewer().queryParam("q", copy.token + " karel dunn").get("/api/library").then().statusCode(200)
                .body("total", equalTo(1));
        // Newest review first.
        List<String> dates = entries(copy).getList("items.reviewDate", String.class);
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));

        long id = found.getLong("items[0].id");
        Api.asReviewer().get("/api/library/" + id).then().statusCode(200)
                .body("entry.reviewUrl", equalTo(copy.url("https://verifica.example.net/checks/hip-waiting-lists-41000")))
                .body("raw.@type", equalTo("ClaimReview")).body("raw.itemReviewed.author.name", equalTo("Karel Dunn"));
        Api.asReviewer().get("/api/library/999999999").then().spec(problem(404));
        Api.asReviewer().queryParam("q", "x".repeat(Limits.LIBRARY_QUERY + 1)).get("/api/library").then()
                .spec(problem(400));
    }
}
