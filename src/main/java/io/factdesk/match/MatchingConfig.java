package io.factdesk.match;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code factdesk.matching.*}: where the claim index (claims and library entries) lives and how close a match must be
 * (docs/matching.md). Owned here, beside the index, since {@code system.FactdeskConfig} knows no feature.
 */
@ConfigMapping(prefix = "factdesk.matching")
public interface MatchingConfig {

    /**
     * The folder of the Lucene index, beside the H2 database by default. Derived data: deleting it makes
     * the next start rebuild it from the database. One folder per running instance.
     */
    @WithDefault("data/match-index")
    String indexDir();

    /** Keep the index in memory only (rebuilt at every start): for tests. */
    @WithDefault("false")
    boolean inMemory();

    /**
     * The score (0 to 1) from which a match without differences is "likely the same claim": chosen on the training
     * part of the fixture set (docs/matching.md, "Quality").
     */
    @WithDefault("0.4")
    double sameThreshold();

    /** The score (0 to 1) from which a match is listed as related; below it, not listed. */
    @WithDefault("0.3")
    double relatedThreshold();

    /** How many BM25 candidates among the claims are scored and guarded for each question. */
    @WithDefault("50")
    int candidates();

    /**
     * How many BM25 candidates among the fact-check library's entries are scored and guarded for each question,
     * apart from the claims' own, so that a large library does not crowd the desk's claims out.
     */
    @WithDefault("50")
    int libraryCandidates();

    /** How many matches an answer lists at most. */
    @WithDefault("10")
    int maxResults();
}
