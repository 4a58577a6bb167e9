package io.factdesk.account;

import io.factdesk.account.PasswordAuthentication;
import io.factdesk.account.SignInGuard;
import io.factdesk.account.SignInThrottle;
import io.factdesk.account.User;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Records sign-ins and failed sign-in attempts from Quarkus' security events.
 *
 * <p>A sign-in is the form sign-in ({@link FormAuthenticationEvent}): Quarkus also fires an
 * authentication success for every request that carries a session cookie, HTTP Basic or a token,
 * and those are not sign-ins — recording them would put one event in the chain per API call.
 * Failed attempts, whatever the mechanism, are counted by {@link SignInThrottle} and recorded with the
 * user name they tried (never the password or token): the first of each account in a window and the
 * one that throttles it, with the count ({@link #failed}). No IP address: the chain cannot forget, and an address is personal data.
 *
 * <p>The asynchronous events arrive on a worker thread, outside any request or transaction, so
 * each one is recorded in a transaction of its own.
 */
@ApplicationScoped
public class SignInRecorder {

    private static final Logger LOG = Logger.getLogger(SignInRecorder.class);

    /** Longer user names are cut: a failed attempt can carry anything. */
    static final int MAX_USERNAME = 64;

    @Inject
    AuditLog audit;

    @Inject
    SignInThrottle throttle;

    void signedIn(@ObservesAsync FormAuthenticationEvent event) {
        String username = event.getSecurityIdentity().getPrincipal().getName();
        record(() -> audit.record(EventType.SIGN_IN, User.findByUsername(username).orElse(null), null, null,
                Map.of(), Map.of("mechanism", "form"), null));
    }

    /**
     * Counts the failure in the throttle at once (on the thread that failed it) and records it only
     * when it is the first of its account in the throttle's window, or the one that throttles the
     * account: a flood of failures appends at most two events per account per window, and none once
     * the throttle refuses attempts before they are checked. The recording runs on a worker thread.
     */
    void failed(@Observes AuthenticationFailureEvent event) {
        Object routing = event.getEventProperties().get(RoutingContext.class.getName());
        if (!(routing instanceof RoutingContext context)) {
            Infrastructure.getDefaultWorkerPool().execute(() -> record(() -> audit.record(EventType.SIGN_IN_FAILED,
                    null, null, null, Map.of(), Map.of("mechanism", "unknown"), null)));
            return;
        }
        if (context.get(PasswordAuthentication.THROTTLED) != null) {
            return;
        }
        Map<String, Object> attempt = attempt(context);
        var address = context.request().remoteAddress();
        SignInThrottle.Failure failure = throttle.failed((String) attempt.get("username"),
                address == null ? null : address.hostAddress());
        int count = attempt.get("username") != null ? failure.accountFailures() : failure.addressFailures();
        if (count != 1 && !failure.accountNowThrottled()) {
            return;
        }
        attempt.put("failuresInWindow", count);
        attempt.put("throttled", failure.accountNowThrottled());
        Infrastructure.getDefaultWorkerPool().execute(() -> record(() -> audit.record(EventType.SIGN_IN_FAILED,
                null, null, null, Map.of(), attempt, null)));
    }

    private static void record(Runnable append) {
        try {
            QuarkusTransaction.requiringNew().run(append);
        } catch (RuntimeException e) {
            LOG.warnf(e, "A security event could not be recorded");
        }
    }

    /** How the attempt was made and the user name it claimed. */
    static Map<String, Object> attempt(RoutingContext context) {
        Map<String, Object> attempt = new LinkedHashMap<>();
        String authorization = context.request().getHeader("Authorization");
        if (context.request().path().endsWith("/j_security_check")) {
            attempt.put("mechanism", "form");
            attempt.put("username", cut(context.request().getFormAttribute("j_username")));
        } else if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            attempt.put("mechanism", "basic");
            attempt.put("username", cut(SignInGuard.basicUser(authorization.substring(6).strip())));
        } else if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            attempt.put("mechanism", "token");
            attempt.put("username", null);
        } else {
            attempt.put("mechanism", "other");
            attempt.put("username", null);
        }
        return attempt;
    }

    private static String cut(String username) {
        if (username == null) {
            return null;
        }
        String s = username.strip();
        return s.length() <= MAX_USERNAME ? s : s.substring(0, MAX_USERNAME);
    }
}
