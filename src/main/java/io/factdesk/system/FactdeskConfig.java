package io.factdesk.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Operator settings; each key is documented next to its default in application.properties. */
@ConfigMapping(prefix = "factdesk")
public interface FactdeskConfig {

    Admin admin();

    Demo demo();

    ArticleLimits article();

    /**
     * Where readers reach this server, e.g. {@code https://factcheck.example.org}: the base of the
     * public pages that reports and ClaimReview link to. Unset, the address of each request is used.
     */
    Optional<String> publicUrl();

    interface Admin {
        @WithDefault("admin")
        String username();

        Optional<String> password();
    }

    interface Demo {
        @WithDefault("false")
        boolean enabled();
    }

    interface ArticleLimits {
        @WithDefault("1048576")
        int maxBodyBytes();
    }
}
