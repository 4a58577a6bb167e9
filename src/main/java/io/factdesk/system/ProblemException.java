package io.factdesk.system;

import java.util.List;
import java.util.Map;

/**
 * A refusal the domain or the request parser decided on. Services throw it; the API maps it to
 * problem+json and the pages show its detail and field errors next to the form.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extra;

    public ProblemException(int status, String slug, String title, String detail,
            List<Problem.FieldError> errors, Map<String, Object> extra) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist.", null, null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(422, "invalid-request", "The request is not valid", message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message()
                : errors.size() + " fields are not valid.";
        return new ProblemException(422, "invalid-request", "The request is not valid", detail, errors, null);
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "malformed-request", "The request is malformed", message,
                field == null ? null : List.of(new Problem.FieldError(field, message)), null);
    }

    public static ProblemException staleVersion(String what, long current) {
        return new ProblemException(409, "stale-version", "Edited by someone else",
                what + " was changed by someone else since you loaded it (now at version " + current
                        + "). Reload it and apply your change again.",
                null, Map.of("currentVersion", current));
    }

    /**
     * Optimistic locking at the boundary: an edit names the version it started from, and is refused
     * when it is missing (422) or when someone else saved in the meantime (409).
     */
    public static void checkVersion(Long given, long current, String what) {
        if (given == null) {
            throw invalid("version", "version is required: the version of the " + what.toLowerCase()
                    .replaceAll(" .*", "") + " you edited.");
        }
        if (given != current) {
            throw staleVersion(what, current);
        }
    }

    public static ProblemException forbidden(String reason) {
        return new ProblemException(403, "forbidden", "Not allowed", reason, null, null);
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Problem toProblem() {
        return new Problem(ProblemResponses.TYPE_BASE + slug, title, status, getMessage(), errors, extra);
    }

    /** The message for one field, or null: pages show it next to that field. */
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(Problem.FieldError::message)
                .findFirst().orElse(null);
    }
}
