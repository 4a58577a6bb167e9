package io.factdesk.system;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a request, field by field, so that the caller hears about every
 * problem at once (a 422 listing each field) rather than one per attempt.
 */
public final class FieldChecks {

    /**
     * Kinds of free text users type, each with the name its messages give it and its longest allowed
     * length in code points, which {@link Limits} declares; checked with {@link #text}.
     */
    public enum Text {
        STATEMENT("Statement", Limits.STATEMENT),
        CLAIMANT("Claimant", Limits.CLAIMANT),
        RATIONALE("Rationale", Limits.RATIONALE),
        COMMENT("The comment", Limits.COMMENT),
        /** The note of a move (send back, reopen, restore, dismiss, approve, publish...), kept in the history. */
        MOVE_NOTE("The note", Limits.MOVE_NOTE),
        EVIDENCE_EXCERPT("Excerpt", Limits.EVIDENCE_EXCERPT),
        EVIDENCE_NOTE("Note", Limits.EVIDENCE_NOTE),
        SOURCE_TITLE("Title", Limits.TITLE),
        SOURCE_NAME("Name", Limits.PUBLISHER_OR_AUTHOR);

        private final String label;
        private final int max;

        Text(String label, int max) {
            this.label = label;
            this.max = max;
        }

        /** The longest text allowed, in code points. */
        public int max() {
            return max;
        }

        public String label() {
            return label;
        }
    }

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public FieldChecks require(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            add(field, label + " is required.");
        }
        return this;
    }

    public FieldChecks maxLength(String field, String value, int max, String label) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(field, label + " must be at most " + max + " characters.");
        }
        return this;
    }

    /** Free text of a declared kind: at most its length, said with the field's name. */
    public FieldChecks text(String field, String value, Text kind) {
        return maxLength(field, value, kind.max(), kind.label());
    }

    /** An optional http(s) URL; anything else (javascript:, data:, file:...) is refused. */
    public FieldChecks httpUrl(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            return this;
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                add(field, label + " must be an http:// or https:// address.");
            }
        } catch (java.net.URISyntaxException e) {
            add(field, label + " is not a valid address.");
        }
        return this;
    }

    public LocalDate date(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            add(field, label + " must be a date written as YYYY-MM-DD.");
            return null;
        }
    }

    public FieldChecks add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws a 422 listing every field error collected so far. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
