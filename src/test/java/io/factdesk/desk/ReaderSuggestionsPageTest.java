package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The reader's suggested sentences as the server renders them (docs/ui.md, "Suggested claims"): marks in
 * the text that leave the text itself whole, the list with its counter, one-click dismissal by form
 * (with its CSRF token), bringing one back, and "Use as claim" without JavaScript.
 */
@QuarkusTest
class ReaderSuggestionsPageTest {

    private static final String CASUALTIES = "more than 450.000 Syrians";

    @Test
    void openSuggestionsAreMarkedInTheTextWithTheirReasonsAndCountedAsLeftToReview() {
        Articles.ImportedArticle article = Articles.importDemoCopy();
        String session = Browser.signIn(Api.REVIEWER);
        Document page = Browser.open(session, "/articles/" + article.id()).html();

        List<Map<String, Object>> items = suggestions(article.id()).getList("items");
        assertThat(items).isNotEmpty();
        assertThat(page.selectFirst("#suggestion-count").text()).isEqualTo(items.size() + " left to review");
        assertThat(page.select("#article-body .sg-mark")).hasSize(items.size());
        assertThat(page.select("#suggestion-list .suggestion-item")).hasSize(items.size());

        // Every suggested sentence is underlined whole, and its mark says why.
        for (Map<String, Object> item : items) {
            String key = item.get("start") + "-" + item.get("end");
            String marked = page.select("#article-body span.seg.sg[data-suggestion=" + key + "]").stream()
                    .map(Element::wholeText).collect(Collectors.joining());
            assertThat(marked).isEqualTo(item.get("exact"));
            Element mark = page.getElementById("sg-mark-" + key);
            assertThat(mark.tagName()).isEqualTo("button");
            assertThat(mark.text()).isEmpty();
            assertThat(mark.attr("aria-describedby")).isEqualTo("sg-why-" + key + " sg-props-" + key);
            assertThat(mark.attr("data-tip")).contains(String.join("; ", (List<String>) item.get("reasons")));
            assertThat(page.getElementById("sg-why-" + key).text())
                    .contains(String.join("; ", (List<String>) item.get("reasons")));
        }

        // The text itself is untouched: the segs still hold the body, paragraph by paragraph, and the
        // paragraphs nothing else.
        String text = page.select("#article-body p.para").stream()
                .map(p -> p.select("span.seg").stream().map(Element::wholeText).collect(Collectors.joining()))
                .collect(Collectors.joining("\n\n"));
        assertThat(text).isEqualTo(article.body());
        assertThat(page.select("#article-body p.para").stream().map(Element::wholeText)
                .collect(Collectors.joining("\n\n"))).isEqualTo(article.body());

        Element casualties = card(page, CASUALTIES);
        assertThat(casualties.text()).contains("Casualty figures").contains("at least 450000");
        String key = casualties.attr("data-suggestion");
        assertThat(page.getElementById("sg-mark-" + key).attr("data-tip")).contains("\nTopic: Casualty figures\n")
                .contains("\nFigure: more than 450.000");
    }

    @Test
    void dismissingTakesOneFormPostAndBringingBackUndoesIt() {
        Articles.ImportedArticle article = Articles.importDemoCopy();
        String session = Browser.signIn(Api.REVIEWER);
        Browser.Page before = Browser.open(session, "/articles/" + article.id());
        int open = before.html().select("#suggestion-list .suggestion-item").size();
        Element first = before.html().selectFirst("#suggestion-list .suggestion-item");
        String key = first.attr("data-suggestion");

        // Without the CSRF token nothing is dismissed.
        Browser.withSession(session).cookie(Browser.CSRF_COOKIE, before.csrfCookie())
                .formParam("start", first.attr("data-start")).formParam("end", first.attr("data-end"))
                .post("/articles/{id}/suggestions/dismissals", article.id()).then().statusCode(400);
        assertThat(suggestions(article.id()).getList("items.findAll { it.dismissed }")).isEmpty();

        Browser.withSession(session).cookie(Browser.CSRF_COOKIE, before.csrfCookie())
                .formParam(Browser.CSRF_FIELD, before.csrfToken())
                .formParam("start", first.attr("data-start")).formParam("end", first.attr("data-end"))
                .post("/articles/{id}/suggestions/dismissals", article.id())
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(
                        "/articles/" + article.id() + "#suggestions"));

        Document after = Browser.open(session, before.csrfCookie(), "/articles/" + article.id()).html();
        assertThat(after.selectFirst("#suggestion-count").text()).isEqualTo((open - 1) + " left to review");
        assertThat(after.getElementById("sg-mark-" + key)).isNull();
        assertThat(after.select("#article-body span.seg.sg[data-suggestion=" + key + "]")).isEmpty();
        assertThat(after.selectFirst(".sg-dismissed summary").text()).isEqualTo("Show dismissed (1)");
        assertThat(after.selectFirst(".sg-dismissed .suggestion-item").attr("data-suggestion")).isEqualTo(key);
        assertThat(suggestions(article.id()).getList("items.findAll { it.dismissed }.exact"))
                .containsExactly(first.selectFirst(".sg-quote").text());

