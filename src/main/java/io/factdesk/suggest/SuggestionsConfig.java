package io.factdesk.suggest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/**
 * {@code factdesk.suggestions.*}: how the desk uses the engine. Owned here, beside the engine, since
 * {@code system.FactdeskConfig} knows no feature.
 */
@ConfigMapping(prefix = "factdesk.suggestions")
public interface SuggestionsConfig {

    /**
     * The check-worthiness score (0 to 1) from which a sentence is suggested; unset, the threshold learned
     * with the weights ({@code suggest/weights.properties}, docs/suggestions.md). Higher: fewer, surer
     * suggestions; lower: more of them, more noise.
     */
    Optional<Double> threshold();

    /**
     * Memory, in characters of suggestion text, for what the engine read of each article's body, kept
     * until evicted (least recently used first); a 1 MiB article weighs well under a tenth of the default.
     */
    @WithName("cache-max-weight")
    @WithDefault("16000000")
    long cacheMaxWeight();
}
