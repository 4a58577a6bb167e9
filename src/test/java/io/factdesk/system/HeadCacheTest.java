package io.factdesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HeadCacheTest {

    record Key(String name, long headSeq) implements HeadCache.AtHead {
    }

    static class Strings extends HeadCache<Key, String> {
        Strings(long maxWeight) {
            super(maxWeight, String::length);
        }
    }

    @Test
    void aValueIsComputedOnceAndForgottenWhenTheHeadMoves() {
        Strings cache = new Strings(1_000);
        AtomicInteger computed = new AtomicInteger();
        assertEquals("a@1", cache.get(new Key("a", 1), () -> { computed.incrementAndGet(); return "a@1"; }));
        assertEquals("a@1", cache.get(new Key("a", 1), () -> "again" + computed.incrementAndGet()));
        assertEquals(1, computed.get());

        assertEquals("a@2", cache.get(new Key("a", 2), () -> "a@2"));
        // Storing at head 2 dropped what head 1 held.
        assertEquals("recomputed", cache.get(new Key("a", 1), () -> "recomputed"));
    }

    @Test
    void theLeastRecentlyUsedGoesWhenTheWeightIsReached() {
        Strings cache = new Strings(40);
        cache.get(new Key("a", 1), () -> "aaaaaaaaaa");
        cache.get(new Key("b", 1), () -> "bbbbbbbbbb");
        cache.get(new Key("c", 1), () -> "cccccccccc");
        cache.get(new Key("a", 1), () -> "not asked: a is kept");
        cache.get(new Key("d", 1), () -> "dddddddddd");
        cache.get(new Key("e", 1), () -> "eeeeeeeeee");
        assertEquals("aaaaaaaaaa", cache.get(new Key("a", 1), () -> "gone"));
        assertEquals("b again", cache.get(new Key("b", 1), () -> "b again"));
        // A value over a quarter of the limit is answered but not kept.
        assertEquals("x".repeat(11), cache.get(new Key("big", 1), () -> "x".repeat(11)));
        assertEquals("computed again", cache.get(new Key("big", 1), () -> "computed again"));
    }

    @Test
    void manyAskingAtOnceWaitForOneComputation() throws Exception {
        Strings cache = new Strings(1_000);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return cache.get(new Key("report", 7), () -> {
                        computed.incrementAndGet();
                        sleep(200);
                        return "rendered";
                    });
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertEquals("rendered", answer.get());
            }
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
