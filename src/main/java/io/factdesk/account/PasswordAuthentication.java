package io.factdesk.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * User name and password, from the sign-in form and from HTTP Basic. A bcrypt check costs tens of
 * milliseconds of CPU on purpose, and a script using Basic sends its password with every request; so a
 * verified pair is remembered for {@link #REMEMBERED} under an HMAC of name and password with a
 * secret of this start (the password itself is kept nowhere), and forgotten as soon as the user's
 * roles change ({@link #forget}). Takes the place of Quarkus Security JPA's provider, which checks
 * bcrypt on every request. Form sign-ins refused by {@link SignInThrottle} fail here before bcrypt.
 */
@ApplicationScoped
public class PasswordAuthentication implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final Duration REMEMBERED = Duration.ofMinutes(1);

    /** The routing context key saying that a form sign-in was refused by the throttle, and for how long. */
    public static final String THROTTLED = "factdesk.sign-in.throttled";

    /** A user as a verified name and password shows them. */
    record Verified(String username, String roles) {
        SecurityIdentity identity() {
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(username));
            if (roles != null) {
                Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                        .forEach(identity::addRole);
            }
            return identity.build();
        }
    }

    private final byte[] secret = new byte[32];
    private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(REMEMBERED).build();

    @Inject
    SignInThrottle throttle;

    public PasswordAuthentication() {
        new SecureRandom().nextBytes(secret);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before Quarkus Security JPA's provider, which is never asked. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            Optional<Duration> wait = throttle.blocked(username, SignInGuard.address(routing));
            if (wait.isPresent()) {
                routing.put(THROTTLED, wait.get());
                return Uni.createFrom().failure(new AuthenticationFailedException("Too many failed sign-ins"));
            }
        }
        String key = key(username, password);
        Verified known = verified.getIfPresent(key);
        if (known != null) {
            return Uni.createFrom().item(known.identity());
        }
        return context.runBlocking(() -> {
            Verified user = QuarkusTransaction.joiningExisting().call(() -> User.findByUsername(username)
                    .filter(u -> u.passwordHash != null && BcryptUtil.matches(password, u.passwordHash))
                    .map(u -> new Verified(u.username, u.roles)).orElse(null));
            if (user == null) {
                throw new AuthenticationFailedException("Wrong user name or password");
            }
            verified.put(key, user);
            return user.identity();
        });
    }

    /** Forgets every verified password of this user: their roles or password changed, or they left. */
    public void forget(String username) {
        verified.asMap().values().removeIf(v -> v.username().equals(username));
    }

    private String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
