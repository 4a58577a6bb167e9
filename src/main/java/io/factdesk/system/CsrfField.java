package io.factdesk.system;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    @Inject
    RoutingContext routing;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String fieldName;

    public String name() {
        return fieldName;
    }

    public String token() {
        Object published = routing.get(TOKEN_ATTRIBUTE);
        if (published != null) {
            return published.toString();
        }
        Cookie cookie = routing.request().getCookie(cookieName);
        return cookie == null ? "" : cookie.getValue();
    }
}
