package io.factdesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link HeadCache} on a chain head the test moves by hand. */
class HeadCacheTest {

    /** A chain whose head the test sets. */
    static final class Chain implements ChainHead {
        final AtomicLong seq = new AtomicLong(1);
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public At current() {
            reads.incrementAndGet();
            return new At(seq.get(), "hash-" + seq.get());
        }
    }

    private final Chain chain = new Chain();

    private HeadCache<String> cache(long maxWeight) {
        return new HeadCache<>(chain, maxWeight, String::length);
    }

    @Test
    void aValueIsComputedOnceAtAHeadAndAnewWhenTheHeadMoves() {
        HeadCache<String> cache = cache(1_000);
        AtomicInteger computed = new AtomicInteger();
        assertEquals("a@1#1", cache.get("a", head -> "a@" + head.seq() + "#" + computed.incrementAndGet()));
        assertEquals("a@1#1", cache.get("a", head -> "again" + computed.incrementAndGet()));
        assertEquals(1, computed.get());
        assertEquals(2, chain.reads.get(), "every read asks the chain for its head");

        chain.seq.set(2);
        assertEquals("a@2 with hash-2", cache.get("a", head -> "a@" + head.seq() + " with " + head.hash()));
        assertEquals("a@2 with hash-2", cache.get("a", head -> "not asked"));
    }

    @Test
    void theOlderHeadGoesFirstAndItsValuesDoNotCrowdOutTheCurrentOnes() {
        HeadCache<String> cache = cache(100);
        for (String name : List.of("a", "b", "c", "d")) {
            cache.get(name, head -> name.repeat(20));
        }
        assertEquals(80, cache.weight());

        chain.seq.set(2);
        cache.get("a", head -> "A".repeat(20));
        // Seeing head 2 dropped every value of head 1 at once, before any of them was the least recently used.
        assertEquals(20, cache.weight());
        for (String name : List.of("b", "c", "d")) {
            cache.get(name, head -> name.toUpperCase().repeat(20));
        }
        assertEquals(80, cache.weight());
        assertEquals("A".repeat(20), cache.get("a", head -> "computed again"));
        assertEquals("D".repeat(20), cache.get("d", head -> "computed again"));

        // A request that read head 1 before the change is answered, and nothing of head 1 is kept.
        assertEquals("old", cache.at(new ChainHead.At(1, "hash-1"), "a", head -> "old"));
        assertEquals("old again", cache.at(new ChainHead.At(1, "hash-1"), "a", head -> "old again"));
        assertEquals(80, cache.weight());
    }

    @Test
    void theWeightStaysWithinTheLimitAndAHeavyValueIsNotKept() {
        HeadCache<String> cache = cache(40);
        for (String name : List.of("a", "b", "c", "d", "e", "f")) {
            cache.get(name, head -> name.repeat(10));
        }
        assertTrue(cache.weight() <= 40, "kept " + cache.weight() + " of 40");
        assertEquals(40, cache.maxWeight());
        // A value over a quarter of the limit is answered but not kept.
        assertEquals("x".repeat(11), cache.get("big", head -> "x".repeat(11)));
        assertEquals("computed again", cache.get("big", head -> "computed again"));
    }

    @Test
    void aFailureIsNotKept() {
        HeadCache<String> cache = cache(1_000);
        assertThrows(IllegalStateException.class, () -> cache.get("a", head -> {
            throw new IllegalStateException("refused");
        }));
        assertEquals("computed", cache.get("a", head -> "computed"));
    }

    @Test
    void manyAskingAtOnceWaitForOneComputation() throws Exception {
        HeadCache<String> cache = cache(1_000);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<String> first = pool.submit(() -> cache.get("report", head -> {
                computed.incrementAndGet();
                computing.countDown();
                await(release);
                return "rendered";
            }));
            computing.await();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(pool.submit(() -> cache.get("report", head -> "rendered again " + computed.incrementAndGet())));
            }
            release.countDown();
            assertEquals("rendered", first.get());
            for (Future<String> answer : others) {
                assertEquals("rendered", answer.get());
            }
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whenTheOneComputingFailsAWaitingAskerComputesItself() throws Exception {
        HeadCache<String> cache = cache(1_000);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> cache.get("page", head -> {
                computing.countDown();
                await(release);
                throw new IllegalStateException("this client has too many renders in flight");
            }));
            computing.await();
            Future<String> second = pool.submit(() -> cache.get("page", head -> "rendered for the second"));
            release.countDown();
            assertThrows(Exception.class, first::get);
            assertEquals("rendered for the second", second.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
