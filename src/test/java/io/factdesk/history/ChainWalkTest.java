package io.factdesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.audit.AuditChain;
import io.factdesk.audit.AuditEvent;
import io.factdesk.audit.CanonicalJson;
import io.factdesk.audit.EventType;
import io.factdesk.system.ChainHead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verifier's rules on a chain built in memory. */
class ChainWalkTest {

    @Test
    void anIntactChainVerifiesUpToItsHead() {
        List<AuditEvent> chain = chain(5);
        ChainVerifier.Walk walk = walk(chain, head(chain));
        assertThat(walk.firstBad).isNull();
        assertThat(walk.prevHash).isEqualTo(chain.get(4).hash);
    }

    @Test
    void anEditedEventNoLongerMatchesItsHash() {
        List<AuditEvent> chain = chain(5);
        ChainHead.At head = head(chain);
        chain.get(2).comment = "rewritten";
        assertThat(walk(chain, head).firstBad).isEqualTo(new ChainVerifier.FirstBad(3, "hash mismatch"));
    }

    @Test
    void anEventRehashedAfterAnEditBreaksTheNextLink() {
        List<AuditEvent> chain = chain(5);
        ChainHead.At head = head(chain);
        chain.get(2).comment = "rewritten";
        chain.get(2).hash = chain.get(2).content().hash();
        assertThat(walk(chain, head).firstBad).isEqualTo(new ChainVerifier.FirstBad(4, "broken link"));
    }

    @Test
    void aDeletedEventIsAGapAtItsPlace() {
        List<AuditEvent> chain = chain(5);
        ChainHead.At head = head(chain);
        chain.remove(1);
        assertThat(walk(chain, head).firstBad).isEqualTo(new ChainVerifier.FirstBad(2, "gap in sequence"));
    }

    @Test
    void eventsDeletedFromTheEndAreMissedByTheHead() {
        List<AuditEvent> chain = chain(5);
        ChainHead.At head = head(chain);
        chain.remove(4);
        chain.remove(3);
        assertThat(walk(chain, head).firstBad).isEqualTo(new ChainVerifier.FirstBad(4, "gap in sequence"));
    }

    @Test
    void aChainRewrittenToTheEndStillDisagreesWithTheHead() {
        List<AuditEvent> chain = chain(3);
        ChainHead.At head = head(chain);
        String prev = AuditChain.GENESIS;
        for (AuditEvent e : chain) {
            e.comment = "rewritten " + e.seq;
            e.prevHash = prev;
            e.hash = e.content().hash();
            prev = e.hash;
        }
        assertThat(walk(chain, head).firstBad).isEqualTo(new ChainVerifier.FirstBad(3, "head mismatch"));
    }

    @Test
    void anEmptyChainVerifies() {
        ChainVerifier.Walk walk = walk(List.of(), new ChainHead.At(0, AuditChain.GENESIS));
        assertThat(walk.firstBad).isNull();
        assertThat(walk.prevHash).isEqualTo(AuditChain.GENESIS);
    }

    private static ChainVerifier.Walk walk(List<AuditEvent> events, ChainHead.At head) {
        ChainVerifier.Walk walk = new ChainVerifier.Walk(1, AuditChain.GENESIS, head);
        for (AuditEvent e : events) {
            if (!walk.accept(e)) {
                break;
            }
        }
        walk.finish();
        return walk;
    }

    private static ChainHead.At head(List<AuditEvent> chain) {
        AuditEvent last = chain.get(chain.size() - 1);
        return new ChainHead.At(last.seq, last.hash);
    }

    /** Events 1..n, chained as the appender chains them. */
    static List<AuditEvent> chain(int n) {
        List<AuditEvent> events = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            AuditEvent e = new AuditEvent();
            e.seq = seq;
            e.occurredAt = Instant.parse("2026-03-01T09:30:00Z").plusSeconds(seq);
            e.actorId = 2L;
            e.actorName = "reviewer";
            e.type = EventType.COMMENT_ADDED.name();
            e.articleId = 1L;
            e.claimId = 10L;
            e.beforeJson = "{}";
            e.afterJson = CanonicalJson.write(java.util.Map.of("commentId", seq, "body", "comment " + seq));
            e.comment = null;
            e.prevHash = prev;
            e.hash = e.content().hash();
            prev = e.hash;
            events.add(e);
        }
        return events;
    }
}
