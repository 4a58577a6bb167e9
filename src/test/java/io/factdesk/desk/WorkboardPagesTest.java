package io.factdesk.desk;

import static io.factdesk.desk.Desk.STATES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The workboard (/workboard) as signed-in browsers see and use it. */
@QuarkusTest
class WorkboardPagesTest {

    static List<String> cardIds(Document board) {
        return board.select(".board-card").eachAttr("data-claim-id");
    }

    static List<String> cardIds(Document board, String state) {
        return board.select(".board-column[data-state=" + state + "] .board-card").eachAttr("data-claim-id");
    }

    static long columnCount(Document board, String state) {
        return Long.parseLong(board.selectFirst(".board-column[data-state=" + state + "] .count").attr("data-count"));
    }

    static long stripCount(Document board, String state) {
        return Long.parseLong(board.selectFirst(".state-count[data-state=" + state + "] .n").attr("data-count"));
    }

    static String id(long id) {
        return String.valueOf(id);
    }

    @Test
    void eachStateIsCountedAsTheApiCountsIt() {
        var article = Desk.article(8);
        long a = article.id();
        for (int i = 0; i < STATES.size(); i++) {
            Desk.bring(Desk.claim(a, i + 1), STATES.get(i));
        }
        Desk.claim(a, 7);
        Desk.claim(a, 8);
        Desk.Session editor = Desk.Session.of(Api.EDITOR);

        Document board = editor.board("article=" + a);
        assertThat(board.select(".board-column").eachAttr("data-state")).containsExactlyElementsOf(STATES);
        for (String state : STATES) {
            long api = Desk.apiTotal("article=" + a + "&state=" + state);
            assertThat(columnCount(board, state)).as(state).isEqualTo(api);
            assertThat(stripCount(board, state)).as(state).isEqualTo(api);
            assertThat(cardIds(board, state)).as(state).hasSize((int) api);
        }
        assertThat(columnCount(board, "NEW")).isEqualTo(3);
        assertThat(board.selectFirst(".state-count:not([data-state]) .n").text()).isEqualTo("8");

        // The whole desk, unfiltered, counts as the API does too.
        Document all = editor.board("");
        for (String state : STATES) {
            assertThat(columnCount(all, state)).as(state).isEqualTo(Desk.apiTotal("state=" + state));
        }
    }

    @Test
    void aColumnShowsTwentyFiveCardsAndLinksToTheRestWhichPagesByFifty() {
        var article = Desk.article(52);
        for (int i = 1; i <= 52; i++) {
            Desk.claim(article.id(), i);
        }
        Desk.Session reviewer = Desk.Session.of(Api.REVIEWER);

        Document board = reviewer.board("article=" + article.id());
        assertThat(columnCount(board, "NEW")).isEqualTo(52);
        assertThat(cardIds(board, "NEW")).hasSize(25);
        assertThat(cardIds(board, "NEW").stream().map(Long::valueOf).toList()).as("newest first")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Element more = board.selectFirst(".board-column[data-state=NEW] .more a");
        assertThat(more.attr("href")).isEqualTo("/workboard?state=NEW&article=" + article.id());

        Document first = reviewer.board("state=NEW&article=" + article.id());
        assertThat(first.select(".board-column")).hasSize(1);
        assertThat(cardIds(first)).hasSize(50);
        Element next = first.selectFirst(".pagination a[rel=next]");
        assertThat(next.attr("href")).isEqualTo("/workboard?state=NEW&article=" + article.id() + "&page=1");
        Document second = reviewer.open(next.attr("href")).html();
        assertThat(cardIds(second)).hasSize(2).doesNotContainAnyElementsOf(cardIds(first));
    }

