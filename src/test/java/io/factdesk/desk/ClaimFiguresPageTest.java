package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Articles.ImportedArticle;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The claim page's "Figures and dates read from the quote", as a signed-in reviewer sees it. */
@QuarkusTest
class ClaimFiguresPageTest {

    private static Document page(long claim) {
        return Browser.open(Browser.signIn(Api.REVIEWER), "/claims/" + claim).html();
    }

    private static List<String> cells(Element row) {
        return row.select("td").eachText();
    }

    @Test
    void aFigureIsShownWithItsValueBoundsAndWhatItCounts() {
        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(), "killing more than 450.000 Syrians", "Casualty figures");

        Element section = page(claim).getElementById("figures");
        assertThat(section).as("the quote holds a figure").isNotNull();
        assertThat(section.selectFirst("h2").text()).isEqualTo("Figures and dates read from the quote");
        assertThat(section.select("table.figures tbody tr")).hasSize(1);
        assertThat(cells(section.selectFirst("table.figures tbody tr")))
                .containsExactly("more than 450.000 Syrians", "450,000", "at least 450,000", "people");
        assertThat(section.select("table.dates")).as("no date in this quote").isEmpty();
    }

    @Test
    void aRelativeDateIsReadFromThePublicationDateWithItsPrecision() {
        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(),
                "launched air strikes in support of regime forces last September", "Military cooperation");

        Element section = page(claim).getElementById("figures");
        assertThat(section).isNotNull();
        assertThat(cells(section.selectFirst("table.dates tbody tr")))
                .containsExactly("last September", "September 2015", "a month");
        assertThat(section.select("table.figures")).as("no figure in this quote").isEmpty();
    }

    @Test
    void aQuoteWithoutFiguresOrDatesShowsNoSuchSection() {
        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(),
                "the United States is not conducting or coordinating military operations with Russia",
                "Military cooperation");

        Document page = page(claim);
        assertThat(page.getElementById("workflow")).as("the claim page itself").isNotNull();
        assertThat(page.getElementById("figures")).isNull();
        assertThat(page.text()).doesNotContain("Figures and dates read from the quote");
    }
}
