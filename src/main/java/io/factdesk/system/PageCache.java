package io.factdesk.system;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The busiest answers, kept per chain head ({@link HeadCache}): the reader and the workboard whole,
 * per user, with a placeholder where the CSRF token goes ({@link #page}); under them the parts every
 * user sees alike (the reader's text and claim list, the workboard's columns), so that the first
 * view of each user after a change reuses them; claim search results; and the claim counts under
 * each filter. docs/architecture.md.
 */
@ApplicationScoped
public class PageCache extends HeadCache<PageCache.Part> {

    /** The media type of a kept page. */
    static final String HTML = "text/html;charset=UTF-8";

    /**
     * {@code page} names the page (e.g. {@code reader-12}), {@code variant} what else it was rendered for:
     * a value with {@code equals} (a string, a record, a list of them), so that two variants are one key
     * only when they are equal. The chain head is added by {@link HeadCache}.
     */
    public record Key(String page, Object variant) {
    }

    /** What a page keeps; its weight is about the memory its rendered HTML takes. */
    public interface Part {
        long weight();
    }

    @Inject
    CsrfField csrf;

    /** For the container's client proxy. */
    PageCache() {
    }

    /** Sized by {@code factdesk.cache.pages.max-weight}. */
    @Inject
    public PageCache(ChainHead chain, FactdeskConfig config) {
        super(chain, config.cache().pages().maxWeight(), Part::weight);
    }

    /**
     * A whole page as one user sees it at one chain head, with its status, as UTF-8 cut where the CSRF
     * token goes: the same page for every request of that user until something changes, with each
     * browser's own token.
     */
    public record Page(int status, List<byte[]> pieces) implements Part {

        static Page of(int status, String html) {
            List<byte[]> pieces = new ArrayList<>();
            int from = 0;
            for (int at = html.indexOf(CsrfField.PLACEHOLDER); at >= 0;
                    at = html.indexOf(CsrfField.PLACEHOLDER, from)) {
                pieces.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
                from = at + CsrfField.PLACEHOLDER.length();
            }
            pieces.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
            return new Page(status, List.copyOf(pieces));
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
     * The page under {@code key} at the chain head as it is now, sent with this request's CSRF token;
     * when there is none, {@code render} gives it at that head (a response whose entity is a template,
     * rendered here with a placeholder for the token). The key must name everything the page shows that
     * is not the same for every request at its head: the user, their role, the query. A page that
     * refuses its query is kept too: at the same head the same query is refused the same way.
     */
    public Response page(Key key, Function<ChainHead.At, Response> render) {
        Page page = get(key, head -> {
            Response response = render.apply(head);
            return Page.of(response.getStatus(),
                    csrf.withPlaceholder(() -> ((TemplateInstance) response.getEntity()).render()));
        });
        return Response.status(page.status()).entity(page.with(csrf.token())).type(HTML).build();
    }
}
