package io.factdesk.claim;

import io.factdesk.system.NamedValues;

/** The review states of docs/review.md. Claims start as NEW. */
public enum ClaimState {
    NEW("New"), RESEARCHING("Researching"), IN_REVIEW("In review"), APPROVED("Approved"), PUBLISHED("Published"),
    DISMISSED("Dismissed");

    private final String label;

    ClaimState(String label) {
        this.label = label;
    }

    /** Fields, verdict and evidence change only while a claim is being researched. */
    public boolean isEditable() {
        return this == NEW || this == RESEARCHING;
    }

    /** Reads a state a client sent (any case); null for none, a 422 naming the field for an unknown one. */
    public static ClaimState parse(String field, String name) {
        return NamedValues.parse(values(), ClaimState::label, field, "state", name);
    }

    /** "NEW (new), RESEARCHING (researching), … or DISMISSED (dismissed)": what a client may send. */
    public static String accepted() {
        return NamedValues.accepted(values(), ClaimState::label);
    }

    public String label() {
        return label;
    }
}
