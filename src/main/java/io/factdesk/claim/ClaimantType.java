package io.factdesk.claim;

import java.util.Locale;
import java.util.Optional;

/** Who made a claim: schema.org ClaimReview names the claimant as a Person or an Organization. */
public enum ClaimantType {
    PERSON("Person"), ORGANIZATION("Organization");

    private final String schemaType;

    ClaimantType(String schemaType) {
        this.schemaType = schemaType;
    }

    /** The schema.org type: {@code Person} or {@code Organization}. */
    public String schemaType() {
        return schemaType;
    }

    /** Reads {@code person}/{@code organization} in any case; empty for anything else. */
    public static Optional<ClaimantType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
