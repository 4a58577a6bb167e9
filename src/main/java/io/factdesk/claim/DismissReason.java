package io.factdesk.claim;

import io.factdesk.system.NamedValues;

/** Why an editor dismissed a claim (docs/review.md: not check-worthy, opinion, duplicate of claim X, other). */
public enum DismissReason {
    NOT_CHECK_WORTHY("Not check-worthy"), OPINION("Opinion"), DUPLICATE("Duplicate of another claim"),
    OTHER("Other");

    private final String label;

    DismissReason(String label) {
        this.label = label;
    }

    /**
     * Reads a reason a client sent (any case); null for none, a 422 naming the field for an unknown one,
     * whose message names the field too and lists the values as the API takes them, each with its meaning.
     */
    public static DismissReason parse(String field, String name) {
        return NamedValues.parse(values(), DismissReason::label, field, "reason", name);
    }

    /** "NOT_CHECK_WORTHY (not check-worthy), OPINION (opinion), … or OTHER (other)": what a client may send. */
    public static String accepted() {
        return NamedValues.accepted(values(), DismissReason::label);
    }

    public String label() {
        return label;
    }
}
