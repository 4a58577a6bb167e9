package io.factdesk.system;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * What was computed from the database at one place in the history chain, kept while the chain stays
 * there. Every change appends an event to the history in the transaction of the change, so what was
 * rendered at chain head {@code seq} is the answer to any later request that still reads head
 * {@code seq}; a key holds the head it was computed at, and a newer head is a new key. The head must be
 * read before the data: a change committed in between then lands in the rendering of the older key,
 * which no later request asks for. A value is computed once however many ask for it at the same moment;
 * the cache keeps the most recently used values up to a weight (characters or bytes), and values of an
 * older head go first. docs/architecture.md.
 *
 * @param <K> the key; its {@link AtHead#headSeq()} is the chain head it was computed at
 * @param <V> what is kept
 */
public abstract class HeadCache<K extends HeadCache.AtHead, V> {

    /** A key that names the chain head its value was computed at. */
    public interface AtHead {
        long headSeq();
    }

    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final Map<K, V> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<K, Object> computing = new ConcurrentHashMap<>();
    private long weight;

    protected HeadCache(long maxWeight, ToLongFunction<V> weigher) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /** The value under {@code key}, computed now if there is none (one thread computes; others wait for it). */
    public V get(K key, Supplier<? extends V> compute) {
        V found = lookup(key);
        if (found != null) {
            return found;
        }
        Object lock = computing.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            try {
                found = lookup(key);
                if (found == null) {
                    found = compute.get();
                    store(key, found);
                }
                return found;
            } finally {
                computing.remove(key, lock);
            }
        }
    }

    /** Forgets every value (the statement-count test measures an endpoint's own queries this way). */
    public synchronized void clear() {
        entries.clear();
        weight = 0;
    }

    private synchronized V lookup(K key) {
        return entries.get(key);
    }

    private synchronized void store(K key, V value) {
        long w = weigher.applyAsLong(value);
        if (w > maxWeight / 4) {
            return;
        }
        V old = entries.put(key, value);
        weight += w - (old == null ? 0 : weigher.applyAsLong(old));
        // Values of an older head are never asked for again: they go first, then the least recently used.
        for (Iterator<Map.Entry<K, V>> it = entries.entrySet().iterator(); it.hasNext() && weight > 0;) {
            Map.Entry<K, V> e = it.next();
            if (e.getKey().headSeq() < key.headSeq() || weight > maxWeight) {
                weight -= weigher.applyAsLong(e.getValue());
                it.remove();
            }
        }
    }
}
