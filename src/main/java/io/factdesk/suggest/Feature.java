package io.factdesk.suggest;

/**
 * The yes/no features of a sentence (docs/suggestions.md), in the style of Full Fact's published
 * method: six that speak for checking it, five against. Their weights are learned, not set here.
 */
public enum Feature {
    QUANTITY("a figure"),
    DATE("a date"),
    COMPARISON("a comparison or trend"),
    ATTRIBUTION("attributed"),
    NAMED_ACTOR("a named actor"),
    CAUSE("a cause"),
    QUESTION("a question"),
    FUTURE("a hope, plan or future"),
    OPINION("opinion or feeling"),
    SCENE("scene-setting"),
    QUOTATION("a direct quotation");

    private final String words;

    Feature(String words) {
        this.words = words;
    }

    /** The feature in plain words, as a reason starts: "a figure", "attributed". */
    public String words() {
        return words;
    }
}
