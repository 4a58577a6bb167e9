package io.factdesk.match;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One match as the API sends it (docs/api.md, "Matches"): {@code kind} "claim" or "library", its score from
 * 0 to 1, whether it is likely the same claim, what differs, and what a reviewer needs to judge it:
 * statement, claimant, verdict, state (claims only), its page, when it was published and {@code where}
 * (a claim's article and publisher; a library entry's reviewing organisation). {@code articleId}: a
 * claim's article, null for a library entry. {@code overlap}: a claim of the same article on words that
 * overlap the ones given.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MatchView(String kind, long id, double score, boolean same, List<String> differences,
        String statement, String claimant, String verdict, String state, String url, Instant publishedAt,
        String where, Long articleId, boolean overlap) {

    /** The answer: matches, best first. */
    public record Items(List<MatchView> items) {
    }
}
