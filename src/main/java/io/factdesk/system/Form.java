package io.factdesk.system;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user typed into a form and what was wrong with it, so that a page can be shown again
 * with every value kept and each error next to its field.
 */
public final class Form {

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String message;

    public static Form empty() {
        return new Form();
    }

    public Form with(String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
        return this;
    }

    /** Takes the detail and the field errors of a refusal; fields the form does not show go to the top. */
    public Form failed(ProblemException e) {
        message = e.getMessage();
        e.errors().forEach(err -> errors.merge(err.field(), err.message(), (a, b) -> a + " " + b));
        return this;
    }

    /**
     * Shows the error of field {@code from} beside field {@code to}: the API's name of a value and the form field
     * that holds it may differ (the import's {@code body} is its Text, HTML or File field, by mode).
     */
    public Form moveError(String from, String to) {
        String error = errors.remove(from);
        if (error != null) {
            errors.merge(to, error, (a, b) -> a + " " + b);
        }
        return this;
    }

    /** One field's error, for the summary above a form: each field named, in the order the checks found them. */
    public record FieldError(String field, String message) {
    }

    /** Every field's error, in order: the summary lists them, each also stands beside its field. */
    public List<FieldError> errorList() {
        return errors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    }

    public Form message(String text) {
        message = text;
        return this;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean is(String name, Object expected) {
        return expected != null && expected.toString().equals(values.get(name));
    }

    public boolean hasError(String name) {
        return errors.containsKey(name);
    }

    public String error(String name) {
        return errors.getOrDefault(name, "");
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || message != null;
    }

    public String message() {
        return message == null ? "" : message;
    }
}