    @Test
    void filtersNarrowTheBoardAndStayInTheForm() {
        var article = Desk.article(5);
        long a = article.id();
        String token = Articles.unique("needle");
        long casualties = Desk.claim(a, 1, "Casualty figures", "About casualties");
        long researched = Desk.bring(Desk.claim(a, 2, "Other", "Carries the " + token), "RESEARCHING");
        long inReview = Desk.bring(Desk.claim(a, 3), "IN_REVIEW");
        long unassigned = Desk.claim(a, 4);
        Desk.Session reviewer = Desk.Session.of(Api.REVIEWER);
        String topicId = reviewer.board("article=" + a).select("select[name=topic] option").stream()
                .filter(o -> o.text().equals("Casualty figures")).findFirst().orElseThrow().attr("value");

        assertThat(cardIds(reviewer.board("article=" + a)))
                .containsExactlyInAnyOrder(id(casualties), id(researched), id(inReview), id(unassigned));

        Document byTopic = reviewer.board("article=" + a + "&topic=" + topicId);
        assertThat(cardIds(byTopic)).containsExactly(id(casualties));
        assertThat(byTopic.selectFirst("select[name=topic] option[selected]").text()).isEqualTo("Casualty figures");
        assertThat(cardIds(reviewer.board("article=" + a + "&topic=Casualty figures"))).containsExactly(id(casualties));

        assertThat(cardIds(reviewer.board("q=" + token))).containsExactly(id(researched));
        assertThat(reviewer.board("q=" + token).selectFirst("input[name=q]").attr("value")).isEqualTo(token);
        assertThat(cardIds(reviewer.board("article=" + a + "&q=FACT 3"))).containsExactly(id(inReview));

        Document byVerdict = reviewer.board("article=" + a + "&verdict=Mostly false");
        assertThat(cardIds(byVerdict)).containsExactly(id(inReview));

        Document byState = reviewer.board("article=" + a + "&state=IN_REVIEW");
        assertThat(byState.select(".board-column").eachAttr("data-state")).containsExactly("IN_REVIEW");
        assertThat(cardIds(byState)).containsExactly(id(inReview));
        assertThat(stripCount(byState, "NEW")).isEqualTo(2);
        assertThat(byState.selectFirst(".state-count.is-current").attr("data-state")).isEqualTo("IN_REVIEW");

        assertThat(cardIds(reviewer.board("article=" + a + "&assignee=nobody")))
                .containsExactlyInAnyOrder(id(casualties), id(unassigned));
        assertThat(cardIds(reviewer.board("article=" + a + "&assignee=" + Desk.SETUP_REVIEWER.username())))
                .containsExactlyInAnyOrder(id(researched), id(inReview));

        Document narrowed = reviewer.board("article=" + a + "&state=NEW&assignee=nobody&q=fact");
        assertThat(narrowed.selectFirst("select[name=state] option[selected]").attr("value")).isEqualTo("NEW");
        assertThat(narrowed.selectFirst("select[name=assignee] option[selected]").attr("value")).isEqualTo("nobody");
        assertThat(narrowed.selectFirst("input[name=article]").attr("value")).isEqualTo(id(a));
        assertThat(narrowed.selectFirst(".board-filter-article-title").text()).contains(article.title());
    }

    @Test
    void figureAndDateFiltersNarrowTheBoardAndStayInTheForm() {
        var article = Articles.importDemoCopy();
        long a = article.id();
        long figure = Articles.markByQuote(a, "killing more than 450.000 Syrians", "Casualty figures");
        long dated = Articles.markByQuote(a, "launched air strikes in support of regime forces last September",
                "Military cooperation");
        long plain = Articles.markByQuote(a, "US-Russian cooperation", "Military cooperation");
        Desk.Session reviewer = Desk.Session.of(Api.REVIEWER);

        Document withFigure = reviewer.board("article=" + a + "&hasFigure=true");
        assertThat(cardIds(withFigure)).containsExactly(id(figure));
        assertThat(withFigure.selectFirst("select[name=hasFigure] option[selected]").text())
                .isEqualTo("Quote has a figure");
        assertThat(cardIds(reviewer.board("article=" + a + "&hasFigure=false")))
                .containsExactlyInAnyOrder(id(dated), id(plain));

        // "last September", in an article of 14 July 2016, is September 2015.
        Document inRange = reviewer.board("article=" + a + "&datesFrom=2015-06&datesTo=2015-12");
        assertThat(cardIds(inRange)).containsExactly(id(dated));
        assertThat(inRange.selectFirst("input[name=datesFrom]").attr("value")).isEqualTo("2015-06");
        assertThat(inRange.selectFirst("input[name=datesTo]").attr("value")).isEqualTo("2015-12");
        // An editor's bulk move keeps the filters it was made under.
        Document editors = Desk.Session.of(Api.EDITOR).board("article=" + a + "&datesFrom=2015-06&datesTo=2015-12");
        assertThat(editors.select("#bulk-toolbar input[type=hidden][name=datesFrom]").eachAttr("value"))
                .containsExactly("2015-06");
        assertThat(cardIds(reviewer.board("article=" + a + "&datesFrom=2016"))).isEmpty();
    }

