package io.factdesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;

/** An event with its before and after values read back into maps, for folding and for the timeline. */
public record EventData(long seq, Instant occurredAt, String actor, String type, Long articleId, Long claimId,
        Map<String, Object> before, Map<String, Object> after, String comment) {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    public static EventData of(AuditEvent e, ObjectMapper json) {
        return new EventData(e.seq, e.occurredAt, e.actorName, e.type, e.articleId, e.claimId,
                parse(e.beforeJson, json), parse(e.afterJson, json), e.comment);
    }

    public EventType eventType() {
        try {
            return EventType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, Object> parse(String text, ObjectMapper json) {
        try {
            return json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            // Stored by CanonicalJson, so unreadable only if edited behind the application's back,
            // which verification reports; the page still shows the rest.
            return Map.of("unreadable", text);
        }
    }
}
