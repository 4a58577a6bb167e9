package io.factdesk.account;

import io.factdesk.system.ProblemResponses;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What happens around a sign-in before and after Quarkus checks it. A request with HTTP Basic or a
 * Bearer token from an account or address that {@link SignInThrottle} holds back is answered 429
 * (problem+json, {@code Retry-After}) before its credentials are looked at. A form sign-in the
 * throttle refused ({@link PasswordAuthentication}) is sent to the sign-in page, which says how long
 * to wait. A successful form sign-in drops the browser's CSRF cookie, so that the next page gives
 * a new token: the token of whoever used the browser before is not carried over (sign-out drops it
 * too). docs/security.md.
 */
@ApplicationScoped
public class SignInGuard {

    /** After Quarkus reads nothing yet and before its authentication (-150). */
    static final int ORDER = -200;

    @Inject
    SignInThrottle throttle;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String csrfCookie;

    void routes(@Observes Router router) {
        router.route().order(ORDER).handler(this::guard);
    }

    void guard(RoutingContext routing) {
        String path = routing.request().path();
        if (path.equals("/j_security_check")) {
            routing.addHeadersEndHandler(v -> afterFormSignIn(routing));
            routing.next();
            return;
        }
        if (path.equals("/logout")) {
            // After the CSRF filter, which sets its cookie again on every answer.
            routing.addHeadersEndHandler(v -> {
                if (routing.response().getStatusCode() / 100 == 3) {
                    dropCsrfCookie(routing);
                }
            });
        }
        String authorization = routing.request().getHeader("Authorization");
        if (authorization == null) {
            routing.next();
            return;
        }
        String username = null;
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            username = basicUser(authorization.substring(6).strip());
        } else if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            routing.next();
            return;
        }
        Optional<Duration> wait = throttle.blocked(username, address(routing));
        if (wait.isEmpty()) {
            routing.next();
            return;
        }
        long seconds = seconds(wait.get());
        JsonObject problem = new JsonObject().put("type", ProblemResponses.TYPE_BASE + "too-many-sign-ins")
                .put("title", "Too many failed sign-ins").put("status", 429)
                .put("detail", "Too many failed sign-ins for this account or from this address. Try again in "
                        + seconds + " seconds.");
        routing.response().setStatusCode(429).putHeader("Content-Type", "application/problem+json")
                .putHeader("Retry-After", Long.toString(seconds)).end(problem.encode());
    }

    private void afterFormSignIn(RoutingContext routing) {
        Object throttled = routing.get(PasswordAuthentication.THROTTLED);
        var response = routing.response();
        if (throttled instanceof Duration wait) {
            response.setStatusCode(302).putHeader("Location", "/login?throttled=" + seconds(wait));
            return;
        }
        String location = response.headers().get("Location");
        boolean signedIn = response.getStatusCode() / 100 == 3 && location != null && !location.contains("error=");
        if (signedIn) {
            dropCsrfCookie(routing);
        }
    }

    private void dropCsrfCookie(RoutingContext routing) {
        routing.response().addCookie(Cookie.cookie(csrfCookie, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX));
    }

    /** The client's address (the forwarded one when quarkus.http.proxy trusts a proxy in front). */
    static String address(RoutingContext routing) {
        var remote = routing.request().remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** The user name of an HTTP Basic credential, or null when it is not one. */
    public static String basicUser(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
