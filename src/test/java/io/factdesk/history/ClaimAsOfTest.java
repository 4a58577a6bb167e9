package io.factdesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.audit.EventData;
import io.factdesk.audit.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Folding a claim's events into the claim as it was. */
class ClaimAsOfTest {

    private final List<EventData> events = new ArrayList<>();

    @Test
    void theFirstEventGivesTheClaimAsMarked() {
        created();
        ClaimAsOf.State state = ClaimAsOf.fold(10, events);
        assertThat(state.statement()).isEqualTo("More than 450,000 Syrians have been killed.");
        assertThat(state.claimant()).isEqualTo("Al Jazeera");
        assertThat(state.claimDate()).isEqualTo("2016-07-14");
        assertThat(state.topic()).isEqualTo("Casualty figures");
        assertThat(state.state()).isEqualTo("NEW");
        assertThat(state.exact()).isEqualTo("more than 450.000 Syrians");
        assertThat(state.start()).isEqualTo(120L);
        assertThat(state.asOf().seq()).isEqualTo(1);
        assertThat(state.evidence()).isEmpty();
        assertThat(state.comments()).isZero();
        assertThat(state.verdict()).isNull();
        assertThat(state.linkedTo()).isNull();
    }

    @Test
    void aLinkToAnEarlierClaimIsFoldedAndAnUnlinkUndoesIt() {
        created();
        add(EventType.CLAIM_LINKED, values("linkedTo", null), Map.of("linkedTo", 7, "reused", List.of("verdict")),
                null);
        assertThat(ClaimAsOf.fold(10, events).linkedTo()).isEqualTo(7L);
        add(EventType.CLAIM_LINKED, Map.of("linkedTo", 7), values("linkedTo", null), null);
        assertThat(ClaimAsOf.fold(10, events).linkedTo()).isNull();
        assertThat(ClaimAsOf.fold(10, events.subList(0, 2)).linkedTo()).as("as of the link").isEqualTo(7L);
    }

    @Test
    void laterEventsChangeOnlyWhatTheyRecord() {
        created();
        add(EventType.ASSIGNED, Map.of(), values("assignee", "reviewer"), null);
        add(EventType.TRANSITION, Map.of("state", "NEW"), Map.of("state", "RESEARCHING"), null);
        add(EventType.CLAIM_EDITED, Map.of("statement", "More than 450,000 Syrians have been killed."),
                Map.of("statement", "At least 450,000 people have been killed."), null);
        add(EventType.EVIDENCE_ADDED, Map.of(), evidence(1, "UN report"), null);
        add(EventType.EVIDENCE_ADDED, Map.of(), evidence(2, "SOHR count"), null);
        add(EventType.COMMENT_ADDED, Map.of(), Map.of("commentId", 5, "body", "Check the UN figure"), null);
        add(EventType.VERDICT_SET, values("verdict", null, "rationale", null),
                Map.of("verdict", "Mostly true", "rationale", "The UN says so."), null);
        add(EventType.EVIDENCE_REMOVED, evidence(1, "UN report"), Map.of(), null);
        add(EventType.CLAIM_EDITED, Map.of("claimant", "Al Jazeera"), values("claimant", null), null);

        ClaimAsOf.State now = ClaimAsOf.fold(10, events);
        assertThat(now.statement()).isEqualTo("At least 450,000 people have been killed.");
        assertThat(now.claimant()).isNull();
        assertThat(now.state()).isEqualTo("RESEARCHING");
        assertThat(now.assignee()).isEqualTo("reviewer");
        assertThat(now.verdict()).isEqualTo("Mostly true");
        assertThat(now.rationale()).isEqualTo("The UN says so.");
        assertThat(now.evidence()).extracting(ClaimAsOf.EvidenceItem::sourceTitle).containsExactly("SOHR count");
        assertThat(now.comments()).isEqualTo(1);
        assertThat(now.claimDate()).isEqualTo("2016-07-14");

        ClaimAsOf.State earlier = ClaimAsOf.fold(10, events.subList(0, 5));
        assertThat(earlier.statement()).isEqualTo("At least 450,000 people have been killed.");
        assertThat(earlier.claimant()).isEqualTo("Al Jazeera");
        assertThat(earlier.evidence()).extracting(ClaimAsOf.EvidenceItem::evidenceId).containsExactly(1L);
        assertThat(earlier.verdict()).isNull();
    }

    @Test
    void eventsOfTypesThisVersionDoesNotKnowAreSkipped() {
        created();
        events.add(new EventData(2, Instant.now(), "editor", "SOMETHING_NEW", 1L, 10L, Map.of(),
                Map.of("statement", "ignored"), null));
        assertThat(ClaimAsOf.fold(10, events).statement()).isEqualTo("More than 450,000 Syrians have been killed.");
    }

    private void created() {
        Map<String, Object> after = new HashMap<>();
        after.put("statement", "More than 450,000 Syrians have been killed.");
        after.put("claimant", "Al Jazeera");
        after.put("claimDate", "2016-07-14");
        after.put("topic", "Casualty figures");
        after.put("state", "NEW");
        after.put("exact", "more than 450.000 Syrians");
        after.put("start", 120);
        after.put("end", 145);
        after.put("prefix", "…");
        after.put("suffix", "…");
        add(EventType.CLAIM_CREATED, Map.of(), after, null);
    }

    private void add(EventType type, Map<String, Object> before, Map<String, Object> after, String comment) {
        events.add(new EventData(events.size() + 1, Instant.parse("2026-03-01T09:30:00Z").plusSeconds(events.size()),
                "reviewer", type.name(), 1L, 10L, before, after, comment));
    }

    private static Map<String, Object> evidence(int id, String title) {
        return Map.of("evidenceId", id, "sourceId", id + 100, "sourceTitle", title, "sourceUrl",
                "https://example.org/" + id, "stance", "supports", "excerpt", "450,000", "note", "");
    }

    /** A map that may hold nulls, from name/value pairs. */
    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
