package io.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.figures.QuoteReading;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Articles.ImportedArticle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stored readings claim search filters on are made again where they are missing or were made by
 * older readers: a search on them never misses a claim because of how its reading was kept.
 */
@QuarkusTest
class ClaimReadingsTest {

    @Inject
    ClaimReadings readings;

    @Inject
    EntityManager em;

    @Test
    void aMissingOrOutdatedReadingIsReadAgain() {
        ImportedArticle article = Articles.importDemoCopy();
        long missing = Articles.markByQuote(article.id(), "killing more than 450.000 Syrians", "Casualty figures");
        long outdated = Articles.markByQuote(article.id(),
                "launched air strikes in support of regime forces last September", "Military cooperation");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("delete from ClaimReading r where r.claimId = :c").setParameter("c", missing)
                    .executeUpdate();
            em.createQuery("update ClaimReading r set r.readerVersion = 0, r.dates = 0 where r.claimId = :c")
                    .setParameter("c", outdated).executeUpdate();
            em.createQuery("delete from ClaimReadingDate d where d.claimId = :c").setParameter("c", outdated)
                    .executeUpdate();
        });
        // (Another page size than below: search answers are kept per chain head, which this did not move.)
        assertThat(search(article, "hasFigure=true&size=99")).isEmpty();

        assertThat(readings.catchUp()).isGreaterThanOrEqualTo(2);

        assertThat(search(article, "hasFigure=true")).containsExactly(missing);
        assertThat(search(article, "datesFrom=2015-09&datesTo=2015-09")).containsExactly(outdated);
        ClaimReading again = QuarkusTransaction.requiringNew().call(() -> em.find(ClaimReading.class, outdated));
        assertThat(again.readerVersion).isEqualTo(QuoteReading.READER_VERSION);
        assertThat(again.dates).isEqualTo(1);
        assertThat(readings.catchUp()).as("nothing left to read").isZero();
    }

    private static List<Long> search(ImportedArticle article, String filter) {
        return Api.asReviewer().when().get("/api/claims?article={a}&" + filter, article.id()).then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }
}
