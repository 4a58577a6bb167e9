package io.factdesk.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The values of an enum as the API takes them (its names, in any case) and as a refusal lists them, each
 * with its meaning in the desk's words: {@code NEW (new), RESEARCHING (researching) or …}.
 */
public final class NamedValues {

    private NamedValues() {
    }

    /**
     * The value named {@code name} (any case, spaces around ignored); null for none, and a 422 naming
     * {@code field} for an unknown one, whose message names the field too and lists the accepted values.
     *
     * @param what the kind of value, for the message ("state", "reason")
     */
    public static <E extends Enum<E>> E parse(E[] values, Function<E, String> label, String field, String what,
            String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "Unknown " + what + " '" + name.strip() + "' in \""
                        + field + "\": use one of " + accepted(values, label) + "."));
    }

    /** "A (a), B (b) or C (c)": the names a client may send, each with its label in lower case. */
    public static <E extends Enum<E>> String accepted(E[] values, Function<E, String> label) {
        List<String> each = Arrays.stream(values)
                .map(v -> v.name() + " (" + label.apply(v).toLowerCase(Locale.ROOT) + ")").toList();
        return each.size() == 1 ? each.get(0)
                : String.join(", ", each.subList(0, each.size() - 1)) + " or " + each.get(each.size() - 1);
    }
}
