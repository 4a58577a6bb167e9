package io.factdesk.system;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A unique constraint refused a row that the service's own check had let through: another request
 * saved the same value at the same moment. That is a conflict (409) naming the field, on H2 and on
 * PostgreSQL alike, not a server error. Both report a unique violation with SQLSTATE 23505 and the
 * constraint's name in the message (PostgreSQL as it was declared, H2 in capitals).
 */
public final class UniqueViolations {

    static final String UNIQUE_VIOLATION = "23505";

    private record Constraint(String name, String field, String slug, String title, String message) {
    }

    /** The unique constraints of the schema (db/migration) and what a user would call them. */
    private static final List<Constraint> KNOWN = List.of(
            new Constraint("app_user_username_uq", "username", "duplicate-user", "User exists",
                    "This user name is taken."),
            new Constraint("topic_name_uq", "name", "duplicate-topic", "Topic exists",
                    "A topic of this name exists."),
            new Constraint("rating_label_label_uq", "label", "duplicate-label", "Label exists",
                    "This label exists."),
            new Constraint("source_url_key_uq", "url", "duplicate-source", "The source is in the library already",
                    "A source with this address exists."),
            new Constraint("evidence_claim_source_uq", "sourceId", "duplicate-evidence",
                    "The source is linked already", "This source is linked to the claim already."),
            new Constraint("suggestion_dismissal_uq", "start", "duplicate-dismissal", "Dismissed already",
                    "This suggestion is dismissed already."),
            new Constraint("library_entry_review_url_uq", "file", "duplicate-review",
                    "Imported at the same moment", "Another import added one of these reviews; import the file again"
                            + " to update it."));

    private UniqueViolations() {
    }

    /** Whether a unique violation stands anywhere in the causes of {@code e} (H2 and PostgreSQL alike). */
    public static boolean isUniqueViolation(Throwable e) {
        return violation(e).isPresent();
    }

    private static Optional<SQLException> violation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    /** The 409 for a unique violation anywhere in the causes of {@code e}; empty for any other failure. */
    static Optional<Problem> conflict(Throwable e) {
        return violation(e).map(sql -> {
            String text = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
            for (Constraint c : KNOWN) {
                if (text.contains(c.name())) {
                    String detail = c.message() + " It was saved by another request at the same moment;"
                            + " nothing of yours was saved.";
                    return new Problem(ProblemResponses.TYPE_BASE + c.slug(), c.title(), 409, detail,
                            List.of(new Problem.FieldError(c.field(), c.message())), null);
                }
            }
            return ProblemResponses.of(409, "conflict", "Conflict",
                    "Another request saved the same thing at the same moment; nothing of yours was saved."
                            + " Reload and try again.");
        });
    }
}
