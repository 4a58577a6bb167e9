package io.factdesk.suggest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles.ImportedArticle;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The figures and dates of a claim's quote, as values, over {@code GET /api/claims/{id}/figures}. */
@QuarkusTest
class ClaimFiguresApiTest {

    @Test
    void aClaimsQuoteIsReadAsFiguresWithBounds() {
        ImportedArticle article = Articles.importDemoCopy();
        String quote = "killing more than 450.000 Syrians";
        long claim = Articles.markByQuote(article.id(), quote, "Casualty figures");
        int at = article.offsetOf(quote);

        Api.asReviewer().when().get("/api/claims/{id}/figures", claim)
                .then().statusCode(200).body("claim", equalTo((int) claim)).body("start", equalTo(at))
                .body("exact", equalTo(quote)).body("figures", hasSize(1))
                .body("figures[0].text", equalTo("more than 450.000 Syrians"))
                .body("figures[0].start", equalTo(article.offsetOf("more than 450.000 Syrians")))
                .body("figures[0].end", equalTo(at + quote.length()))
                .body("figures[0].value", equalTo(450000.0f)).body("figures[0].low", equalTo(450000.0f))
                .body("figures[0].high", nullValue()).body("figures[0].unit", equalTo("people"))
                .body("dates", hasSize(0));
    }

    @Test
    void relativeDatesAreReadAgainstThePublicationDate() {
        ImportedArticle article = Articles.importDemoCopy();
        String quote = "launched air strikes in support of regime forces last September";
        long claim = Articles.markByQuote(article.id(), quote, "Military cooperation");

        Api.asReviewer().when().get("/api/claims/{id}/figures", claim)
                .then().statusCode(200).body("dates", hasSize(1))
                .body("dates[0].text", equalTo("last September")).body("dates[0].value", equalTo("2015-09"))
                .body("dates[0].precision", equalTo("month"))
                .body("dates[0].start", equalTo(article.offsetOf("last September")));
    }

    @Test
    void refusals() {
        Api.asReviewer().when().get("/api/claims/{id}/figures", Long.MAX_VALUE).then().spec(Problems.problem(404));
        Api.anonymous().when().get("/api/claims/{id}/figures", 1).then().spec(Problems.problem(401));
    }
}
