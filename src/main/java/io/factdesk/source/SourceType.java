package io.factdesk.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What kind of document a source is (docs/sources.md). JSON, SQL and the forms use the constant's name. */
public enum SourceType {
    OFFICIAL_STATEMENT("Official statement"), PRIMARY_DOCUMENT("Primary document"), DATA_SET("Data set"),
    NEWS_REPORT("News report"), EXPERT("Expert"), OTHER("Other");

    private final String label;

    SourceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a type case-insensitively; "news-report" and "news report" are read as NEWS_REPORT too. */
    public static Optional<SourceType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
