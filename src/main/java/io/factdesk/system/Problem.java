package io.factdesk.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document. {@code errors} lists the fields a request got wrong;
 * {@code extra} carries problem-specific members (allowed transitions, anchor candidates...).
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
        Map<String, Object> extra) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    /** The JSON members, in the order RFC 9457 lists them, extension members last. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("title", title);
        json.put("status", status);
        json.put("detail", detail);
        if (errors != null && !errors.isEmpty()) {
            json.put("errors", errors);
        }
        if (extra != null) {
            json.putAll(extra);
        }
        return json;
    }
}
