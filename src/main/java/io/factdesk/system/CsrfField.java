package io.factdesk.system;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF token for a form, as templates see it: {@code {inject:csrfField.token}}. The CSRF
 * filter publishes the token only on safe requests; a page shown again after a refused POST
 * (to keep what the user typed) takes the token the request just proved it holds.
 */
@Named("csrfField")
@RequestScoped
public class CsrfField {

    private static final String TOKEN_ATTRIBUTE = "csrf_token";

    /**
     * What a kept page holds where the token goes: a secret of this start, so that no text a user
     * wrote (an article's URL or body, a comment) can hold it and have the viewer's token put in there.
     * It never leaves the server: every kept page is sent with it replaced. Hex, so HTML escaping
     * leaves it as it is.
     */
    static final String PLACEHOLDER = marker();

    private boolean placeholder;

    @Inject
    RoutingContext routing;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String fieldName;

    public String name() {
        return fieldName;
    }

    /**
     * Renders {@link #PLACEHOLDER} instead of the token while {@code render} runs: a page kept for many
     * requests (PageCache) must not hold this browser's token; the token is put in when it is sent.
     */
    public <T> T withPlaceholder(Supplier<T> render) {
        placeholder = true;
        try {
            return render.get();
        } finally {
            placeholder = false;
        }
    }

    private static String marker() {
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        return "csrf-" + HexFormat.of().formatHex(secret);
    }

    public String token() {
        if (placeholder) {
            return PLACEHOLDER;
        }
        Object published = routing.get(TOKEN_ATTRIBUTE);
        if (published != null) {
            return published.toString();
        }
        Cookie cookie = routing.request().getCookie(cookieName);
        return cookie == null ? "" : cookie.getValue();
    }
}
