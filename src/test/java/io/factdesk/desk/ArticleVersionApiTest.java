package io.factdesk.desk;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdesk.system.Hashes;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Problems;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Versions of an article's text and what a new one does to its claims (issue 16). */
@QuarkusTest
class ArticleVersionApiTest {

    static final String OLD = "The council met on Monday.\n\n"
            + "The mayor said that \"450,000 residents lost water for two days\" after the storm.\n\n"
            + "Repairs will cost 3 million euros, the utility said.";

    static final String QUOTE = "450,000 residents lost water for two days";
    static final String REPAIRS = "Repairs will cost 3 million euros";

    private static Articles.ImportedArticle article() {
        return Articles.importText(Articles.unique("Versions"), OLD);
    }

    private static JsonPath addVersion(Api.Account as, long articleId, Map<String, Object> body, int status) {
        return Api.as(as).body(body).post("/api/articles/{id}/versions", articleId).then().statusCode(status)
                .extract().jsonPath();
    }

    private static JsonPath addVersion(long articleId, String text) {
        return addVersion(Api.REVIEWER, articleId, Map.of("body", text, "note", "Corrected by the publisher"), 201);
    }

    private static List<Map<String, Object>> history(long claimId) {
        return Api.asReviewer().get("/api/claims/" + claimId + "/history?size=100").then().statusCode(200).extract()
                .jsonPath().getList("items");
    }