    @Test
    void aFilterThatMeansNothingIsShownNextToItsField() {
        Desk.Session reviewer = Desk.Session.of(Api.REVIEWER);
        Response unknownState = Browser.withSession(reviewer.session()).get("/workboard?state=FINISHED");
        unknownState.then().statusCode(400);
        Document page = Desk.Session.html(unknownState);
        assertThat(page.selectFirst(".field.has-error #e-state").text()).contains("Unknown state 'FINISHED'");
        assertThat(page.select(".board-card")).isEmpty();

        Response badArticle = Browser.withSession(reviewer.session()).get("/workboard?article=seven");
        badArticle.then().statusCode(400);
        assertThat(Desk.Session.html(badArticle).selectFirst("#e-article").text()).contains("whole number");
        Browser.withSession(reviewer.session()).get("/workboard?assignee=no-such-person").then().statusCode(400);

        Response badDate = Browser.withSession(reviewer.session()).get("/workboard?datesFrom=summer");
        badDate.then().statusCode(400);
        assertThat(Desk.Session.html(badDate).selectFirst(".has-error #e-datesFrom").text())
                .contains("'summer' is not a year, a month or a day");
        Response badFlag = Browser.withSession(reviewer.session()).get("/workboard?hasFigure=often");
        badFlag.then().statusCode(400);
        assertThat(Desk.Session.html(badFlag).selectFirst(".has-error #e-hasFigure").text()).contains("'often'");
    }

    @Test
    void myQueueShowsWhatIsAssignedToMe() {
        var article = Desk.article(3);
        long a = article.id();
        long mine = Desk.claim(a, 1);
        Desk.move(Api.REVIEWER, mine, "RESEARCHING", Map.of());
        long theirs = Desk.bring(Desk.claim(a, 2), "RESEARCHING");
        Desk.claim(a, 3);
        Desk.Session reviewer = Desk.Session.of(Api.REVIEWER);

        Document articles = reviewer.open("/articles").html();
        assertThat(articles.selectFirst("nav.nav a[href=/workboard]").text()).isEqualTo("Workboard");
        Document board = reviewer.board("");
        Element link = board.selectFirst("#my-queue");
        assertThat(link.attr("href")).isEqualTo("/workboard?assignee=me");
        assertThat(link.hasClass("btn-primary")).isTrue();
        assertThat(board.selectFirst("nav.nav a.is-current").attr("href")).isEqualTo("/workboard");

        Document queue = reviewer.board("assignee=me");
        assertThat(queue.selectFirst("h1").text()).isEqualTo("My queue");
        assertThat(queue.selectFirst("#my-queue").attr("aria-current")).isEqualTo("page");
        assertThat(cardIds(queue)).contains(id(mine)).doesNotContain(id(theirs));
        assertThat(queue.select(".board-card .assignee").eachText()).containsOnly("reviewer");
        assertThat(cardIds(reviewer.board("assignee=me&article=" + a))).containsExactly(id(mine));
    }

    @Test
    void aCardShowsWhatTheClaimIsAndNothingRuns() {
        String quote = "The ministry said that " + "many, ".repeat(40) + "were counted.";
        var article = Articles.importText(Articles.unique("Card "), "Opening. " + quote + " Closing.");
        long id = Articles.markClaim(article.id(), Map.of("quote", Map.of("exact", quote), "topic",
                "Casualty figures", "statement", "<script>alert(1)</script> counted", "claimant", "Ministry"));
        Desk.Session editor = Desk.Session.of(Api.EDITOR);

        Element card = editor.board("article=" + article.id()).selectFirst(".board-card[data-claim-id=" + id + "]");
        assertThat(card.attr("data-state")).isEqualTo("NEW");
        assertThat(card.selectFirst(".badge.state-NEW").text()).isEqualTo("New");
        assertThat(card.selectFirst(".topic-chip").text()).isEqualTo("Casualty figures");
        assertThat(card.selectFirst(".assignee").text()).isEqualTo("unassigned");
        Element q = card.selectFirst("q.claim-quote");
        assertThat(q.text()).endsWith("…").hasSizeLessThanOrEqualTo(161);
        assertThat(q.attr("title")).isEqualTo(quote);
        assertThat(card.selectFirst(".statement").text()).isEqualTo("<script>alert(1)</script> counted");
        assertThat(card.select("script")).isEmpty();
        assertThat(card.selectFirst("a.article").text()).isEqualTo(article.title());
        assertThat(card.selectFirst("a.open").attr("href")).isEqualTo("/claims/" + id);
        assertThat(card.attr("tabindex")).isEqualTo("0");
        assertThat(card.selectFirst("input[name=ids]").attr("form")).isEqualTo("bulk-toolbar");
    }

