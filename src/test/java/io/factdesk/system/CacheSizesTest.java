package io.factdesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factdesk.report.ReportCache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The caches take their sizes from {@code factdesk.cache.*} and key by the chain head as it is now. */
@QuarkusTest
@TestProfile(CacheSizesTest.SmallCaches.class)
class CacheSizesTest {

    public static class SmallCaches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Tests with a profile run last: keeping the suite's data lets .ci/run verify the whole chain it left.
            return Map.of("factdesk.cache.pages.max-weight", "4096", "factdesk.cache.reports.max-weight", "8192",
                    "quarkus.flyway.clean-at-start", "false");
        }
    }

    record Sized(long weight, int computation) implements PageCache.Part {
    }

    @Inject
    PageCache pages;

    @Inject
    ReportCache reports;

    @Inject
    ChainHead chainHead;

    @Test
    void theConfiguredSizesAreTheLimits() {
        assertEquals(4096, pages.maxWeight());
        assertEquals(8192, reports.maxWeight());
        AtomicInteger computed = new AtomicInteger();
        PageCache.Key light = new PageCache.Key("sized-light", "");
        PageCache.Key heavy = new PageCache.Key("sized-heavy", "");
        // A quarter of 4096 is kept; more is answered each time (with the default 32 MiB both would be kept).
        assertEquals(1, pages.get(light, head -> new Sized(1000, computed.incrementAndGet())).computation());
        assertEquals(1, pages.get(light, head -> new Sized(1000, computed.incrementAndGet())).computation());
        assertEquals(2, pages.get(heavy, head -> new Sized(2000, computed.incrementAndGet())).computation());
        assertEquals(3, pages.get(heavy, head -> new Sized(2000, computed.incrementAndGet())).computation());
        assertEquals(3, computed.get());
    }

    @Test
    void theComputationIsHandedTheHeadAsItIsNow() {
        ChainHead.At now = chainHead.current();
        AtomicReference<ChainHead.At> seen = new AtomicReference<>();
        pages.get(new PageCache.Key("sized-head", ""), head -> {
            seen.set(head);
            return new Sized(10, 1);
        });
        assertEquals(now, seen.get());
    }
}
