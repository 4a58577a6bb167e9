package io.factdesk.review;

/** The review states of product.md. Claims start as NEW. */
public enum ClaimState {
    NEW("New"), RESEARCHING("Researching"), IN_REVIEW("In review"), APPROVED("Approved"), PUBLISHED("Published"),
    DISMISSED("Dismissed");

    private final String label;

    ClaimState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