    @Test
    void anEditorMovesAMixOfClaimsAndSeesWhichCouldNotMoveAndWhy() {
        var article = Desk.article(5);
        long a = article.id();
        long first = Desk.bring(Desk.claim(a, 1), "IN_REVIEW");
        long second = Desk.bring(Desk.claim(a, 2), "IN_REVIEW");
        long fresh = Desk.claim(a, 3);
        // Assigned to the editor who will try to approve it: four eyes says no.
        long own = Desk.bring(Desk.claim(a, 4), "RESEARCHING");
        Api.as(Desk.SETUP_EDITOR).body(Map.of("assignee", "editor", "version", Desk.get(own).getLong("version")))
                .patch("/api/claims/" + own).then().statusCode(200);
        Desk.verdict(own, "False");
        Desk.evidence(own);
        Desk.move(Desk.SETUP_REVIEWER, own, "IN_REVIEW", Map.of());
        Desk.Session editor = Desk.Session.of(Api.EDITOR);
        Browser.Page page = editor.open("/workboard?article=" + a);
        assertThat(page.html().select("#bulk-toolbar select[name=to] option").eachAttr("value"))
                .containsExactly("", "NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED", "DISMISSED");

        Response response = editor.post(page, "ids", id(first), "ids", id(second), "ids", id(fresh), "ids", id(own),
                "ids", "987654321", "to", "APPROVED", "comment", "", "reason", "", "article", id(a));
        response.then().statusCode(200);
        Document result = Desk.Session.html(response);

        Element outcome = result.selectFirst(".bulk-outcome");
        assertThat(outcome.text()).contains("2 moved to Approved; 3 could not move.");
        assertThat(outcome.select(".moved li").eachAttr("data-claim-id")).containsExactly(id(first), id(second));
        assertThat(outcome.select(".refused li").eachAttr("data-claim-id"))
                .containsExactly(id(fresh), id(own), "987654321");
        Element fourEyes = outcome.selectFirst(".refused li[data-claim-id=" + own + "]");
        assertThat(fourEyes.attr("data-status")).isEqualTo("403");
        assertThat(fourEyes.selectFirst(".reason").text()).contains("Four eyes");
        assertThat(fourEyes.selectFirst(".badge.state-IN_REVIEW")).isNotNull();
        Element notFromNew = outcome.selectFirst(".refused li[data-claim-id=" + fresh + "]");
        assertThat(notFromNew.attr("data-status")).isEqualTo("409");
        assertThat(notFromNew.selectFirst(".reason").text()).contains("cannot move from New to Approved");
        assertThat(outcome.selectFirst(".refused li[data-claim-id=987654321]").attr("data-status")).isEqualTo("404");

        assertThat(Desk.state(first)).isEqualTo("APPROVED");
        assertThat(Desk.state(second)).isEqualTo("APPROVED");
        assertThat(Desk.state(fresh)).isEqualTo("NEW");
        assertThat(Desk.state(own)).isEqualTo("IN_REVIEW");
        // The board comes back with its filters, showing where the claims are now.
        assertThat(cardIds(result, "APPROVED")).containsExactlyInAnyOrder(id(first), id(second));
        assertThat(result.selectFirst("input[name=article]").attr("value")).isEqualTo(id(a));
        assertThat(result.select("input[name=ids][checked]")).isEmpty();
    }

