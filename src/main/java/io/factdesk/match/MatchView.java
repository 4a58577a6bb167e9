package io.factdesk.match;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One match as the API sends it (docs/api.md, "Matches"): {@code kind} "claim" (library entries come
 * later), its score from 0 to 1, whether it is likely the same claim, what differs, and what a reviewer
 * needs to judge it: statement, verdict, state, its page and when it was published. {@code overlap}: a
 * claim of the same article on words that overlap the ones given.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MatchView(String kind, long id, double score, boolean same, List<String> differences,
        String statement, String verdict, String state, String url, Instant publishedAt, long articleId,
        boolean overlap) {

    /** The answer: matches, best first. */
    public record Items(List<MatchView> items) {
    }
}
