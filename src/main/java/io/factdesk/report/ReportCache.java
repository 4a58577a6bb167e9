package io.factdesk.report;

import io.factdesk.history.HistoryService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered reports, kept while nothing has changed. Every change to what a report shows (a claim,
 * verdict, source, topic, label, user or the organisation) appends an event to the history in the
 * transaction of the change, so a report rendered at chain head {@code seq} is the report of any
 * later request that still reads head {@code seq}; the key holds the head and a newer head is a new
 * key. A report is rendered once however many ask for it at the same moment, and the cache keeps the
 * most recently used renderings up to {@link #MAX_WEIGHT} characters or bytes. docs/reports.md.
 */
@ApplicationScoped
public class ReportCache {

    /** About 64 MiB of rendered reports (a 1,000-claim article: about 1 MB as HTML, 2 MB as PDF). */
    static final long MAX_WEIGHT = 64L * 1024 * 1024;

    /**
     * What was rendered: {@code subject} names the report (e.g. {@code article-12}), {@code variant}
     * its scope and format, {@code baseUrl} where its public links point.
     */
    public record Key(String subject, String variant, String baseUrl, long headSeq) {

        public static Key of(String subject, String variant, String baseUrl, HistoryService.Head head) {
            return new Key(subject, variant, baseUrl, head.seq());
        }
    }

    /** A rendered report: its body (a String or bytes), its file name and how many claims it holds. */
    public record Rendered(Object body, String fileName, boolean isPublic, int claims) {

        long weight() {
            return body instanceof byte[] bytes ? bytes.length : 2L * body.toString().length();
        }
    }

    private final Map<Key, Rendered> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, Object> rendering = new ConcurrentHashMap<>();
    private long weight;

    /** The rendering under {@code key}, rendered now if there is none (one thread renders; others wait for it). */
    public Rendered get(Key key, Supplier<Rendered> render) {
        Rendered found = lookup(key);
        if (found != null) {
            return found;
        }
        Object lock = rendering.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            try {
                found = lookup(key);
                if (found == null) {
                    found = render.get();
                    store(key, found);
                }
                return found;
            } finally {
                rendering.remove(key, lock);
            }
        }
    }

    /** Forgets every rendering (the statement-count test measures a report's own queries this way). */
    public synchronized void clear() {
        entries.clear();
        weight = 0;
    }

    private synchronized Rendered lookup(Key key) {
        return entries.get(key);
    }

    private synchronized void store(Key key, Rendered rendered) {
        long w = rendered.weight();
        if (w > MAX_WEIGHT / 4) {
            return;
        }
        Rendered old = entries.put(key, rendered);
        weight += w - (old == null ? 0 : old.weight());
        // Entries of an older head are never asked for again: they go first, then the least recently used.
        for (Iterator<Map.Entry<Key, Rendered>> it = entries.entrySet().iterator(); it.hasNext() && weight > 0;) {
            Map.Entry<Key, Rendered> e = it.next();
            if (e.getKey().headSeq() < key.headSeq() || weight > MAX_WEIGHT) {
                weight -= e.getValue().weight();
                it.remove();
            }
        }
    }
}
