package io.factdesk.report;

import io.factdesk.system.FactdeskConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The addresses of the public pages: {@code /public/claims/{id}} for a published claim and
 * {@code /public/articles/{id}} for an article's public report, under {@code factdesk.public-url}.
 * Unset, they are under {@code http://localhost:<port>}, never under the {@code Host} a request
 * names: that header is the client's to choose, and a base taken from it would let anyone put their
 * own address in the links of a report and make the server render it afresh for each address.
 * docs/reports.md.
 */
@ApplicationScoped
public class PublicLinks {

    private static final Logger LOG = Logger.getLogger(PublicLinks.class);

    private final String base;
    private final boolean configured;

    @Inject
    PublicLinks(FactdeskConfig config, @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        String url = config.publicUrl().map(String::strip).filter(u -> !u.isEmpty()).orElse(null);
        this.configured = url != null;
        String chosen = configured ? url : "http://localhost:" + port;
        this.base = chosen.endsWith("/") ? chosen.substring(0, chosen.length() - 1) : chosen;
    }

    void warnWhenUnset(@Observes StartupEvent start) {
        if (!configured) {
            LOG.warnf("factdesk.public-url is not set: reports, public pages and ClaimReview link to %s. Set it to"
                    + " the address readers reach this server at.", base);
        }
    }

    /** The base URL without a trailing slash. */
    public String base() {
        return base;
    }

    /** False while {@code factdesk.public-url} is unset and the links point at this machine. */
    public boolean configured() {
        return configured;
    }

    public static String claim(String base, long claimId) {
        return base + "/public/claims/" + claimId;
    }

    public static String article(String base, long articleId) {
        return base + "/public/articles/" + articleId;
    }

    /** The public page of the version of an article a published claim was checked on. */
    public static String version(String base, long articleId, int number) {
        return article(base, articleId) + "/versions/" + number;
    }
}