    private static Map<String, Object> last(long claimId, String type) {
        List<Map<String, Object>> items = history(claimId);
        for (int i = items.size() - 1; i >= 0; i--) {
            if (type.equals(items.get(i).get("type"))) {
                return items.get(i);
            }
        }
        throw new AssertionError("No " + type + " in the history of claim " + claimId + ": " + items);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> after(Map<String, Object> event) {
        return (Map<String, Object>) event.get("after");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> before(Map<String, Object> event) {
        return (Map<String, Object>) event.get("before");
    }

    @Test
    void versionsAreListedShownAndComparedWordByWord() {
        var article = article();
        Api.asReviewer().get("/api/articles/{id}/versions", article.id()).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].number", equalTo(1))
                .body("[0].source", equalTo("PASTE"))
                .body("[0].sha256", equalTo(Hashes.sha256(OLD)))
                .body("[0].createdBy", equalTo("reviewer"))
                .body("[0].length", equalTo(OLD.codePointCount(0, OLD.length())));

        String edited = OLD.replace("on Monday", "on Tuesday evening");
        JsonPath added = addVersion(article.id(), edited);
        assertEquals(2, added.getInt("version"));
        assertEquals(Hashes.sha256(edited), added.getString("sha256"));

        Api.asReviewer().get("/api/articles/{id}/versions", article.id()).then().statusCode(200)
                .body("number", contains(1, 2))
                .body("[1].note", equalTo("Corrected by the publisher"))
                .body("[1].sha256", equalTo(Hashes.sha256(edited)));
        Api.asReviewer().get("/api/articles/{id}/versions/1", article.id()).then().statusCode(200)
                .body("body", equalTo(OLD));
        Api.asReviewer().get("/api/articles/{id}/versions/2", article.id()).then().statusCode(200)
                .body("body", equalTo(edited));
        Api.asReviewer().get("/api/articles/{id}", article.id()).then().statusCode(200)
                .body("body", equalTo(edited));

        JsonPath diff = Api.asReviewer().get("/api/articles/{id}/versions/2/diff?from=1", article.id()).then()
                .statusCode(200).body("from", equalTo(1)).body("to", equalTo(2)).extract().jsonPath();
        List<Map<String, Object>> segments = diff.getList("segments");
        assertTrue(segments.stream().anyMatch(s -> s.get("kind").equals("DELETED")
                && s.get("text").toString().contains("Monday")), segments.toString());
        assertTrue(segments.stream().anyMatch(s -> s.get("kind").equals("INSERTED")
                && s.get("text").toString().contains("Tuesday")), segments.toString());
        // by default, compared with the version before
        Api.asReviewer().get("/api/articles/{id}/versions/2/diff", article.id()).then().statusCode(200)
                .body("from", equalTo(1)).body("inserted", greaterThan(0));

        Api.asReviewer().get("/api/articles/{id}/versions/3", article.id()).then().spec(Problems.problem(404));
        Api.asReviewer().get("/api/articles/{id}/versions/2/diff?from=9", article.id()).then()
                .spec(Problems.problem(404));
        Api.asReviewer().get("/api/articles/{id}/versions/2/diff?from=one", article.id()).then()
                .spec(Problems.malformed("from"));
    }

    @Test
    void theSameTextAgainWritesNothing() {
        var article = article();
        long claim = Articles.markByQuote(article.id(), REPAIRS, "Other");
        int events = history(claim).size();
        // normalised first: spaces and line ends the body does not keep make no new version
        JsonPath same = addVersion(Api.REVIEWER, article.id(),
                Map.of("body", "  " + OLD.replace("\n\n", "\r\n\r\n\r\n").replace("on Monday", "on  Monday") + "\n"),
                200);
        assertEquals(1, same.getInt("version"));
        assertTrue(same.getBoolean("unchanged"));
        Api.asReviewer().get("/api/articles/{id}/versions", article.id()).then().body("", hasSize(1));
        assertEquals(events, history(claim).size());
    }

    @Test
    void aClaimAfterTheEditIsUnchanged() {
        var article = article();
        long claim = Articles.markByQuote(article.id(), QUOTE, "Other");
        int start = Workflow.claim(claim).getInt("position.start");
        JsonPath added = addVersion(article.id(), OLD.replace("the utility said", "the water utility said"));
        assertEquals("UNCHANGED", added.getString("claims.find { it.id == " + claim + " }.outcome"));

        Api.asReviewer().get("/api/claims/{id}", claim).then().statusCode(200)
                .body("anchorOutcome", equalTo("UNCHANGED"))
                .body("anchorFlagged", equalTo(false))
                .body("articleVersion", equalTo(2))
                .body("markedVersion", equalTo(1))
                .body("position.start", equalTo(start))
                .body("selectorSource", equalTo("/api/articles/" + article.id() + "/versions/2"));
        Map<String, Object> event = last(claim, "CLAIM_REANCHORED");
        assertEquals("UNCHANGED", after(event).get("outcome"));
        assertEquals(2, after(event).get("version"));
    }

    @Test
    void aClaimMovesAfterAnInsertedParagraph() {
        var article = article();
        long claim = Articles.markByQuote(article.id(), REPAIRS, "Other");
        int start = Workflow.claim(claim).getInt("position.start");
        String inserted = "Residents queued for bottled water.\n\n";
        String edited = OLD.replace("Repairs will", inserted + "Repairs will");
        JsonPath added = addVersion(article.id(), edited);
        String it = "claims.find { it.id == " + claim + " }";
        assertEquals("MOVED", added.getString(it + ".outcome"));
        assertEquals(start + inserted.length(), added.getInt(it + ".start"));
        assertEquals(REPAIRS, added.getString(it + ".exact"));
        assertEquals(start, added.getInt(it + ".previous.start"));
        assertEquals(1, added.getInt(it + ".previous.version"));

        Api.asReviewer().get("/api/claims/{id}", claim).then().statusCode(200)
                .body("anchorOutcome", equalTo("MOVED"))
                .body("anchorFlagged", equalTo(false))
                .body("position.start", equalTo(start + inserted.length()))
                .body("quote.exact", equalTo(REPAIRS))
                .body("quote.prefix", containsString("bottled water."));
        Map<String, Object> event = last(claim, "CLAIM_REANCHORED");
        assertEquals(start, before(event).get("start"));
        assertEquals(start + inserted.length(), after(event).get("start"));
        assertEquals("MOVED", after(event).get("outcome"));
    }

    @Test
    void aChangedFigureInsideTheQuoteIsChangedAndNamed() {
        var article = article();
        long claim = Articles.markByQuote(article.id(), QUOTE, "Casualty figures");
        JsonPath added = addVersion(article.id(), OLD.replace("450,000", "470,000"));
        String it = "claims.find { it.id == " + claim + " }";
        assertEquals("CHANGED", added.getString(it + ".outcome"));
        assertEquals(QUOTE.replace("450,000", "470,000"), added.getString(it + ".exact"));
        assertEquals(QUOTE, added.getString(it + ".previous.exact"));
        List<String> figureChanges = added.getList(it + ".figureChanges", String.class);
        assertTrue(figureChanges.stream().anyMatch(f -> f.contains("450,000") && f.contains("470,000")),
                figureChanges.toString());

        Api.asReviewer().get("/api/claims/{id}", claim).then().statusCode(200)
                .body("anchorOutcome", equalTo("CHANGED"))
                .body("anchorFlagged", equalTo(true))
                .body("needsDecision", equalTo(false)) // NEW: no verdict to decide on
                .body("quote.exact", equalTo(QUOTE.replace("450,000", "470,000")))
                .body("figures.text", hasItem(containsString("470,000")));
        Map<String, Object> event = last(claim, "CLAIM_REANCHORED");
        assertEquals(QUOTE, before(event).get("exact"));
        assertEquals("CHANGED", after(event).get("outcome"));
        assertTrue(after(event).get("figureChanges").toString().contains("470,000"));
    }

    @Test
    void anOrphanedClaimIsPlacedFromTheVersionItLastStoodIn() {
        var article = article();
        long claim = Articles.markByQuote(article.id(), QUOTE, "Other");
        String paragraph = "The mayor said that \"" + QUOTE + "\" after the storm.\n\n";
        // version 2: the paragraph cut, and a longer first paragraph, so that no offset of version 1 fits it
        String cut = OLD.replace(paragraph, "").replace("on Monday.", "on Monday, for the third time this month.");
        JsonPath second = addVersion(article.id(), cut);
        assertEquals("ORPHANED", second.getString("claims.find { it.id == " + claim + " }.outcome"));

        // version 3: the paragraph back where it was, its figure corrected
        String corrected = paragraph.replace("450,000", "470,000");
        int at = cut.indexOf("Repairs");
        String restored = cut.substring(0, at) + corrected + cut.substring(at);
        JsonPath third = addVersion(article.id(), restored);
        String it = "claims.find { it.id == " + claim + " }";
        assertEquals("CHANGED", third.getString(it + ".outcome"), third.prettify());
        String quote = QUOTE.replace("450,000", "470,000");
        assertEquals(quote, third.getString(it + ".exact"));
        assertEquals(restored.indexOf(quote), third.getInt(it + ".start"));
        assertEquals(1, third.getInt(it + ".previous.version"), "placed from version 1, where it last stood");
        assertEquals(List.of("450,000 residents → 470,000 residents"), third.getList(it + ".figureChanges"));
    }

    @Test
    void aDeletedQuoteIsOrphanedAndCanBePlacedByHand() {
        var article = article();
        long claim = Articles.markByQuote(article.id(), QUOTE, "Other");
        String paragraph = "The mayor said that \"" + QUOTE + "\" after the storm.\n\n";
        String edited = OLD.replace(paragraph, "");
        String session = Browser.signIn(Api.REVIEWER);
        assertTrue(!Browser.open(session, "/articles/" + article.id()).html().select("[data-claims~=" + claim + "]")
                .isEmpty(), "highlighted before");
        JsonPath added = addVersion(article.id(), edited);
        String it = "claims.find { it.id == " + claim + " }";
        assertEquals("ORPHANED", added.getString(it + ".outcome"));
        org.junit.jupiter.api.Assertions.assertNull((Object) added.get(it + ".start"));
        org.junit.jupiter.api.Assertions.assertNull((Object) added.get(it + ".exact"));

        Api.asReviewer().get("/api/claims/{id}", claim).then().statusCode(200)
                .body("anchorOutcome", equalTo("ORPHANED"))
                .body("anchorFlagged", equalTo(true));
        Map<String, Object> event = last(claim, "CLAIM_REANCHORED");
        assertEquals("ORPHANED", after(event).get("outcome"));
        assertEquals(null, after(event).get("exact"));
        assertEquals(QUOTE, before(event).get("exact"));
        // the reader does not highlight it any more
        Document reader = Browser.open(session, "/articles/" + article.id()).html();
        assertTrue(reader.select("[data-claims~=" + claim + "]").isEmpty(), "not highlighted after");
        assertEquals("Text changed", reader.select(".text-changed[data-anchor-outcome=ORPHANED]").text(),
                "flagged in the reader's list of claims");

        int start = edited.indexOf(REPAIRS);
        Map<String, Object> place = new HashMap<>(
                Map.of("start", start, "end", start + REPAIRS.length(), "version", 1));
        Api.asReviewer().body(place).post("/api/claims/{id}/anchor", claim).then()
                .spec(Problems.problem(409, "stale-version"));
        place.put("version", 2);
        place.put("end", edited.length() + 5);
        Api.asReviewer().body(place).post("/api/claims/{id}/anchor", claim).then().spec(Problems.invalid("position"));
        Api.asReviewer().body(Map.of("start", start)).post("/api/claims/{id}/anchor", claim).then()
                .spec(Problems.invalid("version", "position"));
        place.put("end", start + REPAIRS.length());
        Api.asReviewer().body(place).post("/api/claims/{id}/anchor", claim).then().statusCode(200)
                .body("quote.exact", equalTo(REPAIRS))
                .body("position.start", equalTo(start))
                .body("anchorFlagged", equalTo(false));
        Map<String, Object> placed = last(claim, "CLAIM_ANCHORED");
        assertEquals(REPAIRS, after(placed).get("exact"));
        assertEquals(2, after(placed).get("version"));
        assertEquals(true, before(placed).get("flagged"));
    }

    @Test
    void anApprovedClaimWhoseTextChangedNeedsTheEditorsDecision() {
        long claim = Workflow.claimIn("APPROVED");
        JsonPath before = Workflow.claim(claim);
        long articleId = before.getLong("articleId");
        String body = Api.asReviewer().get("/api/articles/{id}", articleId).then().extract().path("body");
        JsonPath added = addVersion(Api.REVIEWER, articleId,
                Map.of("body", body.replace("40 percent", "45 percent"), "version", 1), 201);
        String it = "claims.find { it.id == " + claim + " }";
        assertEquals("CHANGED", added.getString(it + ".outcome"));
        assertTrue(added.getBoolean(it + ".needsDecision"));
        Api.asReviewer().get("/api/claims/{id}", claim).then().statusCode(200)
                .body("needsDecision", equalTo(true))
                .body("state", equalTo("APPROVED"));

        // the claim page shows old and new text and the figure change; the editor has the form
        String session = Browser.signIn(Api.EDITOR);
        Browser.Page page = Browser.open(session, "/claims/" + claim);
        var notice = page.html().selectFirst("#anchor-notice");
        assertNotNull(notice, "the claim page shows the notice");
        assertTrue(notice.selectFirst(".old-text").text().contains("40 percent"));
        assertTrue(notice.selectFirst(".new-text").text().contains("45 percent"));
        assertTrue(notice.selectFirst(".figure-changes").text().contains("45"));
        assertNotNull(notice.selectFirst("form#anchor-decision"));
        Document asReviewer = Browser.open(Browser.signIn(Api.REVIEWER), "/claims/" + claim).html();
        assertTrue(asReviewer.select("form#anchor-decision").isEmpty(), "a reviewer sees no decision form");

        Api.asReviewer().body(Map.of("decision", "confirm", "note", "Still mostly false"))
                .post("/api/claims/{id}/anchor-decision", claim).then().spec(Problems.problem(403));
        Api.asEditor().body(Map.of("decision", "confirm"))
                .post("/api/claims/{id}/anchor-decision", claim).then().spec(Problems.invalid("note"));
        Api.asEditor().body(Map.of("decision", "maybe", "note", "x"))
                .post("/api/claims/{id}/anchor-decision", claim).then().spec(Problems.invalid("decision"));
        Api.asEditor().body(Map.of("decision", "confirm", "note", "The budget office still says 12 percent."))
                .post("/api/claims/{id}/anchor-decision", claim).then().statusCode(200)
                .body("needsDecision", equalTo(false))
                .body("anchorFlagged", equalTo(false))
                .body("anchorOutcome", equalTo("CHANGED"))
                .body("state", equalTo("APPROVED"));
        Map<String, Object> confirmed = last(claim, "ANCHOR_CONFIRMED");
        assertEquals("The budget office still says 12 percent.", confirmed.get("comment"));
        Api.asEditor().body(Map.of("decision", "confirm", "note", "Again"))
                .post("/api/claims/{id}/anchor-decision", claim).then()
                .spec(Problems.problem(409, "no-decision-needed"));
        assertTrue(Browser.open(session, "/claims/" + claim).html().select("#anchor-notice").isEmpty());
    }

    @Test
    void theEditorConfirmsOnTheClaimPage() {
        long claim = Workflow.claimIn("PUBLISHED");
        long articleId = Workflow.claim(claim).getLong("articleId");
        String body = Api.asReviewer().get("/api/articles/{id}", articleId).then().extract().path("body");
        addVersion(articleId, body.replace("40 percent", "41 percent"));

        String session = Browser.signIn(Api.EDITOR);
        Browser.Page page = Browser.open(session, "/articles");
        Browser.Page claimPage = Browser.open(session, page.csrfCookie(), "/claims/" + claim);
        var form = claimPage.html().selectFirst("form#anchor-decision");
        assertNotNull(form);
        // without a note: refused, the message beside the field
        var refused = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .contentType(ContentType.URLENC).formParam(Browser.CSRF_FIELD, claimPage.csrfToken())
                .formParam("version", form.selectFirst("input[name=version]").val()).formParam("note", "")
                .post("/claims/" + claim + "/anchor-decision");
        assertEquals(422, refused.statusCode());
        assertTrue(org.jsoup.Jsoup.parse(refused.asString()).select("#e-note").text().contains("note"));
        var done = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .contentType(ContentType.URLENC).formParam(Browser.CSRF_FIELD, claimPage.csrfToken())
                .formParam("version", form.selectFirst("input[name=version]").val())
                .formParam("note", "One percent more does not change the verdict.")
                .redirects().follow(false).post("/claims/" + claim + "/anchor-decision");
        assertEquals(303, done.statusCode());
        Api.asReviewer().get("/api/claims/{id}", claim).then().body("needsDecision", equalTo(false))
                .body("state", equalTo("PUBLISHED"));
    }

    @Test
    void badInputIsAProblem() {
        var article = article();
        Api.asReviewer().body(Map.of("body", OLD + " More.", "html", "<p>x</p>"))
                .post("/api/articles/{id}/versions", article.id()).then().spec(Problems.invalid("body"));
        Api.asReviewer().body(Map.of("note", "nothing"))
                .post("/api/articles/{id}/versions", article.id()).then().spec(Problems.invalid("body"));
        Api.asReviewer().body(Map.of("body", OLD + " More.", "version", 7))
                .post("/api/articles/{id}/versions", article.id()).then().spec(Problems.problem(409, "stale-version"));
        Api.asReviewer().body(Map.of("body", "x")).post("/api/articles/{id}/versions", 99_999_999L).then()
                .spec(Problems.problem(404));
        Api.asReviewer().body(Map.of("body", OLD + " More.", "version", "two"))
                .post("/api/articles/{id}/versions", article.id()).then().spec(Problems.problem(400));
        Api.anonymous().body(Map.of("body", OLD + " More."))
                .post("/api/articles/{id}/versions", article.id()).then().statusCode(401);
        // html is read like an import
        JsonPath fromHtml = addVersion(Api.REVIEWER, article.id(),
                Map.of("html", "<html><body><p>The council met on Monday.</p><p>Nothing else.</p></body></html>"), 201);
        Api.asReviewer().get("/api/articles/{id}/versions/{n}", article.id(), fromHtml.getInt("version")).then()
                .body("body", equalTo("The council met on Monday.\n\nNothing else."))
                .body("body", not(containsString("<p>")))
                .body("note", nullValue());
    }

    @Test
    void anEditorConfirmsAPublishedVerdictForANewVersionFromTheClaimPage() {
        long claim = Workflow.claimIn("PUBLISHED");
        long articleId = Workflow.claim(claim).getLong("articleId");
        String body = Api.asReviewer().get("/api/articles/{id}", articleId).then().extract().path("body");
        addVersion(articleId, "A paragraph the publisher added.\n\n" + body);
        Api.asReviewer().get("/api/claims/{id}", claim).then().statusCode(200)
                .body("anchorFlagged", equalTo(false)).body("checkedVersion", equalTo(1));

        String session = Browser.signIn(Api.EDITOR);
        String csrf = Browser.open(session, "/articles").csrfCookie();
        Browser.Page page = Browser.open(session, csrf, "/claims/" + claim);
        var panel = page.html().selectFirst("#checked-older");
        assertNotNull(panel, "the claim page says the article changed after the check");
        assertTrue(panel.text().contains("published on version 1"), panel.text());
        assertTrue(panel.text().contains("now at version 2"), panel.text());
        assertEquals("/articles/" + articleId + "/versions/2/diff?from=1", panel.selectFirst("a").attr("href"));
        assertNotNull(panel.selectFirst("form#anchor-decision"), "the editor may confirm");
        Document asReviewer = Browser.open(Browser.signIn(Api.REVIEWER), "/claims/" + claim).html();
        assertNotNull(asReviewer.selectFirst("#checked-older"));
        assertTrue(asReviewer.select("form#anchor-decision").isEmpty(), "a reviewer sees no decision form");

        Browser.withSession(session).cookie(Browser.CSRF_COOKIE, csrf).contentType(ContentType.URLENC)
                .formParam(Browser.CSRF_FIELD, page.csrfToken())
                .formParam("note", "The added paragraph says nothing about the claim.")
                .formParam("version", panel.selectFirst("input[name=version]").attr("value"))
                .post("/claims/{id}/anchor-decision", claim).then().statusCode(303);
        Api.asReviewer().get("/api/claims/{id}", claim).then().statusCode(200).body("checkedVersion", equalTo(2));
        assertEquals("The added paragraph says nothing about the claim.",
                last(claim, "ANCHOR_CONFIRMED").get("comment"));
        assertTrue(Browser.open(session, csrf, "/claims/" + claim).html().select("#checked-older").isEmpty(),
                "no notice once the verdict is confirmed for the current version");
    }
}
