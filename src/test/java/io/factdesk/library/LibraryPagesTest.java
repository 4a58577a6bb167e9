package io.factdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The /library page: search, the entries, and the editor's import form with its result and errors. */
@QuarkusTest
class LibraryPagesTest {

    @Test
    void anEditorUploadsAFeedAndSeesTheCountsAndEachSkippedElementWithItsReason() {
        LibraryFixtures copy = new LibraryFixtures();
        String session = Browser.signIn(Api.EDITOR);
        Browser.Page page = Browser.open(session, "/library");
        assertThat(page.html().selectFirst("nav a[href=\"/library\"]").hasClass("is-current")).isTrue();
        assertThat(page.html().selectFirst("form#library-import input[type=file][name=file]")).isNotNull();

        String answer = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .multiPart(Browser.CSRF_FIELD, page.csrfToken())
                .multiPart("file", copy.token + ".json", copy.bytes("datafeed-partly-broken.json"), "application/json")
                .post("/library/imports").then().statusCode(200).extract().asString();
        Document result = Jsoup.parse(answer);
        Element counts = result.selectFirst("#import-result");
        assertThat(counts.text()).contains("Imported " + copy.token + ".json")
                .contains("3 added, 0 updated, 0 unchanged, 5 skipped.");
        List<String> skipped = result.select("#import-result table.skipped tbody tr").eachText();
        assertThat(skipped).containsExactly("dataFeedElement[1].item[0] missing claimReviewed",
                "dataFeedElement[2].item[0] reviewRating.ratingValue is not a number (\"four\")",
                "dataFeedElement[3].item[0] @type is NewsArticle, not ClaimReview",
                "dataFeedElement[4].item[0] url is not an absolute http(s) URL",
                "dataFeedElement[6].item[1] missing claimReviewed (blank text)");

        // The entries are in the list, found by the search, with the verdict, its number and the link.
        Document found = Browser.open(session, "/library?q=" + copy.token).html();
        assertThat(found.select("table.library tbody tr")).hasSize(3);
        Element row = found.select("table.library tbody tr").stream().filter(tr -> tr.text().contains("students"))
                .findFirst().orElseThrow();
        assertThat(row.text()).contains("35% of students work more than 20 hours a week")
                .contains("Kestrian Student Union").contains("Half true (50/100)").contains("Harbour Fact Desk")
                .contains("2025-05-20");
        assertThat(row.selectFirst("a.review-link").attr("href"))
                .isEqualTo(copy.url("https://harbourfactdesk.example.org/checks/students-working-hours"));

        // The desk's history shows the import.
        String history = Browser.open(session, "/history?type=LIBRARY_IMPORTED").html().text();
        assertThat(history).contains("imported fact-checks into the library from " + copy.token + ".json");
    }

    @Test
    void aPastedFileWithNothingToImportIsShownBesideTheFieldWithWhatWasPasted() {
        String session = Browser.signIn(Api.EDITOR);
        Browser.Page page = Browser.open(session, "/library");
        String pasted = LibraryFileTest.fixture("claimreview-wrong-type.json");
        String answer = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .multiPart(Browser.CSRF_FIELD, page.csrfToken()).multiPart("content", pasted)
                .post("/library/imports").then().statusCode(422).extract().asString();
        Document again = Jsoup.parse(answer);
        assertThat(again.selectFirst("#e-content").text())
                .isEqualTo("The file holds a schema.org Review, not a ClaimReview: nothing to import.");
        assertThat(again.selectFirst("#f-content").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.selectFirst("#f-content").wholeText()).isEqualTo(pasted);
        assertThat(again.selectFirst("#import-result")).isNull();

        String empty = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, page.csrfCookie())
                .multiPart(Browser.CSRF_FIELD, page.csrfToken()).multiPart("content", "")
                .post("/library/imports").then().statusCode(422).extract().asString();
        assertThat(Jsoup.parse(empty).selectFirst("#e-file").text())
                .isEqualTo("Choose a file to import, or paste its content.");
    }

    @Test
    void aReviewerReadsTheLibraryButHasNoImportFormAndCannotPostOne() {
        String session = Browser.signIn(Api.REVIEWER);
        Browser.Page page = Browser.open(session, "/library");
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Fact-check library");
        assertThat(page.html().selectFirst("form#library-import")).isNull();
        Browser.withSession(session).cookie(Browser.CSRF_COOKIE, "c2NyaXB0LWNob3Nlbi10aw")
                .multiPart(Browser.CSRF_FIELD, "c2NyaXB0LWNob3Nlbi10aw")
                .multiPart("content", LibraryFileTest.fixture("claimreview-single.json"))
                .post("/library/imports").then().statusCode(403);
    }
}
