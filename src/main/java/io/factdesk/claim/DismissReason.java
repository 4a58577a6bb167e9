package io.factdesk.claim;

import io.factdesk.system.ProblemException;
import java.util.Arrays;

/** Why an editor dismissed a claim (docs/review.md: not check-worthy, opinion, duplicate of claim X, other). */
public enum DismissReason {
    NOT_CHECK_WORTHY("Not check-worthy"), OPINION("Opinion"), DUPLICATE("Duplicate of another claim"),
    OTHER("Other");

    private final String label;

    DismissReason(String label) {
        this.label = label;
    }

    /** Reads a reason a client sent (any case); null for none, a 422 naming the field for an unknown one. */
    public static DismissReason parse(String field, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "Unknown reason '" + name
                        + "': use one of " + Arrays.toString(values()) + "."));
    }

    public String label() {
        return label;
    }
}
