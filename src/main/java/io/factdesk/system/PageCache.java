package io.factdesk.system;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;

/**
 * The parts of the busiest pages that are the same for every reader, rendered once per chain head
 * ({@link HeadCache}): the reader's article text and claim list, the workboard's columns, and the
 * short lists their forms offer (topics, the rating scale, the people). The rest of
 * such a page (the signed-in user, the CSRF token, a form being filled in) is rendered per request
 * around them. docs/architecture.md.
 */
@ApplicationScoped
public class PageCache extends HeadCache<PageCache.Key, PageCache.Part> {

    /** About 32 MiB of rendered parts (a 200-claim reader page: about 200 kB). */
    static final long MAX_WEIGHT = 32L * 1024 * 1024;

    /** {@code page} names the page (e.g. {@code reader-12}), {@code variant} what else it was rendered for. */
    public record Key(String page, String variant, long headSeq) implements HeadCache.AtHead {
    }

    /** What a page keeps; its weight is about the memory its rendered HTML takes. */
    public interface Part {
        long weight();
    }

    public PageCache() {
        super(MAX_WEIGHT, Part::weight);
    }

    /**
     * Rows every page shows alike (the active topics, the rating scale, the people), read once per chain
     * head. They are kept detached and only read: a page that changes one loads it anew.
     */
    public record Rows<T>(List<T> rows) implements Part {
        @Override
        public long weight() {
            return 512L * rows.size();
        }
    }

    /** The list {@code load} gives at chain head {@code headSeq}, read once for every page at that head. */
    public <T> List<T> rows(String name, long headSeq, Supplier<List<T>> load) {
        Rows<T> rows = part(new Key(name, "", headSeq), () -> new Rows<>(List.copyOf(load.get())));
        return rows.rows();
    }

    /** {@link #get} for a page whose key always holds parts of type {@code P}. */
    @SuppressWarnings("unchecked")
    public <P extends Part> P part(Key key, Supplier<P> render) {
        return (P) get(key, render);
    }
}