        Browser.withSession(session).cookie(Browser.CSRF_COOKIE, before.csrfCookie())
                .formParam(Browser.CSRF_FIELD, before.csrfToken())
                .formParam("start", first.attr("data-start")).formParam("end", first.attr("data-end"))
                .post("/articles/{id}/suggestions/restorations", article.id()).then().statusCode(303);
        Document restored = Browser.open(session, before.csrfCookie(), "/articles/" + article.id()).html();
        assertThat(restored.selectFirst("#suggestion-count").text()).isEqualTo(open + " left to review");
        assertThat(restored.getElementById("sg-mark-" + key)).isNotNull();
        assertThat(restored.selectFirst(".sg-dismissed")).isNull();
    }

    @Test
    void useAsClaimWithoutJavaScriptFillsTheFormAndPreselectsOnlyAProposedTopic() {
        Articles.ImportedArticle article = Articles.importDemoCopy();
        String session = Browser.signIn(Api.REVIEWER);
        Document page = Browser.open(session, "/articles/" + article.id()).html();
        Element casualties = card(page, CASUALTIES);

        Document filled = Browser.open(session, casualties.selectFirst("a.sg-use").attr("href")
                .replaceAll("#.*$", "")).html();
        String exact = casualties.selectFirst(".sg-quote").text();
        assertThat(filled.selectFirst("#new-claim").hasAttr("open")).isTrue();
        assertThat(filled.selectFirst("#claim-form textarea[name=quote]").wholeText()).isEqualTo(exact);
        assertThat(filled.selectFirst("#claim-form textarea[name=statement]").wholeText()).isEqualTo(exact);
        assertThat(filled.selectFirst("#claim-form input[name=start]").val()).isEqualTo(casualties.attr("data-start"));
        assertThat(filled.selectFirst("#claim-form input[name=end]").val()).isEqualTo(casualties.attr("data-end"));
        assertThat(filled.selectFirst("#f-topicId option[selected]").text()).isEqualTo("Casualty figures");

        Element withoutTopic = page.select("#suggestion-list .suggestion-item").stream()
                .filter(li -> li.attr("data-topic-id").isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("The demo article has a suggestion without a proposed topic"));
        // No default topic is chosen for the reviewer.
        Document noTopic = Browser.open(session, "/articles/" + article.id() + "?use="
                + withoutTopic.attr("data-suggestion")).html();
        assertThat(noTopic.selectFirst("#f-topicId option[selected]").text()).isEqualTo("Choose a topic");

        // Created as it stands, it is refused beside the topic, with the form kept.
        Browser.Page form = Browser.open(session, "/articles/" + article.id());
        String refused = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, form.csrfCookie())
                .formParam(Browser.CSRF_FIELD, form.csrfToken())
                .formParam("start", withoutTopic.attr("data-start")).formParam("end", withoutTopic.attr("data-end"))
                .formParam("quote", withoutTopic.selectFirst(".sg-quote").text())
                .formParam("statement", "A statement").formParam("topicId", "")
                .post("/articles/{id}/claims", article.id()).then().statusCode(422).extract().asString();
        Document again = org.jsoup.Jsoup.parse(refused);
        assertThat(again.selectFirst("#e-topic").text()).startsWith("Topic is required");
        assertThat(again.selectFirst("#f-topicId option[selected]").text()).isEqualTo("Choose a topic");
        assertThat(Articles.claimIdsOf(article.id())).isEmpty();

        // A place where no suggestion is refuses to fill anything.
        Browser.withSession(session).get("/articles/{id}?use=0-1", article.id()).then().statusCode(422);
    }

    @Test
    void useTheClauseWithoutJavaScriptFillsTheFormWithTheClauseOnly() {
        Articles.ImportedArticle article = Articles.importDemoCopy();
        String session = Browser.signIn(Api.REVIEWER);
        Document page = Browser.open(session, "/articles/" + article.id()).html();
        Element casualties = card(page, CASUALTIES);
        String sentence = casualties.selectFirst(".sg-quote").text();
        List<Element> links = casualties.select("a.sg-use-clause");
        assertThat(links).extracting(Element::text).containsExactly(
                "Use the clause: Assad regime actions in Syria turned what was a peaceful uprising in Syria to a crisis"
                        + " that resulted in killing more than 450.000 Syrians",
                "Use the clause: displacing more than 12 million out of their homes");
        Element killed = links.get(0);
        String clause = killed.selectFirst("q").text();

        Document filled = Browser.open(session, killed.attr("href").replaceAll("#.*$", "")).html();
        assertThat(filled.selectFirst("#new-claim").hasAttr("open")).isTrue();
        assertThat(filled.selectFirst("#claim-form textarea[name=quote]").wholeText()).isEqualTo(clause)
                .isNotEqualTo(sentence);
        assertThat(filled.selectFirst("#claim-form textarea[name=statement]").wholeText()).isEqualTo(clause);
        assertThat(filled.selectFirst("#claim-form input[name=start]").val()).isEqualTo(killed.attr("data-start"));
        assertThat(filled.selectFirst("#claim-form input[name=end]").val()).isEqualTo(killed.attr("data-end"));
        assertThat(filled.selectFirst("#f-topicId option[selected]").text()).isEqualTo("Casualty figures");
        assertThat(filled.selectFirst("#selection-hint").text())
                .isEqualTo("Filled from the clause of a suggested sentence: check it, then create the claim.");

        // A clause that is not one of the sentence's is refused, naming it.
        Browser.withSession(session).get("/articles/{id}?use={use}&clause=0-5", article.id(),
                casualties.attr("data-suggestion")).then().statusCode(422);
    }

    private static Element card(Document page, String words) {
        return page.select("#suggestion-list .suggestion-item").stream()
                .filter(li -> li.selectFirst(".sg-quote").text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("No suggestion holds \"" + words + "\""));
    }

    private static JsonPath suggestions(long articleId) {
        return Api.asReviewer().get("/api/articles/{id}/suggestions", articleId).then().statusCode(200).extract()
                .jsonPath();
    }
}
