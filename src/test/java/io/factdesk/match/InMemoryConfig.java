package io.factdesk.match;

/**
 * The matching settings of an index kept in memory, for the measurements that build one without Quarkus
 * ({@link MatchingQuality}, {@link SemanticExperiment}, {@link MatchSpeedCheck}).
 */
record InMemoryConfig(double sameThreshold, double relatedThreshold, int candidates, int libraryCandidates,
        int maxResults) implements MatchingConfig {

    @Override
    public String indexDir() {
        return "unused";
    }

    @Override
    public boolean inMemory() {
        return true;
    }
}
