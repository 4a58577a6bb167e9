package io.factdesk.desk;

import static io.factdesk.desk.VersionEdits.FIRST;
import static io.factdesk.desk.VersionEdits.QUOTE;
import static io.factdesk.desk.VersionEdits.REPAIRS;
import static io.factdesk.desk.VersionEdits.V1;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The browser's version pages (docs/ui.md, "Article versions"): the list, the changes, an older version read. */
@QuarkusTest
class VersionPagesTest {

    private static Document page(String path) {
        return Browser.open(Browser.signIn(Api.REVIEWER), path).html();
    }

    private static Response get(String path) {
        return Browser.withSession(Browser.signIn(Api.REVIEWER)).get(path);
    }

    @Test
    void theVersionsAreListedInTheNewsroomsWordsAndLinkedFromTheReader() {
        VersionEdits.Edited e = VersionEdits.edited();
        Document reader = page("/articles/" + e.article());
        assertThat(reader.selectFirst("#article-version a").attr("href")).isEqualTo("/articles/" + e.article()
                + "/versions");
        assertThat(reader.selectFirst("#article-version").text()).startsWith("2");

        Document list = page("/articles/" + e.article() + "/versions");
        assertThat(list.select("#versions tbody tr")).hasSize(2);
        Element first = list.selectFirst("#version-1");
        Element second = list.selectFirst("#version-2");
        assertThat(first.selectFirst(".origin").text()).isEqualTo("pasted");
        assertThat(first.text()).contains(V1.length() + " characters").contains("the first version");
        assertThat(first.selectFirst("a.read").attr("href")).isEqualTo("/articles/" + e.article() + "/versions/1");
        assertThat(first.select("a.changes")).isEmpty();
        assertThat(second.text()).contains("current").contains("Corrected by the publisher");
        assertThat(second.select("td").get(3).text()).as("who").isNotBlank().isNotEqualTo("—");
        assertThat(second.selectFirst("a.read").attr("href")).isEqualTo("/articles/" + e.article());
        assertThat(second.selectFirst("a.changes").text()).isEqualTo("Changes from the version before");
        assertThat(second.selectFirst("a.changes").attr("href"))
                .isEqualTo("/articles/" + e.article() + "/versions/2/diff");
    }

    @Test
    void theChangesAreMarkedWordByWordWithTheClaimsTheyTouched() {
        VersionEdits.Edited e = VersionEdits.edited();
        Document diff = page("/articles/" + e.article() + "/versions/2/diff");
        assertThat(diff.selectFirst("h1").text()).isEqualTo("Changes from version 1 to version 2");
        Element text = diff.getElementById("diff-text");
        assertThat(text.select("del").eachText()).anyMatch(t -> t.startsWith("removed: Monday."));
        assertThat(text.select("ins").eachText()).anyMatch(t -> t.startsWith("added: Tuesday."));
        assertThat(text.text()).contains("The council met on");
        assertThat(text.select("ins .visually-hidden").eachText()).allMatch("added:"::equals);
        assertThat(text.select("del .visually-hidden").eachText()).allMatch("removed:"::equals);
        assertThat(diff.selectFirst("[data-count=inserted]").text()).isEqualTo(String.valueOf(text.select("ins").size()));
        assertThat(diff.selectFirst("[data-count=deleted]").text()).isEqualTo(String.valueOf(text.select("del").size()));
        assertThat(diff.getElementById("diff-legend").select("ins, del")).hasSize(2);
        assertThat(diff.select("#diff-from option[selected]").eachAttr("value")).containsExactly("1");
        assertThat(diff.select("#diff-to option[selected]").eachAttr("value")).containsExactly("2");

        Element orphaned = diff.selectFirst("#diff-claims tr[data-claim-id=" + e.quote() + "]");
        assertThat(orphaned.attr("data-outcome")).isEqualTo("orphaned");
        assertThat(orphaned.text()).contains("Could not be placed").contains(QUOTE).contains("not found");
        assertThat(orphaned.selectFirst("a").attr("href")).isEqualTo("/claims/" + e.quote());
        Element moved = diff.selectFirst("#diff-claims tr[data-claim-id=" + e.repairs() + "]");
        assertThat(moved.attr("data-outcome")).isEqualTo("moved");
        assertThat(moved.text()).contains("Moved");

        // The same two versions the other way round, through the chooser's form.
        Response chosen = Browser.withSession(Browser.signIn(Api.REVIEWER)).redirects().follow(true)
                .get("/articles/" + e.article() + "/versions/diff?from=2&to=1");
        chosen.then().statusCode(200);
        Document back = Jsoup.parse(chosen.asString());
        assertThat(back.selectFirst("h1").text()).isEqualTo("Changes from version 2 to version 1");
        assertThat(back.getElementById("diff-text").select("ins").eachText())
                .anyMatch(t -> t.startsWith("added: Monday."));
    }

