package io.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Articles.ImportedArticle;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures and dates of a claim's quote as values in the claim's own JSON, and the claim search's
 * filters on them ({@code hasFigure}, {@code datesFrom}, {@code datesTo}; docs/api.md).
 */
@QuarkusTest
class ClaimFiguresTest {

    private static final String FIGURE = "killing more than 450.000 Syrians";
    private static final String DATED = "launched air strikes in support of regime forces last September";
    private static final String PLAIN = "US-Russian cooperation";

    @Test
    void aClaimsQuoteIsReadAsFiguresWithBounds() {
        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(), FIGURE, "Casualty figures");
        int at = article.offsetOf(FIGURE);

        Api.asReviewer().when().get("/api/claims/{id}", claim)
                .then().statusCode(200).body("quote.exact", equalTo(FIGURE)).body("figures", hasSize(1))
                .body("figures[0].text", equalTo("more than 450.000 Syrians"))
                .body("figures[0].start", equalTo(article.offsetOf("more than 450.000 Syrians")))
                .body("figures[0].end", equalTo(at + FIGURE.length()))
                .body("figures[0].value", equalTo(450000.0f)).body("figures[0].low", equalTo(450000.0f))
                .body("figures[0].high", nullValue()).body("figures[0].unit", equalTo("people"))
                .body("figures[0].approximate", equalTo(false))
                .body("dates", empty());
    }

    @Test
    void relativeDatesAreReadAgainstThePublicationDate() {
        ImportedArticle article = Articles.importDemoCopy();
        long claim = Articles.markByQuote(article.id(), DATED, "Military cooperation");

        Api.asReviewer().when().get("/api/claims/{id}", claim)
                .then().statusCode(200).body("figures", empty()).body("dates", hasSize(1))
                .body("dates[0].text", equalTo("last September")).body("dates[0].value", equalTo("2015-09"))
                .body("dates[0].precision", equalTo("month"))
                .body("dates[0].start", equalTo(article.offsetOf("last September")));
        Api.asReviewer().when().get("/api/claims?article={a}", article.id())
                .then().statusCode(200).body("items[0].dates[0].value", equalTo("2015-09"));
    }

    @Test
    void searchFindsClaimsWithAFigureOrWithout() {
        ImportedArticle article = Articles.importDemoCopy();
        long figure = Articles.markByQuote(article.id(), FIGURE, "Casualty figures");
        long dated = Articles.markByQuote(article.id(), DATED, "Military cooperation");
        long plain = Articles.markByQuote(article.id(), PLAIN, "Military cooperation");

        Api.asReviewer().when().get("/api/claims?article={a}&hasFigure=true", article.id())
                .then().statusCode(200).body("items.id", contains((int) figure)).body("total", equalTo(1));
        Api.asReviewer().when().get("/api/claims?article={a}&hasFigure=false", article.id())
                .then().statusCode(200).body("items.id", containsInAnyOrder((int) dated, (int) plain));
    }

    @Test
    void searchFindsClaimsThatMentionADateInARange() {
        ImportedArticle article = Articles.importDemoCopy();
        Articles.markByQuote(article.id(), FIGURE, "Casualty figures");
        long dated = Articles.markByQuote(article.id(), DATED, "Military cooperation");

        // "last September" is September 2015: any range that touches a day of it finds the claim.
        for (String range : new String[] { "datesFrom=2015", "datesFrom=2015-09-30", "datesTo=2015-09-01",
                "datesFrom=2015-01&datesTo=2015-12", "datesFrom=2015-09&datesTo=2015-09" }) {
            assertThat(ids(article, range)).as(range).containsExactly(dated);
        }
        for (String range : new String[] { "datesFrom=2015-10", "datesTo=2015-08-31", "datesFrom=2016&datesTo=2017" }) {
            assertThat(ids(article, range)).as(range).isEmpty();
        }
    }

    private static List<Long> ids(ImportedArticle article, String filter) {
        return Api.asReviewer().when().get("/api/claims?article={a}&" + filter, article.id()).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
    }

    @Test
    void filtersThatMeanNothingAreRefusedByName() {
        Api.asReviewer().when().get("/api/claims?hasFigure=maybe").then().spec(Problems.problem(400))
                .body("errors[0].field", equalTo("hasFigure")).body("errors[0].message", containsString("maybe"));
        Api.asReviewer().when().get("/api/claims?datesFrom=July").then().spec(Problems.problem(400))
                .body("errors[0].field", equalTo("datesFrom"));
        Api.asReviewer().when().get("/api/claims?datesTo=2016-13").then().spec(Problems.problem(400))
                .body("errors[0].field", equalTo("datesTo"));
        Api.asReviewer().when().get("/api/claims?datesFrom=2017&datesTo=2016").then().spec(Problems.problem(400))
                .body("errors[0].field", equalTo("datesTo")).body("errors[0].message", containsString("before"));
    }

    @Test
    void refusals() {
        Api.asReviewer().when().get("/api/claims/{id}", Long.MAX_VALUE).then().spec(Problems.problem(404));
        Api.anonymous().when().get("/api/claims/{id}", 1).then().spec(Problems.problem(401));
    }
}
