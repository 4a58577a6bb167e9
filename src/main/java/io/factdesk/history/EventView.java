package io.factdesk.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.factdesk.audit.AuditChain;
import io.factdesk.audit.AuditEvent;

/**
 * An event as the API and the JSON Lines export show it: the members of its canonical form under
 * the same names, plus its hash, so that every line or item can be checked with the script of
 * docs/history.md. Nulls are always written, since the canonical form has them.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EventView(long seq, String occurredAt, String actor, Long actorId, String type, Long articleId,
        Long claimId, JsonNode before, JsonNode after, String comment, String prevHash, String hash) {

    public static EventView of(AuditEvent e, ObjectMapper json) {
        return new EventView(e.seq, AuditChain.formatTime(e.occurredAt), e.actorName, e.actorId, e.type, e.articleId,
                e.claimId, tree(e.beforeJson, json), tree(e.afterJson, json), e.comment, e.prevHash, e.hash);
    }

    private static JsonNode tree(String text, ObjectMapper json) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            // Only a row edited behind the application's back is unreadable; its hash will not verify.
            return TextNode.valueOf(text);
        }
    }
}
