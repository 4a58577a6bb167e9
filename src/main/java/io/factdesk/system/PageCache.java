package io.factdesk.system;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The parts of the busiest pages that are the same for every reader, rendered once per chain head
 * ({@link HeadCache}): the reader's article text and claim list, the workboard's columns. The rest of
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

    /** {@link #get} for a page whose key always holds parts of type {@code P}. */
    @SuppressWarnings("unchecked")
    public <P extends Part> P part(Key key, Supplier<P> render) {
        return (P) get(key, render);
    }
}