    @Test
    void aBulkMoveThatNeedsAReasonOrACommentIsRefusedClaimByClaimWithout() {
        var article = Desk.article(3);
        long fresh = Desk.claim(article.id(), 1);
        long inReview = Desk.bring(Desk.claim(article.id(), 2), "IN_REVIEW");
        Desk.Session editor = Desk.Session.of(Api.EDITOR);
        Browser.Page page = editor.open("/workboard?article=" + article.id());

        Document dismissed = Desk.Session.html(editor.post(page, "ids", id(fresh), "to", "DISMISSED"));
        Element noReason = dismissed.selectFirst(".refused li[data-claim-id=" + fresh + "]");
        assertThat(noReason.attr("data-status")).isEqualTo("422");
        assertThat(noReason.text()).contains("A reason is required");

        Document sentBack = Desk.Session.html(editor.post(page, "ids", id(inReview), "to", "RESEARCHING"));
        assertThat(sentBack.selectFirst(".refused li[data-claim-id=" + inReview + "]").text())
                .contains("A comment saying what to change is required.");

        Document both = Desk.Session.html(editor.post(page, "ids", id(fresh), "to", "DISMISSED", "reason", "OPINION"));
        assertThat(both.selectFirst(".bulk-outcome").text()).contains("1 moved to Dismissed.");
        assertThat(Desk.get(fresh).getString("state")).isEqualTo("DISMISSED");
        // A bulk dismissal cannot name what each claim duplicates, so that reason is not offered.
        assertThat(page.html().select("select[name=reason] option").eachAttr("value"))
                .containsExactly("", "NOT_CHECK_WORTHY", "OPINION", "OTHER");
    }

    /** Publishing from the board, like publishing one claim, asks first and says what becomes public. */
    @Test
    void bulkPublishingListsTheClaimsAndPublishesOnlyWhenConfirmed() {
        long article = Desk.article(2).id();
        long one = Desk.bring(Desk.claim(article, 1), "APPROVED");
        long two = Desk.bring(Desk.claim(article, 2), "APPROVED");
        Desk.Session editor = Desk.Session.of(Api.EDITOR);
        Browser.Page board = editor.open("/workboard?article=" + article);

        Response asked = editor.post(board, "ids", String.valueOf(one), "ids", String.valueOf(two), "to", "PUBLISHED",
                "article", String.valueOf(article), "comment", "Both checked twice.");
        asked.then().statusCode(200);
        Document confirm = Desk.Session.html(asked);
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Publish 2 claims?");
        assertThat(confirm.select(".confirm-claims li").eachAttr("data-claim-id"))
                .containsExactly(String.valueOf(one), String.valueOf(two));
        assertThat(confirm.selectFirst("#confirm-what").text()).contains("ClaimReview").contains("visible to anyone");
        assertThat(confirm.selectFirst("#b-comment").val()).isEqualTo("Both checked twice.");
        assertThat(Desk.state(one)).isEqualTo("APPROVED");

        Document cancelled = Desk.Session.html(editor.post(board, "ids", String.valueOf(one), "ids",
                String.valueOf(two), "to", "PUBLISHED", "article", String.valueOf(article), "comment",
                "Both checked twice.", "confirmed", "no"));
        assertThat(cancelled.select("input.select[checked]").eachAttr("value"))
                .contains(String.valueOf(one), String.valueOf(two));
        assertThat(cancelled.selectFirst("#b-comment").val()).isEqualTo("Both checked twice.");
        assertThat(Desk.state(one)).isEqualTo("APPROVED");

        Document published = Desk.Session.html(editor.post(board, "ids", String.valueOf(one), "ids",
                String.valueOf(two), "to", "PUBLISHED", "article", String.valueOf(article), "confirmed", "yes"));
        assertThat(published.selectFirst(".bulk-outcome").text()).contains("2 moved to Published");
        assertThat(Desk.state(one)).isEqualTo("PUBLISHED");
        assertThat(Desk.state(two)).isEqualTo("PUBLISHED");
    }

    @Test
    void aConfirmedPublicationMovesTheApprovedClaimAndSaysWhyTheNewOneCouldNot() {
        var article = Desk.article(2);
        long approved = Desk.bring(Desk.claim(article.id(), 1), "APPROVED");
        long fresh = Desk.claim(article.id(), 2);
        Desk.Session editor = Desk.Session.of(Api.EDITOR);
        Browser.Page page = editor.open("/workboard?article=" + article.id());
        assertThat(page.html().selectFirst("#bulk-toolbar")).isNotNull();

        Response response = editor.post(page, "ids", id(approved), "ids", id(fresh), "to", "PUBLISHED",
                "confirmed", "yes");
        response.then().statusCode(200);
        Document result = Desk.Session.html(response);
        assertThat(result.selectFirst(".bulk-outcome").text()).contains("1 moved to Published");
        assertThat(result.selectFirst(".refused li[data-claim-id=" + fresh + "]").text())
                .contains("cannot move from New to Published").doesNotContain("NEW");
        assertThat(Desk.state(approved)).isEqualTo("PUBLISHED");
        assertThat(Desk.state(fresh)).isEqualTo("NEW");
    }

