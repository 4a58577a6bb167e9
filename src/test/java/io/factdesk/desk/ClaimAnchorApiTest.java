package io.factdesk.desk;

import static io.factdesk.desk.VersionEdits.QUOTE;
import static io.factdesk.desk.VersionEdits.REPAIRS;
import static io.factdesk.desk.VersionEdits.V1;
import static io.factdesk.desk.VersionEdits.V2;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/claims/{id}/anchor}: a claim's anchor in every version, and where an orphaned one may go. */
@QuarkusTest
class ClaimAnchorApiTest {

    private static JsonPath anchor(long claim) {
        return Api.asReviewer().get("/api/claims/{id}/anchor", claim).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anOrphanedClaimHasItsAnchorInEachVersionAndCandidatesComputedNow() {
        VersionEdits.Edited e = VersionEdits.edited();
        JsonPath orphaned = anchor(e.quote());
        assertThat(orphaned.getInt("markedVersion")).isEqualTo(1);
        assertThat(orphaned.getInt("currentVersion")).isEqualTo(2);
        assertThat(orphaned.getString("outcome")).isEqualTo("ORPHANED");
        assertThat(orphaned.getBoolean("flagged")).isTrue();
        assertThat(orphaned.getList("anchors.version", Integer.class)).containsExactly(1, 2);
        assertThat(orphaned.getList("anchors.outcome", String.class)).containsExactly("MARKED", "ORPHANED");
        assertThat(orphaned.getInt("anchors[0].start")).isEqualTo(V1.indexOf(QUOTE));
        assertThat(orphaned.getString("anchors[0].exact")).isEqualTo(QUOTE);
        assertThat((Object) orphaned.get("anchors[1].start")).isNull();
        assertThat(orphaned.getInt("candidatesFrom")).isEqualTo(1);
        // Both places where the quote stands now, best first, each with its text and score.
        assertThat(orphaned.getList("candidates.exact", String.class)).containsExactly(QUOTE, QUOTE);
        assertThat(orphaned.getList("candidates.start", Integer.class))
                .containsExactlyInAnyOrder(V2.indexOf(QUOTE), V2.lastIndexOf(QUOTE));
        assertThat(orphaned.getInt("candidates[0].end") - orphaned.getInt("candidates[0].start"))
                .isEqualTo(QUOTE.length());
        assertThat(orphaned.getDouble("candidates[0].score")).isGreaterThanOrEqualTo(
                orphaned.getDouble("candidates[1].score"));

        // A moved claim stands: no candidates.
        JsonPath moved = anchor(e.repairs());
        assertThat(moved.getList("anchors.outcome", String.class)).containsExactly("MARKED", "MOVED");
        assertThat(moved.getInt("anchors[1].start")).isEqualTo(V2.indexOf(REPAIRS));
        assertThat(moved.getList("candidates")).isEmpty();
        assertThat((Object) moved.get("candidatesFrom")).isNull();

        // Placed on the first candidate, the claim stands again and needs no candidates.
        int start = orphaned.getInt("candidates[0].start");
        Api.asReviewer().body(Map.of("start", start, "end", start + QUOTE.length(), "version", 2))
                .post("/api/claims/{id}/anchor", e.quote()).then().statusCode(200);
        JsonPath placed = anchor(e.quote());
        assertThat(placed.getList("anchors.outcome", String.class)).containsExactly("MARKED", "PLACED");
        assertThat(placed.getBoolean("flagged")).isFalse();
        assertThat(placed.getList("candidates")).isEmpty();

        Api.asReviewer().get("/api/claims/{id}/anchor", 999_999_999L).then().spec(Problems.problem(404, "not-found"));
    }
}
