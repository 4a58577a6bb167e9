package io.factdesk.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How far a source can be trusted, on the source-reliability scale of the Admiralty (NATO) system
 * that intelligence analysts and OSINT fact-checkers use: A best, E worst, F when it cannot be
 * judged yet. A new source is F until someone grades it. See docs/sources.md.
 */
public enum Reliability {
    A("Completely reliable"), B("Usually reliable"), C("Fairly reliable"), D("Not usually reliable"),
    E("Unreliable"), F("Cannot be judged");

    private final String label;

    Reliability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Reliability> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
