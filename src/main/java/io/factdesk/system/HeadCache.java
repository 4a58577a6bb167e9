package io.factdesk.system;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What was computed from the database at one place in the history chain, kept while the chain stays
 * there; every cached read goes through here. Every change appends an event to the history in the
 * transaction of the change ({@link HistoryRequired} refuses one that does not), so what was computed at
 * chain head {@code seq} is the answer to any later request that still reads head {@code seq}.
 *
 * <p>{@link #get} reads the head itself ({@link ChainHead}), before the data: a change committed in
 * between lands in the value of the older head, which no later request asks for. Callers name only what
 * they compute; the head is part of every key and handed to the computation, which may need it too (a
 * report prints it; a page computes its parts at the same head with {@link #at}).
 *
 * <p>Caffeine keeps the values up to a weight (characters or bytes, {@code factdesk.cache.*}), one
 * computation per key however many ask at the same moment: the first asker computes on its own thread
 * (in its request and transaction), the others wait for it. A computation that fails is not kept: each
 * waiting asker then tries again, and a refusal of one client (say, too many renders in flight) is not
 * handed to another. When a newer head is seen, every value of older heads is dropped at once, so they
 * never crowd out the current ones; an answer for a head older than the newest seen is computed but not
 * kept. A value heavier than a quarter of the limit is answered but not kept. docs/architecture.md.
 *
 * @param <V> what is kept
 */
public class HeadCache<V> {

    /** A key: what the caller names, at one head. */
    record Key(Object name, long seq) {
    }

    private ChainHead chain;
    private long maxWeight;
    private ToLongFunction<? super V> weigher;
    private AsyncCache<Key, V> cache;
    /** The newest head any request has read: older values are dropped when it moves. */
    private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);

    /** For the container's client proxies. */
    protected HeadCache() {
    }

    /**
     * @param maxWeight the weight the values may sum to
     * @param weigher   a value's weight, about the memory it takes (characters or bytes)
     */
    public HeadCache(ChainHead chain, long maxWeight, ToLongFunction<? super V> weigher) {
        if (maxWeight <= 0) {
            throw new IllegalArgumentException("A cache's max-weight must be positive, not " + maxWeight);
        }
        this.chain = chain;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
        // Maintenance (eviction) on the thread that wrote: no pool thread for it, and sizes are as they say.
        this.cache = Caffeine.newBuilder().maximumWeight(maxWeight)
                .weigher((Key k, V v) -> (int) Math.min(Integer.MAX_VALUE, weigher.applyAsLong(v)))
                .executor(Runnable::run).buildAsync();
    }

    /**
     * The value named {@code name} at the chain head as it is now, computed if there is none. {@code name}
     * must name everything the value depends on that is not the same for every request at one head (the
     * user, the query); a value with {@code equals} (a string, a record, a list of them).
     */
    public <R extends V> R get(Object name, Function<ChainHead.At, R> compute) {
        return at(chain.current(), name, compute);
    }

    /**
     * The value named {@code name} at {@code head}: for a part of what is being computed at that head,
     * with the head {@link #get} handed to the computation (never a head read by hand).
     */
    @SuppressWarnings("unchecked")
    public <R extends V> R at(ChainHead.At head, Object name, Function<ChainHead.At, R> compute) {
        long seen = newest.get();
        if (head.seq() > seen && newest.compareAndSet(seen, head.seq())) {
            cache.asMap().keySet().removeIf(k -> k.seq() < head.seq());
        } else if (head.seq() < seen) {
            return compute.apply(head);
        }
        Key key = new Key(name, head.seq());
        while (true) {
            CompletableFuture<V> mine = new CompletableFuture<>();
            CompletableFuture<V> found = cache.get(key, (k, executor) -> mine);
            if (found == mine) {
                R value;
                try {
                    value = compute.apply(head);
                } catch (RuntimeException | Error e) {
                    // Cancelled, not failed: the askers waiting compute themselves, and Caffeine logs nothing
                    // (a refusal such as a 404 is an answer, not a fault of the cache).
                    cache.asMap().remove(key, mine);
                    mine.cancel(false);
                    throw e;
                }
                mine.complete(value);
                if (value == null || weigher.applyAsLong(value) > maxWeight / 4) {
                    cache.asMap().remove(key, mine);
                }
                return value;
            }
            try {
                return (R) found.get();
            } catch (ExecutionException | CompletionException | CancellationException e) {
                // The computation failed for the asker who ran it: it is not kept, so ask again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
    }

    /** Forgets every value (the statement-count test measures an endpoint's own queries this way). */
    public void clear() {
        cache.synchronous().invalidateAll();
    }

    /** The weight the values may sum to (from the configuration). */
    public long maxWeight() {
        return maxWeight;
    }

    /** The weight of the values kept now, after pending evictions. */
    long weight() {
        cache.synchronous().cleanUp();
        return cache.synchronous().policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }
}
