package io.factdesk.system;

import java.util.Optional;

/**
 * Reads numeric query parameters. JAX-RS answers 404 when it cannot convert one; a caller who
 * typed {@code ?page=first} deserves a 400 that names the parameter, so endpoints take strings.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Long optionalLong(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "The parameter '" + name + "' must be a whole number, not '"
                    + value + "'.");
        }
    }

    public static Integer optionalInt(String name, String value) {
        Long number = optionalLong(name, value);
        if (number != null && (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE)) {
            throw ProblemException.badRequest(name, "The parameter '" + name + "' is out of range.");
        }
        return number == null ? null : number.intValue();
    }

    /**
     * The id that a text names: digits that fit a long. Longer digits name no row, as an unknown id
     * does, so that a caller who sends 99999999999999999999 is told the id is unknown, not a 500.
     */
    public static Optional<Long> id(String value) {
        String digits = value == null ? "" : value.strip();
        if (!digits.matches("\\d{1,19}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
