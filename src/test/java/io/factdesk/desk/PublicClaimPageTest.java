package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The public claim page as a reader gets it (docs/ui.md, "Public page"): the claim is the headline,
 * the byline has only the parts the article has, "Organisation" is spelled one way; and a quote that
 * ends with a quotation mark is not given a second one on the desk's pages.
 */
@QuarkusTest
class PublicClaimPageTest {

    private static final String QUOTE = "the political transition\u201d";

    @Test
    void theHeadlineIsTheClaimAndTheBylineHasNoStraySeparator() {
        Desk.ensureUsers();
        String title = Articles.unique("An article without a publisher ");
        long article = Articles.importArticle(Map.of("title", title, "body", "The minister said that \u201cthe "
                + "political transition\u201d would start on Monday.", "author", "Jane Doe", "publishedAt",
                "2016-07-14")).id();
        long claim = Articles.markClaim(article, Map.of("quote", Map.of("exact", QUOTE), "topic", "Other",
                "statement", "A political transition has begun", "claimant", "The ministry", "claimantType",
                "organization"));
        Desk.bring(claim, "PUBLISHED");

        Document page = Jsoup.parse(Browser.anonymous().get("/public/claims/" + claim).then().statusCode(200)
                .extract().asString());
        assertThat(page.select("h1").text()).isEqualTo("A political transition has begun");
        assertThat(page.select("header p.meta").first().text())
                .isEqualTo("In the article " + title + " · by Jane Doe · published 2016-07-14");
        page.select("header p.meta").forEach(p -> assertThat(p.text()).doesNotStartWith("·"));
        assertThat(page.select("article.claim dd").text()).contains("The ministry (Organisation)")
                .doesNotContain("Organization");
        assertThat(page.select("script[type=application/ld+json]").first().data()).contains("\"Organization\"");

        Document articlePage = Jsoup.parse(Browser.anonymous().get("/public/articles/" + article).then()
                .statusCode(200).extract().asString());
        assertThat(articlePage.select("h1").text()).isEqualTo(title);
        assertThat(articlePage.select("header p.meta").first().text()).isEqualTo("by Jane Doe · published 2016-07-14");

        // The desk: the claim's timeline quotes it with one closing mark; the reader's <q> is told not to add one.
        Desk.Session reviewer = Desk.Session.of(Api.REVIEWER);
        Document history = Jsoup.parse(Browser.withSession(reviewer.session()).get("/claims/" + claim + "/history")
                .then().statusCode(200).extract().asString());
        assertThat(history.text()).contains("\u201c" + QUOTE).doesNotContain("\u201d\u201d");
        Document reader = Jsoup.parse(Browser.withSession(reviewer.session()).get("/articles/" + article)
                .then().statusCode(200).extract().asString());
        assertThat(reader.select("li[data-claim-id=" + claim + "] q.claim-quote").attr("class"))
                .isEqualTo("claim-quote has-close-mark");
    }
}