    @Test
    void movingNothingOrNowhereIsRefusedAndTheChoiceKept() {
        var article = Desk.article(1);
        long fresh = Desk.claim(article.id(), 1);
        Desk.Session editor = Desk.Session.of(Api.EDITOR);
        Browser.Page page = editor.open("/workboard?article=" + article.id());

        Response nothing = editor.post(page, "to", "RESEARCHING", "comment", "kept", "article", id(article.id()));
        nothing.then().statusCode(422);
        Document refused = Desk.Session.html(nothing);
        assertThat(refused.selectFirst(".bulk-error").text()).isEqualTo("Select at least one claim.");
        assertThat(refused.selectFirst("#bulk-toolbar select[name=to] option[selected]").attr("value"))
                .isEqualTo("RESEARCHING");
        assertThat(refused.selectFirst("#bulk-toolbar input[name=comment]").attr("value")).isEqualTo("kept");

        Response nowhere = editor.post(page, "ids", id(fresh), "article", id(article.id()));
        nowhere.then().statusCode(422);
        Document kept = Desk.Session.html(nowhere);
        assertThat(kept.selectFirst(".bulk-error").text()).contains("Choose the state");
        assertThat(kept.selectFirst("input[name=ids][value=" + fresh + "]").hasAttr("checked")).isTrue();
        assertThat(Desk.state(fresh)).isEqualTo("NEW");
    }

    @Test
    void aReviewerSeesNoBulkToolbarAndTheRulesJudgeWhatTheyPost() {
        var article = Desk.article(2);
        long fresh = Desk.claim(article.id(), 1);
        long inReview = Desk.bring(Desk.claim(article.id(), 2), "IN_REVIEW");
        Desk.Session reviewer = Desk.Session.of(Api.REVIEWER);
        Browser.Page page = reviewer.open("/workboard?article=" + article.id());
        assertThat(page.html().selectFirst("#bulk-toolbar")).isNull();
        assertThat(page.html().select("input[name=ids]")).isEmpty();
        assertThat(cardIds(page.html())).hasSize(2);
        assertThat(Desk.Session.of(Api.EDITOR).board("article=" + article.id()).select("input[name=ids]")).hasSize(2);

        // Posted anyway (as the API allows): each claim is judged by the same rules as one by one.
        Document approved = Desk.Session.html(reviewer.post(page, "ids", id(inReview), "to", "APPROVED"));
        assertThat(approved.selectFirst(".refused li[data-claim-id=" + inReview + "]").attr("data-status"))
                .isEqualTo("403");
        assertThat(approved.selectFirst(".refused li[data-claim-id=" + inReview + "] .reason").text())
                .contains("Only editors may approve");
        Document started = Desk.Session.html(reviewer.post(page, "ids", id(fresh), "to", "RESEARCHING"));
        assertThat(started.selectFirst(".bulk-outcome").text()).contains("1 moved to Researching.");
        assertThat(Desk.get(fresh).getString("assignee")).isEqualTo("reviewer");
        assertThat(Desk.state(inReview)).isEqualTo("IN_REVIEW");
    }

    @Test
    void theBoardNeedsASignedInUserAndAFormItsToken() {
        Browser.anonymous().get("/workboard").then().statusCode(303).header("Location", endsWith("/login"));
        Desk.Session editor = Desk.Session.of(Api.EDITOR);
        long fresh = Desk.claim(Desk.article(1).id(), 1);
        Browser.withSession(editor.session()).cookie(Browser.CSRF_COOKIE, editor.csrfCookie())
                .contentType(io.restassured.http.ContentType.URLENC).formParam("ids", id(fresh))
                .formParam("to", "DISMISSED").formParam("reason", "OTHER").post("/workboard/move")
                .then().statusCode(400);
        assertThat(Desk.state(fresh)).isEqualTo("NEW");
    }
}
