package io.factdesk.system;

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
}
