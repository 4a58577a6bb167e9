package io.factdesk.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.audit.AuditChain;
import io.factdesk.audit.AuditEvent;
import io.factdesk.audit.EventType;
import java.util.Set;

/**
 * One history event as the live stream sends it: references only, never page content, so that a page
 * fetches what it shows with the reader's own rights (docs/api.md, "Live events"). {@code state} is the
 * claim's state after a transition or a creation, null otherwise.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LiveEvent(String type, long seq, Long articleId, Long claimId, String state, String actor, String at) {

    private static final Set<String> WITH_STATE = Set.of(EventType.TRANSITION.name(), EventType.CLAIM_CREATED.name());
    private static final Set<String> SECURITY = Set.copyOf(EventType.security().stream().map(Enum::name).toList());

    static LiveEvent of(AuditEvent e, ObjectMapper json) {
        return new LiveEvent(e.type, e.seq, e.articleId, e.claimId, WITH_STATE.contains(e.type) ? state(e, json) : null,
                e.actorName, AuditChain.formatTime(e.occurredAt));
    }

    /** Security events are for admins only; the same rule as the desk's history ({@link HistoryService.Filter}). */
    boolean security() {
        return SECURITY.contains(type);
    }

    private static String state(AuditEvent e, ObjectMapper json) {
        try {
            JsonNode state = json.readTree(e.afterJson).get("state");
            return state == null || !state.isTextual() ? null : state.asText();
        } catch (JsonProcessingException unreadable) {
            // Only a row edited behind the application's back; verification names it.
            return null;
        }
    }
}
