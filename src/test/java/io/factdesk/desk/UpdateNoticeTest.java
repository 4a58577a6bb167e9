package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the reader words what a new version did to the claims, after "Check for updates". */
class UpdateNoticeTest {

    @Test
    void everyOutcomeInTheOrderTheReviewerReadsThem() {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        outcomes.put("ORPHANED", 1L);
        outcomes.put("CHANGED", 1L);
        outcomes.put("UNCHANGED", 3L);
        outcomes.put("MOVED", 1L);
        assertThat(ArticlePages.placedClaims(outcomes))
                .isEqualTo("3 claims unchanged, 1 moved, 1 changed, 1 could not be placed");
    }

    @Test
    void oneClaimAndNone() {
        assertThat(ArticlePages.placedClaims(Map.of("CHANGED", 1L))).isEqualTo("1 claim changed");
        assertThat(ArticlePages.placedClaims(Map.of("MOVED", 2L, "ORPHANED", 0L))).isEqualTo("2 claims moved");
        assertThat(ArticlePages.placedClaims(Map.of())).isEqualTo("no claims to place");
    }
}
