package io.factdesk.source;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a piece of evidence does for its claim. Spelled lower-case everywhere outside Java ("supports",
 * as docs/sources.md writes it): in JSON, in the database, in form values and CSS classes.
 */
public enum Stance {
    SUPPORTS("Supports"), REFUTES("Refutes"), CONTEXT("Context");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static Optional<Stance> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(s -> s.id().equalsIgnoreCase(value.strip())).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(Stance::id).collect(Collectors.joining(", "));
    }

    /** Stores the lower-case id, so that SQL reads as the API does. */
    @jakarta.persistence.Converter
    public static class Column implements AttributeConverter<Stance, String> {
        @Override
        public String convertToDatabaseColumn(Stance stance) {
            return stance == null ? null : stance.id();
        }

        @Override
        public Stance convertToEntityAttribute(String value) {
            return value == null ? null : parse(value).orElseThrow(
                    () -> new IllegalStateException("Unknown stance in the database: " + value));
        }
    }
}
