package io.factdesk.history;

import io.factdesk.audit.AuditChain;
import io.factdesk.audit.EventData;
import io.factdesk.audit.EventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A claim as it was right after one of its events, rebuilt from its history alone: a pure fold of
 * the events, oldest first, over the values each type records (docs/history.md, "What each event
 * records"). It does not read the claim table, so it shows the past even of fields edited since.
 */
public final class ClaimAsOf {

    /** The claim's fields that events set by name. */
    private static final Set<String> FIELDS = Set.of("statement", "claimant", "claimantType", "claimDate",
            "firstAppearance", "topic", "state", "assignee", "verdict", "rationale", "exact", "prefix", "suffix",
            "start", "end", "linkedTo");

    /** Which event the state is as of. */
    public record AsOf(long seq, String occurredAt, String type, String actor) {
    }

    /** One piece of evidence as it was attached. */
    public record EvidenceItem(Long evidenceId, Long sourceId, String sourceTitle, String sourceUrl, String stance,
            String excerpt, String note) {
    }

    /** The claim as it was. */
    public record State(long claimId, AsOf asOf, String statement, String claimant, String claimantType,
            String claimDate, String firstAppearance, String topic, String state, String assignee, String verdict, String rationale, List<EvidenceItem> evidence,
            int comments, String exact, String prefix, String suffix, Long start, Long end, Long linkedTo) {
    }

    private ClaimAsOf() {
    }

    /**
     * Folds a claim's events, oldest first; the state is as of the last one.
     *
     * @throws IllegalArgumentException when there is no event to fold
     */
    public static State fold(long claimId, List<EventData> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A claim's state needs at least one of its events");
        }
        Map<String, Object> fields = new HashMap<>();
        List<EvidenceItem> evidence = new ArrayList<>();
        int comments = 0;
        for (EventData event : events) {
            EventType type = event.eventType();
            if (type == null) {
                continue;
            }
            switch (type) {
                case CLAIM_CREATED, CLAIM_EDITED, VERDICT_SET -> apply(event.after(), fields);
                case TRANSITION -> fields.put("state", event.after().get("state"));
                case ASSIGNED -> fields.put("assignee", event.after().get("assignee"));
                case EVIDENCE_ADDED -> evidence.add(evidenceItem(event.after()));
                case EVIDENCE_REMOVED -> {
                    Long removed = number(event.before().get("evidenceId"));
                    evidence.removeIf(e -> e.evidenceId() != null && e.evidenceId().equals(removed));
                }
                case COMMENT_ADDED -> comments++;
                // An unlink records linkedTo as null: the claim stands alone again.
                case CLAIM_LINKED -> fields.put("linkedTo", event.after().get("linkedTo"));
                case CLAIM_REANCHORED, CLAIM_ANCHORED -> {
                    if (!"ORPHANED".equals(event.after().get("outcome"))) {
                        apply(event.after(), fields);
                    }
                }
                default -> {
                }
            }
        }
        EventData last = events.get(events.size() - 1);
        return new State(claimId, new AsOf(last.seq(), AuditChain.formatTime(last.occurredAt()), last.type(),
                last.actor()), text(fields, "statement"), text(fields, "claimant"), text(fields, "claimantType"),
                text(fields, "claimDate"), text(fields, "firstAppearance"), text(fields, "topic"), text(fields, "state"), text(fields, "assignee"), text(fields, "verdict"),
                text(fields, "rationale"), List.copyOf(evidence), comments, text(fields, "exact"),
                text(fields, "prefix"), text(fields, "suffix"), number(fields.get("start")),
                number(fields.get("end")), number(fields.get("linkedTo")));
    }

    private static void apply(Map<String, Object> values, Map<String, Object> fields) {
        values.forEach((name, value) -> {
            if (FIELDS.contains(name)) {
                fields.put(name, value);
            }
        });
    }

    private static EvidenceItem evidenceItem(Map<String, Object> v) {
        return new EvidenceItem(number(v.get("evidenceId")), number(v.get("sourceId")), string(v.get("sourceTitle")),
                string(v.get("sourceUrl")), string(v.get("stance")), string(v.get("excerpt")), string(v.get("note")));
    }

    private static String text(Map<String, Object> fields, String name) {
        return string(fields.get(name));
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static Long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && s.matches("-?\\d{1,18}")) {
            return Long.valueOf(s);
        }
        return null;
    }
}
