package io.factdesk.claim;

import static io.factdesk.testing.Articles.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles.ImportedArticle;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Marking, finding and editing claims over the JSON API (issue 2, sections 3, 4 and 6). */
@QuarkusTest
class ClaimApiTest {

    static final String NUMBER = "more than 450.000 Syrians";
    static final String NUMBER_PREFIX = "crisis that resulted in killing ";
    static final String NUMBER_SUFFIX = " and displacing more than 12 mil";
    /** Where the number stands in the demo article, in code points (docs/text-and-anchors.md). */
    static final int NUMBER_START = 3420;

    static final String EMOJI = "\uD83D\uDE00"; // U+1F600: one code point, two UTF-16 units
    static final String ASSAD_ARABIC = "بشار الأسد"; // ten code points, all in the BMP

    // ---- marking ---------------------------------------------------------------------------

    @Test
    void claimMarkedByQuoteAloneGetsItsPositionAndContextFromTheBody() {
        ImportedArticle article = Articles.importDemoCopy();
        assertEquals(NUMBER_START, article.offsetOf(NUMBER));

        Response created = Api.asReviewer()
                .body(Map.of("quote", Map.of("exact", NUMBER),
                        "statement", "More than 450,000 Syrians have been killed in the conflict.",
                        "claimant", "Al Jazeera", "claimDate", "2016-07-14", "topic", "Casualty figures"))
                .when().post("/api/articles/{id}/claims", article.id());

        created.then().statusCode(201)
                .body("articleId", equalTo((int) article.id()))
                .body("position.start", equalTo(NUMBER_START))
                .body("position.end", equalTo(NUMBER_START + NUMBER.length()))
                .body("quote.exact", equalTo(NUMBER))
                .body("quote.prefix", equalTo(NUMBER_PREFIX))
                .body("quote.suffix", equalTo(NUMBER_SUFFIX))
                .body("selector[0].type", equalTo("TextQuoteSelector"))
                .body("selector[0].exact", equalTo(NUMBER))
                .body("selector[1].type", equalTo("TextPositionSelector"))
                .body("selector[1].start", equalTo(NUMBER_START))
                .body("selector[1].end", equalTo(NUMBER_START + NUMBER.length()))
                .body("statement", equalTo("More than 450,000 Syrians have been killed in the conflict."))
                .body("claimant", equalTo("Al Jazeera"))
                .body("claimDate", equalTo("2016-07-14"))
                .body("topic.name", equalTo("Casualty figures"))
                .body("state", equalTo("NEW"))
                .body("createdBy", equalTo("reviewer"))
                .body("version", equalTo(0));
        long id = created.jsonPath().getLong("id");
        created.then().header("Location", endsWith("/api/claims/" + id));

        Api.asReviewer().when().get("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("quote.exact", equalTo(NUMBER))
                .body("position.start", equalTo(NUMBER_START));
    }

    @Test
    void claimMarkedByPositionAloneTakesItsQuoteFromTheBody() {
        ImportedArticle article = Articles.importDemoCopy();

        Api.asReviewer()
                .body(Map.of("position", Map.of("start", NUMBER_START, "end", NUMBER_START + NUMBER.length()),
                        "topic", "Casualty figures"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().statusCode(201)
                .body("quote.exact", equalTo(NUMBER))
                .body("quote.prefix", equalTo(NUMBER_PREFIX))
                .body("quote.suffix", equalTo(NUMBER_SUFFIX))
                .body("position.start", equalTo(NUMBER_START));
    }

    @Test
    void claimMarkedByPositionAndMatchingQuoteIsAccepted() {
        ImportedArticle article = Articles.importDemoCopy();

        Api.asReviewer()
                .body(Map.of("position", Map.of("start", NUMBER_START, "end", NUMBER_START + NUMBER.length()),
                        "quote", Map.of("exact", NUMBER, "prefix", "made-up context", "suffix", "also made up"),
                        "topic", "Casualty figures"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().statusCode(201)
                .body("quote.exact", equalTo(NUMBER))
                // The body's context replaces whatever the client sent.
                .body("quote.prefix", equalTo(NUMBER_PREFIX))
                .body("quote.suffix", equalTo(NUMBER_SUFFIX));
    }

    @Test
    void positionWhoseTextIsNotTheQuoteIsRefusedNamingQuoteExact() {
        ImportedArticle article = Articles.importDemoCopy();

        Api.asReviewer()
                .body(Map.of("position", Map.of("start", NUMBER_START, "end", NUMBER_START + NUMBER.length()),
                        "quote", Map.of("exact", "more than 500.000 Syrians"), "topic", "Casualty figures"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.invalid("quote.exact"))
                .body("detail", containsString("\"" + NUMBER + "\""));

        assertEquals(List.of(), Articles.claimIdsOf(article.id()));
    }

    @Test
    void positionOutsideTheArticleIsRefusedNamingPosition() {
        ImportedArticle article = Articles.importText("Short " + unique(""), "Ten words would be too many here.");
        int length = article.bodyLength();
        List<Map<String, Integer>> badPositions = List.of(
                Map.of("start", length - 2, "end", length + 1),
                Map.of("start", -1, "end", 3),
                Map.of("start", 5, "end", 5),
                Map.of("start", 8, "end", 4));

        for (Map<String, Integer> position : badPositions) {
            Api.asReviewer().body(Map.of("position", position, "topic", "Other"))
                    .when().post("/api/articles/{id}/claims", article.id())
                    .then().spec(Problems.invalid("position"))
                    .body("detail", containsString(String.valueOf(length)));
        }
        assertEquals(List.of(), Articles.claimIdsOf(article.id()));
    }

    @Test
    void positionWithOnlyAStartIsRefusedNamingPosition() {
        ImportedArticle article = Articles.importDemoCopy();

        Api.asReviewer().body(Map.of("position", Map.of("start", 3), "topic", "Other"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.invalid("position"));
    }

    @Test
    void quoteThatIsNotInTheArticleIsRefusedNamingQuoteExact() {
        ImportedArticle article = Articles.importDemoCopy();

        Api.asReviewer().body(Map.of("quote", Map.of("exact", "more than 9 million"), "topic", "Other"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.invalid("quote.exact"));
        assertEquals(List.of(), Articles.claimIdsOf(article.id()));
    }

    @Test
    void claimWithNeitherPositionNorQuoteIsRefusedNamingQuote() {
        ImportedArticle article = Articles.importDemoCopy();

        Api.asReviewer().body(Map.of("statement", "Somewhere", "topic", "Other"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.invalid("quote"));
    }

    @Test
    void ambiguousQuoteIsRefusedWithItsCandidatesAndPlacedByPrefixOrSuffix() {
        ImportedArticle article = Articles.importDemoCopy();
        int first = article.offsetOf("Kerry arrived");
        int second = article.offsetOf("Kerry arrived", first + 1);

        Api.asReviewer().body(Map.of("quote", Map.of("exact", "Kerry arrived"), "topic", "Other"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.problem(422, "ambiguous-quote"))
                .body("errors.field", contains("quote"))
                .body("candidateCount", equalTo(2))
                .body("candidates", hasSize(2))
                .body("candidates.start", contains(first, second))
                .body("candidates.end", contains(first + 13, second + 13))
                .body("candidates.exact", contains("Kerry arrived", "Kerry arrived"))
                .body("candidates[0].prefix", endsWith("Secretary of State John "))
                .body("candidates[1].suffix", equalTo(" later on Thursday in Moscow, a "));
        assertEquals(List.of(), Articles.claimIdsOf(article.id()));

        Api.asReviewer()
                .body(Map.of("quote", Map.of("exact", "Kerry arrived", "prefix", "US Secretary of State John"),
                        "topic", "Other"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().statusCode(201)
                .body("position.start", equalTo(first));

        Api.asReviewer()
                .body(Map.of("quote", Map.of("exact", "Kerry arrived", "suffix", "later on Thursday"),
                        "topic", "Other"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().statusCode(201)
                .body("position.start", equalTo(second));
    }

    @Test
    void ambiguousQuoteWhosePrefixFitsNeitherPlaceIsStillRefused() {
        ImportedArticle article = Articles.importDemoCopy();

        Api.asReviewer()
                .body(Map.of("quote", Map.of("exact", "Kerry arrived", "prefix", "nowhere in the text"),
                        "topic", "Other"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.problem(422, "ambiguous-quote"))
                .body("candidates", hasSize(2));
    }

    @Test
    void unknownOrMissingTopicIsRefusedNamingTopic() {
        ImportedArticle article = Articles.importDemoCopy();

        Api.asReviewer().body(Map.of("quote", Map.of("exact", NUMBER), "topic", "Weather"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.invalid("topic"))
                .body("detail", containsString("Casualty figures"));

        Api.asReviewer().body(Map.of("quote", Map.of("exact", NUMBER)))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.invalid("topic"));

        assertEquals(List.of(), Articles.claimIdsOf(article.id()));
    }

    @Test
    void topicCanBeGivenByIdOrByNameInAnyCase() {
        ImportedArticle article = Articles.importDemoCopy();
        int casualtyId = Api.asReviewer()
                .body(Map.of("quote", Map.of("exact", NUMBER), "topic", "casualty FIGURES"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().statusCode(201)
                .body("topic.name", equalTo("Casualty figures"))
                .extract().path("topic.id");

        Api.asReviewer()
                .body(Map.of("quote", Map.of("exact", "more than 12 million"), "topic", String.valueOf(casualtyId)))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().statusCode(201)
                .body("topic.id", equalTo(casualtyId))
                .body("topic.name", equalTo("Casualty figures"));
    }

    @Test
    void invalidClaimDateIsRefusedNamingClaimDateAndEveryOtherBadField() {
        ImportedArticle article = Articles.importDemoCopy();

        Api.asReviewer()
                .body(Map.of("quote", Map.of("exact", "no such words"), "claimDate", "14/07/2016",
                        "topic", "Weather", "statement", "x".repeat(1001)))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.invalid("quote.exact", "claimDate", "topic", "statement"));
        assertEquals(List.of(), Articles.claimIdsOf(article.id()));
    }

    @Test
    void statementOfAThousandCodePointsIsAcceptedEvenWhenTheyAreEmoji() {
        ImportedArticle article = Articles.importDemoCopy();
        String statement = EMOJI.repeat(1000);

        Api.asReviewer().body(Map.of("quote", Map.of("exact", "22-nation"), "topic", "Other",
                        "statement", EMOJI.repeat(1001)))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.invalid("statement"));

        Api.asReviewer().body(Map.of("quote", Map.of("exact", "22-nation"), "topic", "Other", "statement", statement))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().statusCode(201)
                .body("statement", equalTo(statement));
    }

    @Test
    void emojiAndArabicNameArePlacedInCodePointsNotUtf16Units() {
        // "Breaking " is 9 code points, the emoji 1 (2 UTF-16 units), " news: " 7: the Arabic name
        // starts at code point 17, which is UTF-16 index 18.
        String body = "Breaking " + EMOJI + " news: " + ASSAD_ARABIC + " said so.";
        ImportedArticle article = Articles.importText("Emoji and Arabic " + unique(""), body);
        assertEquals(body, article.body());
        assertEquals(18, body.indexOf(ASSAD_ARABIC));

        Api.asReviewer().body(Map.of("quote", Map.of("exact", ASSAD_ARABIC), "topic", "Political transition"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().statusCode(201)
                .body("quote.exact", equalTo(ASSAD_ARABIC))
                .body("position.start", equalTo(17))
                .body("position.end", equalTo(27))
                .body("quote.prefix", equalTo("Breaking " + EMOJI + " news: "))
                .body("quote.suffix", equalTo(" said so."));

        Api.asReviewer().body(Map.of("position", Map.of("start", 9, "end", 10), "topic", "Other"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().statusCode(201)
                .body("quote.exact", equalTo(EMOJI))
                .body("quote.prefix", equalTo("Breaking "));

        // The same name at its UTF-16 indices is one character off: refused, not silently moved.
        Api.asReviewer()
                .body(Map.of("position", Map.of("start", 18, "end", 28), "quote", Map.of("exact", ASSAD_ARABIC),
                        "topic", "Other"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.invalid("quote.exact"));

        Api.asReviewer().when().get("/api/articles/{id}", article.id())
                .then().statusCode(200)
                .body("bodyLength", equalTo(body.codePointCount(0, body.length())))
                .body("claims.quote.exact", contains(EMOJI, ASSAD_ARABIC));
    }

    // ---- searching ---------------------------------------------------------------------------

    @Test
    void claimsAreFoundByArticleStateTopicAndText() {
        ImportedArticle article = Articles.importDemoCopy();
        String token = unique("toll");
        long deaths = Articles.markClaim(article.id(), Map.of("quote", Map.of("exact", NUMBER),
                "topic", "Casualty figures", "statement", "Death " + token + " over 450,000"));
        long displaced = Articles.markByQuote(article.id(), "more than 12 million", "Casualty figures");
        long issg = Articles.markByQuote(article.id(), "22-nation", "Other");

        Api.asReviewer().when().get("/api/claims?article={a}", article.id())
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", containsInAnyOrder((int) deaths, (int) displaced, (int) issg))
                .body("items.articleId", contains((int) article.id(), (int) article.id(), (int) article.id()));

        Api.asReviewer().when().get("/api/claims?article={a}&topic={t}", article.id(), "Casualty figures")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", containsInAnyOrder((int) deaths, (int) displaced));

        Api.asReviewer().when().get("/api/claims?article={a}&state=NEW&topic=Other", article.id())
                .then().statusCode(200)
                .body("items.id", contains((int) issg));

        Api.asReviewer().when().get("/api/claims?article={a}&state=published", article.id())
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("items", empty());

        // q looks in the statement...
        Api.asReviewer().when().get("/api/claims?q={q}", token.toUpperCase())
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains((int) deaths));

        // ...and in the quoted text.
        Api.asReviewer().when().get("/api/claims?article={a}&q={q}", article.id(), "12 MILLION")
                .then().statusCode(200)
                .body("items.id", contains((int) displaced));
    }

    @Test
    void claimSearchIsPaginated() {
        ImportedArticle article = Articles.importDemoCopy();
        Articles.markByQuote(article.id(), NUMBER, "Casualty figures");
        Articles.markByQuote(article.id(), "more than 12 million", "Casualty figures");
        Articles.markByQuote(article.id(), "22-nation", "Other");

        List<Integer> firstPage = Api.asReviewer().when().get("/api/claims?article={a}&size=2", article.id())
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("total", equalTo(3))
                .body("items", hasSize(2))
                .extract().path("items.id");

        Api.asReviewer().when().get("/api/claims?article={a}&size=2&page=1", article.id())
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].id", not(in(firstPage)));
    }

    // ---- editing -----------------------------------------------------------------------------

    @Test
    void editingAClaimChangesItsFieldsAndBumpsItsVersion() {
        ImportedArticle article = Articles.importDemoCopy();
        long id = Articles.markByQuote(article.id(), NUMBER, "Casualty figures");

        Api.asReviewer()
                .body(Map.of("statement", "Over 450,000 Syrians killed since 2011.", "claimant", "Assad regime critics",
                        "claimDate", "2016-07-15", "topic", "Other", "version", 0))
                .when().patch("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("statement", equalTo("Over 450,000 Syrians killed since 2011."))
                .body("claimant", equalTo("Assad regime critics"))
                .body("claimDate", equalTo("2016-07-15"))
                .body("topic.name", equalTo("Other"))
                .body("quote.exact", equalTo(NUMBER))
                .body("position.start", equalTo(NUMBER_START))
                .body("state", equalTo("NEW"))
                .body("version", equalTo(1));

        // A field sent as null is cleared; a field left out is kept.
        Map<String, Object> clearStatement = new HashMap<>();
        clearStatement.put("statement", null);
        clearStatement.put("version", 1);
        Api.asReviewer().body(clearStatement)
                .when().patch("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("statement", nullValue())
                .body("claimant", equalTo("Assad regime critics"))
                .body("version", equalTo(2));

        Api.asReviewer().when().get("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("statement", nullValue())
                .body("claimant", equalTo("Assad regime critics"))
                .body("topic.name", equalTo("Other"))
                .body("version", equalTo(2));
    }

    @Test
    void editWithAStaleVersionIsRefusedWith409AndChangesNothing() {
        ImportedArticle article = Articles.importDemoCopy();
        long id = Articles.markByQuote(article.id(), NUMBER, "Casualty figures");
        Api.asReviewer().body(Map.of("statement", "First edit", "version", 0))
                .when().patch("/api/claims/{id}", id)
                .then().statusCode(200).body("version", equalTo(1));

        Api.asEditor().body(Map.of("statement", "Second edit from an old copy", "version", 0))
                .when().patch("/api/claims/{id}", id)
                .then().spec(Problems.problem(409, "stale-version"))
                .body("currentVersion", equalTo(1));

        Api.asReviewer().when().get("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("statement", equalTo("First edit"))
                .body("version", equalTo(1));
    }

    @Test
    void editWithoutAVersionIsRefusedNamingVersion() {
        ImportedArticle article = Articles.importDemoCopy();
        long id = Articles.markByQuote(article.id(), NUMBER, "Casualty figures");

        Api.asReviewer().body(Map.of("statement", "No version"))
                .when().patch("/api/claims/{id}", id)
                .then().spec(Problems.invalid("version"));

        Api.asReviewer().body(Map.of("statement", "Version as text", "version", "0"))
                .when().patch("/api/claims/{id}", id)
                .then().spec(Problems.malformed("version"));
    }

    @Test
    void stateAndAnchorCannotBeEditedAndAreNamedIn422() {
        ImportedArticle article = Articles.importDemoCopy();
        long id = Articles.markByQuote(article.id(), NUMBER, "Casualty figures");

        Api.asReviewer().body(Map.of("state", "PUBLISHED", "version", 0))
                .when().patch("/api/claims/{id}", id)
                .then().spec(Problems.invalid("state"));

        Api.asReviewer()
                .body(Map.of("quote", Map.of("exact", "more than 12 million"),
                        "position", Map.of("start", 0, "end", 6), "statement", "Moved", "version", 0))
                .when().patch("/api/claims/{id}", id)
                .then().spec(Problems.invalid("quote", "position"));

        Api.asReviewer().body(Map.of("id", 1, "articleId", 1, "version", 0))
                .when().patch("/api/claims/{id}", id)
                .then().spec(Problems.invalid("id", "articleId"));

        Api.asReviewer().when().get("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("state", equalTo("NEW"))
                .body("quote.exact", equalTo(NUMBER))
                .body("statement", equalTo("Statement about " + NUMBER))
                .body("version", equalTo(0));
    }

    @Test
    void editWithBadDateOrUnknownTopicIsRefusedNamingEachField() {
        ImportedArticle article = Articles.importDemoCopy();
        long id = Articles.markByQuote(article.id(), NUMBER, "Casualty figures");

        Api.asReviewer().body(Map.of("claimDate", "last Thursday", "topic", "Weather", "version", 0))
                .when().patch("/api/claims/{id}", id)
                .then().spec(Problems.invalid("claimDate", "topic"));

        Api.asReviewer().when().get("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("topic.name", equalTo("Casualty figures"))
                .body("version", equalTo(0));
    }

    // ---- claimant type and first appearance -------------------------------------------------------

    static final String FIRST_MADE = "https://www.aljazeera.com/news/2016/7/14/syria-death-toll";

    @Test
    void claimantTypeInAnyCaseAndFirstAppearanceAreMarkedAndShownInTheClaim() {
        ImportedArticle article = Articles.importDemoCopy();

        long id = Api.asReviewer()
                .body(Map.of("quote", Map.of("exact", NUMBER), "topic", "Casualty figures", "claimant", "Al Jazeera",
                        "claimantType", "Organization", "firstAppearance", FIRST_MADE))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().statusCode(201)
                .body("claimantType", equalTo("organization"))
                .body("firstAppearance", equalTo(FIRST_MADE))
                .extract().jsonPath().getLong("id");

        Api.asReviewer().when().get("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("claimant", equalTo("Al Jazeera"))
                .body("claimantType", equalTo("organization"))
                .body("firstAppearance", equalTo(FIRST_MADE));
        Api.asReviewer().when().get("/api/claims/{id}/history", id)
                .then().statusCode(200)
                .body("items[0].after.claimantType", equalTo("organization"))
                .body("items[0].after.firstAppearance", equalTo(FIRST_MADE));
    }

    @Test
    void aClaimMarkedWithoutClaimantTypeOrFirstAppearanceShowsNull() {
        ImportedArticle article = Articles.importDemoCopy();
        long id = Articles.markByQuote(article.id(), NUMBER, "Casualty figures");

        Api.asReviewer().when().get("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("claimantType", nullValue())
                .body("firstAppearance", nullValue());
    }

    @Test
    void claimantTypeAndFirstAppearanceAreEditedRecordedAndClearedWithNull() {
        ImportedArticle article = Articles.importDemoCopy();
        long id = Articles.markByQuote(article.id(), NUMBER, "Casualty figures");

        Api.asReviewer().body(Map.of("claimantType", "PERSON", "firstAppearance", FIRST_MADE, "version", 0))
                .when().patch("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("claimantType", equalTo("person"))
                .body("firstAppearance", equalTo(FIRST_MADE))
                .body("claimant", equalTo("Al Jazeera"))
                .body("version", equalTo(1));
        Api.asReviewer().when().get("/api/claims/{id}/history", id)
                .then().statusCode(200)
                .body("items.type", contains("CLAIM_CREATED", "CLAIM_EDITED"))
                .body("items[1].before", equalTo(nulls("claimantType", "firstAppearance")))
                .body("items[1].after", equalTo(Map.of("claimantType", "person", "firstAppearance", FIRST_MADE)));

        Api.asReviewer().body(Map.of("claimantType", "organization", "version", 1))
                .when().patch("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("claimantType", equalTo("organization"))
                .body("firstAppearance", equalTo(FIRST_MADE));

        Map<String, Object> clear = nulls("claimantType", "firstAppearance");
        clear.put("version", 2);
        Api.asReviewer().body(clear)
                .when().patch("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("claimantType", nullValue())
                .body("firstAppearance", nullValue())
                .body("version", equalTo(3));
        Api.asReviewer().when().get("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("claimantType", nullValue())
                .body("firstAppearance", nullValue());
    }

    @Test
    void unknownClaimantTypeOrAFirstAppearanceThatIsNoWebAddressIsRefusedNamingEachField() {
        ImportedArticle article = Articles.importDemoCopy();

        Api.asReviewer()
                .body(Map.of("quote", Map.of("exact", NUMBER), "topic", "Casualty figures",
                        "claimantType", "robot", "firstAppearance", "/news/2016/7/14"))
                .when().post("/api/articles/{id}/claims", article.id())
                .then().spec(Problems.invalid("claimantType", "firstAppearance"))
                .body("errors.find { it.field == 'claimantType' }.message",
                        containsString("person, organization"))
                .body("errors.find { it.field == 'firstAppearance' }.message",
                        containsString("http:// or https://"));

        long id = Articles.markByQuote(article.id(), NUMBER, "Casualty figures");
        Api.asReviewer().body(Map.of("claimantType", "company", "version", 0))
                .when().patch("/api/claims/{id}", id)
                .then().spec(Problems.invalid("claimantType"))
                .body("errors[0].message", containsString("person, organization"));
        Api.asReviewer().body(Map.of("firstAppearance", "javascript:alert(1)", "version", 0))
                .when().patch("/api/claims/{id}", id)
                .then().spec(Problems.invalid("firstAppearance"));
        Api.asReviewer().body(Map.of("firstAppearance", "https://example.org/" + "a".repeat(2000), "version", 0))
                .when().patch("/api/claims/{id}", id)
                .then().spec(Problems.invalid("firstAppearance"))
                .body("errors[0].message", containsString("at most 2000 characters"));

        Api.asReviewer().when().get("/api/claims/{id}", id)
                .then().statusCode(200)
                .body("claimantType", nullValue())
                .body("firstAppearance", nullValue())
                .body("version", equalTo(0));
    }

    private static Map<String, Object> nulls(String... fields) {
        Map<String, Object> map = new HashMap<>();
        for (String field : fields) {
            map.put(field, null);
        }
        return map;
    }
}
