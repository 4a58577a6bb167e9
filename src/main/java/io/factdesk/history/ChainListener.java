package io.factdesk.history;

import io.factdesk.audit.AuditAppender;
import io.factdesk.system.ChainHead;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the commits of other instances on one PostgreSQL database and pokes the {@link EventRelay}. One
 * thread, one connection of its own (outside the pool, named {@code factdesk-live}): {@code LISTEN
 * factdesk_events}, on which every append notifies ({@link AuditAppender#CHANNEL}); PostgreSQL delivers
 * a notification only after its transaction commits. When the connection drops, the thread reads the
 * chain head every {@code poll-interval} and pokes the relay when it moved, and tries the connection
 * again every {@code reconnect-interval}; once it is back it pokes once, for what happened in between.
 * The notification is only a hint: the relay reads the history itself, so nothing depends on it arriving.
 *
 * <p>H2 runs in this process only: the relay's in-process poke is all it needs, and this does nothing.
 */
@ApplicationScoped
public class ChainListener {

    private static final Logger LOG = Logger.getLogger(ChainListener.class);
    /** The connection's {@code application_name}, as {@code pg_stat_activity} shows it. */
    public static final String APPLICATION_NAME = "factdesk-live";

    @Inject
    EventRelay relay;

    @Inject
    ChainHead head;

    @Inject
    LiveConfig config;

    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;
    private final AtomicLong headReads = new AtomicLong();

    void start(@Observes StartupEvent start) {
        if (!"postgresql".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class))) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "factdesk-live-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        close();
    }

    /** True while notifications are being heard; false while the chain head is read instead. */
    boolean listening() {
        return connection != null;
    }

    /** How many times the head was read because notifications were not heard. */
    long headReads() {
        return headReads.get();
    }

    private void run() {
        long nextAttempt = 0;
        while (running) {
            if (connection == null && config.listen() && System.currentTimeMillis() >= nextAttempt) {
                try {
                    connection = connect();
                    LOG.info("Listening for the history's notifications (" + AuditAppender.CHANNEL + ")");
                    relay.poke();
                } catch (SQLException e) {
                    nextAttempt = System.currentTimeMillis() + config.reconnectInterval().toMillis();
                    LOG.warnf("Cannot listen for the history's notifications (%s); reading the chain head every %s",
                            e.getMessage(), config.pollInterval());
                }
            }
            Connection listening = connection;
            if (listening != null) {
                try {
                    PGNotification[] heard = listening.unwrap(PGConnection.class)
                            .getNotifications((int) config.pollInterval().toMillis());
                    if (heard != null && heard.length > 0) {
                        relay.poke();
                    }
                } catch (SQLException e) {
                    if (!running) {
                        return;
                    }
                    LOG.warnf("Lost the history's notifications (%s); reading the chain head every %s until back",
                            e.getMessage(), config.pollInterval());
                    close();
                    nextAttempt = System.currentTimeMillis() + config.reconnectInterval().toMillis();
                }
            } else {
                readHead();
                sleep(config.pollInterval().toMillis());
            }
        }
    }

    private void readHead() {
        try {
            headReads.incrementAndGet();
            relay.pokeIfBehind(head.current().seq());
        } catch (RuntimeException e) {
            LOG.debugf("Reading the chain head failed: %s", e);
        }
    }

    private Connection connect() throws SQLException {
        var settings = ConfigProvider.getConfig();
        Properties properties = new Properties();
        properties.setProperty("user", settings.getValue("quarkus.datasource.username", String.class));
        properties.setProperty("password",
                settings.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        Connection c = new org.postgresql.Driver()
                .connect(settings.getValue("quarkus.datasource.jdbc.url", String.class), properties);
        if (c == null) {
            throw new SQLException("the datasource URL is not a PostgreSQL URL");
        }
        try (Statement listen = c.createStatement()) {
            listen.execute("LISTEN " + AuditAppender.CHANNEL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void close() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the listening connection: %s", e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
