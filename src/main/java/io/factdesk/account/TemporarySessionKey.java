package io.factdesk.account;

import io.quarkus.runtime.ExecutionMode;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The key of the session cookie when {@code quarkus.http.auth.session.encryption-key} is not set: a
 * random one for this start. Quarkus would make one too, but prints it in the log, and whoever reads
 * the log could then forge any user's session. Lowest of the configuration sources, so a key set in
 * application.properties or the environment always wins. Nothing while the application is built, so
 * that no key is ever written into the build. docs/security.md.
 */
public class TemporarySessionKey implements ConfigSource {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";

    private static volatile String key;

    @Override
    public Set<String> getPropertyNames() {
        return running() ? Set.of(PROPERTY) : Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return running() ? Map.of(PROPERTY, key()) : Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) && running() ? key() : null;
    }

    @Override
    public String getName() {
        return "factdesk-temporary-session-key";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    private static boolean running() {
        return ExecutionMode.current() != ExecutionMode.UNSET;
    }

    private static String key() {
        if (key == null) {
            synchronized (TemporarySessionKey.class) {
                if (key == null) {
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    key = Base64.getEncoder().encodeToString(random);
                }
            }
        }
        return key;
    }
}
