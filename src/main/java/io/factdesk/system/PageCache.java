package io.factdesk.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** The media type of a kept page. */
    public static final String HTML = "text/html;charset=UTF-8";

    /** About 32 MiB of rendered parts (a 200-claim reader page: about 200 kB). */
    static final long MAX_WEIGHT = 32L * 1024 * 1024;

    /** {@code page} names the page (e.g. {@code reader-12}), {@code variant} what else it was rendered for. */
    public record Key(String page, String variant, long headSeq) implements HeadCache.AtHead {
    }

    /** What a page keeps; its weight is about the memory its rendered HTML takes. */
    public interface Part {
        long weight();
    }

    @Inject
    CsrfField csrf;

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

    /**
     * A whole page as one user sees it at one chain head, as UTF-8, cut where the CSRF token goes: the
     * same page for every request of that user until something changes, with each browser's own token.
     */
    public record Page(List<byte[]> pieces) implements Part {

        static Page of(String html) {
            List<byte[]> pieces = new ArrayList<>();
            int from = 0;
            for (int at = html.indexOf(CsrfField.PLACEHOLDER); at >= 0;
                    at = html.indexOf(CsrfField.PLACEHOLDER, from)) {
                pieces.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
                from = at + CsrfField.PLACEHOLDER.length();
            }
            pieces.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
            return new Page(List.copyOf(pieces));
        }

        /** The page with this token where the placeholder was. */
        byte[] with(String token) {
            byte[] t = token.getBytes(StandardCharsets.UTF_8);
            int size = t.length * (pieces.size() - 1);
            for (byte[] piece : pieces) {
                size += piece.length;
            }
            byte[] page = new byte[size];
            int at = 0;
            for (int i = 0; i < pieces.size(); i++) {
                if (i > 0) {
                    System.arraycopy(t, 0, page, at, t.length);
                    at += t.length;
                }
                byte[] piece = pieces.get(i);
                System.arraycopy(piece, 0, page, at, piece.length);
                at += piece.length;
            }
            return page;
        }

        @Override
        public long weight() {
            return pieces.stream().mapToLong(piece -> piece.length).sum();
        }
    }

    /**
     * The page under {@code key} with this request's CSRF token, rendered now (with a placeholder for the
     * token) if there is none. The key must name everything the page shows that is not the same for every
     * request at its head: the user, their roles, the query.
     */
    public byte[] page(Key key, Supplier<String> render) {
        Page page = part(key, () -> Page.of(csrf.withPlaceholder(render)));
        return page.with(csrf.token());
    }

    /** {@link #get} for a page whose key always holds parts of type {@code P}. */
    @SuppressWarnings("unchecked")
    public <P extends Part> P part(Key key, Supplier<P> render) {
        return (P) get(key, render);
    }
}
