package io.factdesk.suggest;

import io.smallrye.config.ConfigMapping;
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
}
