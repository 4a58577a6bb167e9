package io.factdesk.report;

import io.factdesk.system.FactdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

/**
 * The addresses of the public pages: {@code /public/claims/{id}} for a published claim and
 * {@code /public/articles/{id}} for an article's public report, under {@code factdesk.public-url}
 * or, when that is unset, under the address the request came to.
 */
@ApplicationScoped
public class PublicLinks {

    @Inject
    FactdeskConfig config;

    /** The base URL without a trailing slash. */
    public String base(UriInfo request) {
        String base = config.publicUrl().filter(u -> !u.isBlank()).orElseGet(() -> request.getBaseUri().toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static String claim(String base, long claimId) {
        return base + "/public/claims/" + claimId;
    }

    public static String article(String base, long articleId) {
        return base + "/public/articles/" + articleId;
    }
}
