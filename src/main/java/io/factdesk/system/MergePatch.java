package io.factdesk.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a PATCH body in merge-patch style: a member left out keeps the field, a member set to
 * null clears it. Members that may not be edited are refused together, each with its reason.
 */
public final class MergePatch {

    private final ObjectNode body;

    private MergePatch(ObjectNode body) {
        this.body = body;
    }

    /**
     * @param editable the members the caller may send, {@code version} included
     * @param whyNot   the message for any other member, by its name
     */
    public static MergePatch of(ObjectNode body, Set<String> editable, Function<String, String> whyNot) {
        if (body == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        List<Problem.FieldError> refused = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!editable.contains(name)) {
                refused.add(new Problem.FieldError(name, whyNot.apply(name)));
            }
        }
        if (!refused.isEmpty()) {
            throw ProblemException.invalid(refused);
        }
        return new MergePatch(body);
    }

    /** Null when the member is absent, empty when it is null, else its text. */
    public Optional<String> text(String field) {
        if (!body.has(field)) {
            return null;
        }
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw ProblemException.badRequest(field, field + " must be a string.");
        }
        return Optional.of(node.asText());
    }

    public Long version() {
        JsonNode version = body.get("version");
        if (version == null || version.isNull()) {
            return null;
        }
        if (!version.isIntegralNumber()) {
            throw ProblemException.badRequest("version", "version must be a whole number.");
        }
        return version.asLong();
    }
}