    @Test
    void badVersionsOrComparisonsAreTheSitesErrorPages() {
        VersionEdits.Edited e = VersionEdits.edited();
        String base = "/articles/" + e.article() + "/versions/";
        Response notANumber = get(base + "2/diff?from=first");
        notANumber.then().statusCode(400);
        assertThat(Jsoup.parse(notANumber.asString()).selectFirst(".error-page h1").text()).startsWith("400");
        Response noSuchFrom = get(base + "2/diff?from=9");
        noSuchFrom.then().statusCode(404);
        assertThat(Jsoup.parse(noSuchFrom.asString()).selectFirst(".error-page").text()).contains("Version");
        get(base + "9/diff").then().statusCode(404);
        get(base + "9").then().statusCode(404);
        get("/articles/999999999/versions").then().statusCode(404);
        Response stack = get(base + "0/diff");
        stack.then().statusCode(404);
        assertThat(stack.asString()).doesNotContain("Exception");
    }

    @Test
    void anOlderVersionIsReadOnlyWithItsClaimsWhereTheyStoodThen() {
        VersionEdits.Edited e = VersionEdits.edited();
        long later = Articles.markByQuote(e.article(), FIRST, "Other");
        Document old = page("/articles/" + e.article() + "/versions/1");
        assertThat(old.getElementById("version-banner").text()).startsWith("You are reading version 1 of 2, from ")
                .contains("Read the current version");
        assertThat(old.selectFirst("#version-banner a").attr("href")).isEqualTo("/articles/" + e.article());
        assertThat(old.select("main form, #claim-form, #new-claim, #suggestions")).isEmpty();
        assertThat(old.select("form[method=post]")).allMatch(f -> f.closest("header") != null,
                "only the sign-out form of the header writes");

        // The quote stands where it stood in version 1; the claim marked in version 2 is not highlighted.
        Element quote = old.selectFirst("span.hl[data-claims~=" + e.quote() + "]");
        assertThat(quote.attr("data-start")).isEqualTo(String.valueOf(V1.indexOf(QUOTE)));
        assertThat(old.select("span.hl[data-claims~=" + e.quote() + "]").eachText()).containsExactly(QUOTE);
        assertThat(old.selectFirst("span.hl[data-claims~=" + e.repairs() + "]").attr("data-start"))
                .isEqualTo(String.valueOf(V1.indexOf(REPAIRS)));
        assertThat(old.select("[data-claims~=" + later + "]")).isEmpty();
        assertThat(old.select("#claim-list .claim-item").eachAttr("data-claim-id"))
                .containsExactlyInAnyOrder(String.valueOf(e.quote()), String.valueOf(e.repairs()));
        assertThat(old.getElementById("not-here").text()).startsWith("1 claim was marked later");

        // The current version is the reader's: it does not highlight the orphaned claim.
        Response current = Browser.withSession(Browser.signIn(Api.REVIEWER)).redirects().follow(false)
                .get("/articles/" + e.article() + "/versions/2");
        current.then().statusCode(303);
        assertThat(current.header("Location")).endsWith("/articles/" + e.article());
        assertThat(page("/articles/" + e.article()).select("[data-claims~=" + e.quote() + "]")).isEmpty();
    }

    @Test
    void anApprovedClaimThatCouldNotBePlacedIsPlacedOnlyByAnEditor() {
        VersionEdits.Edited e = VersionEdits.edited();
        Desk.ensureUsers();
        Desk.bring(e.quote(), "APPROVED");
        Document reviewers = page("/claims/" + e.quote());
        assertThat(reviewers.select("#candidates .candidate")).hasSize(2);
        assertThat(reviewers.select("button.place-here, #place-in-article")).isEmpty();
        assertThat(reviewers.getElementById("placing").text()).contains("only an editor may place it");
        get("/articles/" + e.article() + "?place=" + e.quote()).then().statusCode(403);

        String editor = Browser.signIn(Api.EDITOR);
        Document editors = Browser.open(editor, "/claims/" + e.quote()).html();
        assertThat(editors.select("button.place-here")).hasSize(2);
        Document placeMode = Browser.open(editor, "/articles/" + e.article() + "?place=" + e.quote()).html();
        assertThat(placeMode.selectFirst("#place-submit").text()).isEqualTo("Place claim #" + e.quote() + " here");
        assertThat(placeMode.select("#place-form input[name=version]").attr("value")).isEqualTo("2");
        assertThat(placeMode.select("#claim-form")).isEmpty();
        // A claim of another article is not placed from this one.
        long elsewhere = Articles.markByQuote(Articles.importText(Articles.unique("Other"), V1).id(), QUOTE, "Other");
        get("/articles/" + e.article() + "?place=" + elsewhere).then().statusCode(404);
    }
}
