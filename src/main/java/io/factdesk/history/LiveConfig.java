package io.factdesk.history;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code factdesk.live.*}: the event stream {@code /api/events} and its relay (application.properties, docs/deploy.md). */
@ConfigMapping(prefix = "factdesk.live")
public interface LiveConfig {

    /** Open streams in total on this instance; one more is refused with 503. */
    @WithDefault("2000")
    int maxStreams();

    /** Open streams per user (tabs, devices); one more is refused with 429. */
    @WithDefault("20")
    int maxStreamsPerUser();

    /** Events waiting for a stream's client to read them; a client this far behind is dropped. */
    @WithDefault("500")
    int buffer();

    /** A comment line sent on every stream this often, so that proxies keep idle streams open. */
    @WithDefault("PT15S")
    Duration heartbeat();

    /** On PostgreSQL: hear other instances' commits through LISTEN/NOTIFY (false: poll only). */
    @WithDefault("true")
    boolean listen();

    /** While the notification channel is down: how often the chain head is read. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** While the notification channel is down: how often its connection is tried again. */
    @WithDefault("PT5S")
    Duration reconnectInterval();
}
