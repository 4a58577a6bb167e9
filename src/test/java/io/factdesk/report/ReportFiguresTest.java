package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Articles.ImportedArticle;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The figures and dates read from each claim's quote, in the JSON and CSV reports as a client downloads
 * them: the same values as {@code GET /api/claims/{id}}, relative dates read from the article's
 * publication date.
 */
@QuarkusTest
class ReportFiguresTest {

    @Test
    void theJsonAndCsvReportsGiveEachClaimsFiguresAndDates() throws IOException {
        ImportedArticle article = Articles.importDemoCopy();
        long figure = Articles.markByQuote(article.id(), "killing more than 450.000 Syrians", "Casualty figures");
        long date = Articles.markByQuote(article.id(),
                "launched air strikes in support of regime forces last September", "Military cooperation");
        String report = "/api/articles/" + article.id() + "/report?public=false&format=";

        JsonPath json = Api.asReviewer().get(report + "json").then().statusCode(200).extract().jsonPath();
        String byFigure = "claims.find { it.id == " + figure + " }.";
        String byDate = "claims.find { it.id == " + date + " }.";
        assertThat(json.getString(byFigure + "figures[0].text")).isEqualTo("more than 450.000 Syrians");
        assertThat(json.getDouble(byFigure + "figures[0].low")).isEqualTo(450000.0);
        assertThat(json.getString(byFigure + "figures[0].high")).isNull();
        assertThat(json.getString(byFigure + "figures[0].unit")).isEqualTo("people");
        assertThat(json.getInt(byFigure + "figures[0].start")).isEqualTo(article.offsetOf("more than 450.000 Syrians"));
        assertThat(json.getList(byFigure + "dates")).isEmpty();
        assertThat(json.getString(byDate + "dates[0].value")).as("September before 14 July 2016").isEqualTo("2015-09");
        assertThat(json.getString(byDate + "dates[0].precision")).isEqualTo("month");
        assertThat(json.getList(byDate + "figures")).isEmpty();
        // The same shapes as the claim's own figures.
        JsonPath own = Api.asReviewer().get("/api/claims/{id}", figure).then().statusCode(200).extract()
                .jsonPath();
        assertThat(json.getMap(byFigure + "figures[0]")).isEqualTo(own.getMap("figures[0]"));

        String csv = Api.asReviewer().get(report + "csv").then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        CSVRecord figureRow = rows.stream().filter(r -> r.get("claim_id").equals(String.valueOf(figure))).findFirst()
                .orElseThrow();
        CSVRecord dateRow = rows.stream().filter(r -> r.get("claim_id").equals(String.valueOf(date))).findFirst()
                .orElseThrow();
        assertThat(figureRow.get("figures")).isEqualTo("450000 people (at least)");
        assertThat(figureRow.get("dates")).isEmpty();
        assertThat(dateRow.get("dates")).isEqualTo("2015-09");
        assertThat(dateRow.get("figures")).isEmpty();
    }
}
