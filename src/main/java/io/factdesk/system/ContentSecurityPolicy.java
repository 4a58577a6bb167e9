package io.factdesk.system;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sends the desk's Content-Security-Policy with every response that did not set its own. The
 * report pages set a stricter one that admits their inline style sheet by its hash (see
 * io.factdesk.report.HtmlReport); two policies would both apply, so this one steps aside for them.
 */
@ApplicationScoped
public class ContentSecurityPolicy {

    public static final String HEADER = "Content-Security-Policy";

    /** Scripts and styles from this server only; no frames, plugins or foreign form targets. */
    public static final String DEFAULT = "default-src 'self'; img-src 'self' data:; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(done -> {
                if (!context.response().headers().contains(HEADER)) {
                    context.response().putHeader(HEADER, DEFAULT);
                }
            });
            context.next();
        });
    }
}
