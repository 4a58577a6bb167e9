package io.factdesk.claim;

import io.factdesk.system.ProblemException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "Unknown reason '" + name.strip() + "' in \""
                        + field + "\": use one of " + accepted() + "."));
    }

    /** "NOT_CHECK_WORTHY (not check-worthy), OPINION (opinion), … or OTHER (other)": what a client may send. */
    public static String accepted() {
        List<String> each = Arrays.stream(values())
                .map(r -> r.name() + " (" + r.label.toLowerCase(Locale.ROOT) + ")").toList();
        return String.join(", ", each.subList(0, each.size() - 1)) + " or " + each.get(each.size() - 1);
    }

    public String label() {
        return label;
    }
}
