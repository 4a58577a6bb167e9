package io.factdesk.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code factdesk.fetch.*}: how pages are fetched for an import by web address (docs/articles.md,
 * "Import by URL"; the address rules in docs/security.md).
 */
@ConfigMapping(prefix = "factdesk.fetch")
public interface FetchConfig {

    /** Literal addresses or CIDR blocks that may be fetched although internal (127.0.0.1, 10.1.0.0/16). */
    Optional<List<String>> allowedAddresses();

    /** Redirects followed, each hop checked as the first address was. */
    @WithDefault("5")
    int maxRedirects();

    /** Connecting, and waiting for the answer's headers, each hop. */
    @WithDefault("10s")
    Duration timeout();

    /** The whole fetch, redirects and body included. */
    @WithDefault("30s")
    Duration totalTimeout();

    /** Bytes of the page as sent (before any decompression by the client: none is asked for). */
    @WithDefault("5242880")
    long maxBytes();

    /**
     * How often each article imported by web address is checked for updates by the server itself (1h, 30m,
     * PT6H); absent or empty: never (docs/articles.md, "Periodic re-checks").
     */
    Optional<Duration> recheckEvery();

    /** The most articles one scheduled round checks (the longest unchecked first); the rest wait for the next. */
    @WithDefault("50")
    int recheckBatch();

    default PageFetcher.Settings settings() {
        return new PageFetcher.Settings(new FetchPolicy(allowedAddresses().orElse(List.of())), maxRedirects(),
                timeout(), totalTimeout(), maxBytes());
    }
}
