package io.factdesk.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code factdesk.sign-in.*}: the throttle of failed sign-ins (application.properties, SignInThrottle). */
@ConfigMapping(prefix = "factdesk.sign-in")
public interface SignInConfig {

    @WithDefault("10")
    int maxFailuresPerAccount();

    @WithDefault("50")
    int maxFailuresPerAddress();

    @WithDefault("PT5M")
    Duration window();
}
