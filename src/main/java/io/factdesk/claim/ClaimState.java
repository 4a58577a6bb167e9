package io.factdesk.claim;

import io.factdesk.system.ProblemException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "Unknown state '" + name.strip() + "' in \""
                        + field + "\": use one of " + accepted() + "."));
    }

    /** "NEW (new), RESEARCHING (researching), … or DISMISSED (dismissed)": what a client may send. */
    public static String accepted() {
        List<String> each = Arrays.stream(values())
                .map(s -> s.name() + " (" + s.label.toLowerCase(Locale.ROOT) + ")").toList();
        return String.join(", ", each.subList(0, each.size() - 1)) + " or " + each.get(each.size() - 1);
    }

    public String label() {
        return label;
    }
}
