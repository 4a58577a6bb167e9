package io.factdesk.history;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.factdesk.audit.AuditChain;
import io.factdesk.audit.AuditEvent;
import io.factdesk.audit.AuditHead;
import io.factdesk.system.ChainHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Walks the hash chain: every event must hash to its stored hash, link to the hash of the event
 * before it, follow it without a gap, and the last one must be what audit_head says. Events are read
 * in pages of {@link HistoryService#PAGE}, so memory stays flat however long the chain is.
 *
 * <p>A full walk of a million events takes seconds, so it is for admins. Everyone else gets
 * {@link #verifyRecent}: the events appended since the last successful walk of this instance,
 * checked link by link from where that walk ended. An earlier failure stays reported until a full
 * walk succeeds.
 */
@ApplicationScoped
public class ChainVerifier {

    /** The first event that does not verify, and why. */
    public record FirstBad(long seq, String reason) {
        static final String HASH_MISMATCH = "hash mismatch";
        static final String BROKEN_LINK = "broken link";
        static final String GAP = "gap in sequence";
        static final String HEAD_MISMATCH = "head mismatch";
    }

    /**
     * What a walk found. {@code events} counts the events that verified (all of them when ok);
     * {@code head} is the hash of the last one when ok; {@code firstBad} is shown to admins only.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verification(boolean ok, long events, String head, FirstBad firstBad,
            @JsonIgnore boolean full, @JsonIgnore Instant checkedAt, @JsonIgnore Duration took) {

        /** What a non-admin sees: whether it verifies, not where it breaks. */
        public Verification withoutDetail() {
            return new Verification(ok, events, head, null, full, checkedAt, took);
        }

        public String tookText() {
            return took.toMillis() < 1000 ? took.toMillis() + " ms" : String.format("%.1f s", took.toMillis() / 1000.0);
        }
    }

    /** Where the last successful walk ended. */
    private record Checkpoint(long seq, String hash) {
    }

    private static final Checkpoint START = new Checkpoint(0, AuditChain.GENESIS);

    @Inject
    HistoryService history;

    @Inject
    AuditHead chainHead;

    private Checkpoint checkpoint;
    private Verification lastFailure;

    /** Walks the whole chain from the first event. */
    public Verification verifyChain() {
        Verification result = walk(START, true);
        synchronized (this) {
            lastFailure = result.ok() ? null : result;
            if (result.ok()) {
                checkpoint = new Checkpoint(result.events(), result.head());
            }
        }
        return result;
    }

    /** Walks only what was appended since the last successful walk (the whole chain the first time). */
    public Verification verifyRecent() {
        Checkpoint from;
        synchronized (this) {
            if (lastFailure != null) {
                return lastFailure;
            }
            from = checkpoint;
        }
        if (from == null) {
            return verifyChain();
        }
        Verification result = walk(from, false);
        synchronized (this) {
            if (result.ok()) {
                if (checkpoint == null || result.events() > checkpoint.seq()) {
                    checkpoint = new Checkpoint(result.events(), result.head());
                }
            } else {
                lastFailure = result;
            }
        }
        return result;
    }

    private Verification walk(Checkpoint from, boolean full) {
        long started = System.nanoTime();
        ChainHead.At head = chainHead.current();
        Walk walk = new Walk(from.seq() + 1, from.hash(), head);
        long after = from.seq();
        while (walk.firstBad == null) {
            var page = history.eventsAfter(after, HistoryService.PAGE);
            for (AuditEvent event : page) {
                if (!walk.accept(event)) {
                    break;
                }
            }
            if (page.size() < HistoryService.PAGE) {
                break;
            }
            after = page.get(page.size() - 1).seq;
        }
        walk.finish();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long verified = walk.expectedSeq - 1;
        return walk.firstBad == null
                ? new Verification(true, verified, walk.prevHash, null, full, Instant.now(), took)
                : new Verification(false, walk.firstBad.seq() - 1, null, walk.firstBad, full, Instant.now(), took);
    }

    /** The state of one walk along the chain; pure, so that the rules can be read in one place. */
    static final class Walk {
        private final ChainHead.At head;
        long expectedSeq;
        String prevHash;
        FirstBad firstBad;

        Walk(long expectedSeq, String prevHash, ChainHead.At head) {
            this.expectedSeq = expectedSeq;
            this.prevHash = prevHash;
            this.head = head;
        }

        boolean accept(AuditEvent event) {
            if (event.seq != expectedSeq) {
                firstBad = new FirstBad(expectedSeq, FirstBad.GAP);
            } else if (!event.content().hash().equals(event.hash)) {
                firstBad = new FirstBad(event.seq, FirstBad.HASH_MISMATCH);
            } else if (!prevHash.equals(event.prevHash)) {
                firstBad = new FirstBad(event.seq, FirstBad.BROKEN_LINK);
            } else if (event.seq == head.seq() && !event.hash.equals(head.hash())) {
                firstBad = new FirstBad(event.seq, FirstBad.HEAD_MISMATCH);
            } else {
                expectedSeq++;
                prevHash = event.hash;
                return true;
            }
            return false;
        }

        /** Events the head counted but the walk did not find were deleted from the end. */
        void finish() {
            if (firstBad == null && expectedSeq <= head.seq()) {
                firstBad = new FirstBad(expectedSeq, FirstBad.GAP);
            }
        }
    }
}
