package io.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.system.ChainHead;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A second index over the same database, as another instance of the desk would keep it: built from the
 * database, then kept current from the history alone, while the changes go through this instance's API
 * (docs/matching.md, "Index"). Run on PostgreSQL too ({@code -Ppostgresql}).
 */
@QuarkusTest
class MatchCatchUpTest {

    @Inject
    MatchingConfig config;

    @Inject
    ClaimDocuments documents;

    @Inject
    ChainHead head;

    @Inject
    MatchIndex index;

    private static List<Long> idsFound(MatchIndex other, String text) throws Exception {
        try (MatchIndex.View view = other.view()) {
            return view.candidates(other.terms(text), null, 10).stream().map(c -> c.claim().id()).toList();
        }
    }

    @Test
    void anotherInstancesIndexCatchesUpFromTheHistory() throws Exception {
        MatchIndex other = new MatchIndex(config, documents, head);
        String island;
        long claim;
        other.open(new ByteBuffersDirectory());
        try {
            assertThat(other.indexedSeq()).isEqualTo(head.current().seq());
            try (MatchIndex.View view = other.view()) {
                assertThat(view.size()).isGreaterThanOrEqualTo(5); // the demo claims at least
            }

            String lake = Articles.unique("Zorbalake");
            long article = Articles.importText(Articles.unique("Lake "),
                    "The water level of " + lake + " dropped by two metres this summer.").id();
            claim = Articles.markClaim(article, Map.of("quote", Map.of("exact", "dropped by two metres"),
                    "topic", "Other", "statement", "The level of " + lake + " dropped by two metres."));
            // first: other claims of the suite may share "water" or "level", none the lake's name
            assertThat(idsFound(other, lake + " water level")).first().isEqualTo(claim);
            assertThat(other.indexedSeq()).isEqualTo(head.current().seq());

            // An edit is an event too: the other instance finds the claim by its new words.
            island = Articles.unique("Zorbisle");
            Api.asReviewer().body(Map.of("statement", "The level of the lake at " + island + " dropped.", "version", 0))
                    .when().patch("/api/claims/{id}", claim).then().statusCode(200);
            assertThat(idsFound(other, island)).containsExactly(claim);
            assertThat(idsFound(other, lake)).doesNotContain(claim); // its old words are gone
        } finally {
            other.close();
        }
        // this instance's own index, caught up the same way, agrees
        assertThat(idsFound(index, "lake " + island)).contains(claim);
    }
}
