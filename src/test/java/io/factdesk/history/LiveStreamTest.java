package io.factdesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A client that does not read is dropped when its queue is full: the relay never waits for it. */
class LiveStreamTest {

    @Test
    void aClientThatFallsTooFarBehindIsDroppedNotWaitedFor() {
        AtomicInteger drops = new AtomicInteger();
        LiveStream stream = new LiveStream("reviewer", false, null, null, 0, 3, () -> drops.incrementAndGet());
        for (int seq = 1; seq <= 3; seq++) {
            assertThat(stream.offer(event(seq))).isTrue();
        }
        assertThat(drops).hasValue(0);
        assertThat(stream.offer(event(4))).as("the fourth does not fit: dropped").isFalse();
        assertThat(drops).hasValue(1);
        assertThat(stream.offer(LiveStream.HEARTBEAT)).as("and stays dropped").isFalse();
        assertThat(drops).hasValue(1);
    }

    @Test
    void aReviewerIsHandedNoSecurityEventAndFiltersKeepToTheirClaim() {
        LiveStream reviewer = new LiveStream("reviewer", false, null, 7L, 10, 10, () -> { });
        assertThat(reviewer.wants(new LiveEvent("COMMENT_ADDED", 11, 3L, 7L, null, "editor", "t"))).isTrue();
        assertThat(reviewer.wants(new LiveEvent("COMMENT_ADDED", 12, 3L, 8L, null, "editor", "t"))).isFalse();
        assertThat(reviewer.wants(new LiveEvent("COMMENT_ADDED", 10, 3L, 7L, null, "editor", "t")))
                .as("already had it").isFalse();
        LiveStream admin = new LiveStream("admin", true, null, null, 0, 10, () -> { });
        LiveStream editor = new LiveStream("editor", false, null, null, 0, 10, () -> { });
        LiveEvent signIn = new LiveEvent("SIGN_IN", 13, null, null, null, "editor", "t");
        assertThat(admin.wants(signIn)).isTrue();
        assertThat(editor.wants(signIn)).isFalse();
    }

    private static LiveEvent event(long seq) {
        return new LiveEvent("COMMENT_ADDED", seq, 1L, 2L, null, "editor", "2026-01-01T00:00:00.000000Z");
    }
}
