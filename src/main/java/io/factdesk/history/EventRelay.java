package io.factdesk.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.audit.AuditEvent;
import io.factdesk.audit.ChainCommitted;
import io.factdesk.system.ChainHead;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * This instance's one relay from the history table to the open event streams (docs/architecture.md,
 * "Live events"). The table is the source of truth: the relay reads the events after the last one it
 * relayed, in order, and hands each to the streams that may see it; it never trusts what a poke says.
 * It is poked after each local commit that appended ({@link ChainCommitted}), by {@link ChainListener}
 * when another instance commits (PostgreSQL notifications, or reading the head while they are down).
 * A read that fails is done again at the next poke, from the same place. Pokes coalesce: one thread reads, however many arrive.
 *
 * <p>Nothing is lost or sent twice: appends commit in {@code seq} order (the head's lock), so reading
 * "after the last relayed" never skips one; a stream opened when the relay stood at {@code upTo} gets the
 * events after it from the relay and those up to it from its catch-up, both under the relay's lock.
 */
@ApplicationScoped
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class);
    /** Events read per query. */
    static final int PAGE = 500;

    @Inject
    HistoryService history;

    @Inject
    ChainHead head;

    @Inject
    ObjectMapper json;

    @Inject
    LiveConfig config;

    private final Object lock = new Object();
    /** Guarded by {@link #lock}, as are the two below. */
    private final Set<LiveStream> streams = new LinkedHashSet<>();
    private final Map<String, Integer> perUser = new HashMap<>();
    /** The last seq relayed; -1 while no stream is open (nothing is read then). */
    private long relayed = -1;

    private final AtomicBoolean poked = new AtomicBoolean();
    private ScheduledExecutorService thread;

    /** A stream just opened: the relay hands it every event after {@code upTo}; the ones before are its catch-up. */
    record Opened(LiveStream stream, long upTo) {
    }

    @PostConstruct
    void start() {
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "factdesk-live-relay");
            t.setDaemon(true);
            return t;
        });
        long every = config.heartbeat().toMillis();
        thread.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    void committed(@Observes ChainCommitted committed) {
        poke();
    }

    /** Asks the relay to read the table: cheap, never blocks, many pokes make one read. */
    public void poke() {
        if (poked.compareAndSet(false, true)) {
            try {
                thread.execute(this::relay);
            } catch (RejectedExecutionException stopping) {
                // the server is stopping: its streams are closing
            }
        }
    }

    /** Pokes the relay when the chain stands past what it relayed (the fallback's check of the head). */
    void pokeIfBehind(long headSeq) {
        synchronized (lock) {
            if (relayed < 0 || headSeq <= relayed) {
                return;
            }
        }
        poke();
    }

    /**
     * Registers a stream, within the bounds: 503 when this instance holds {@code max-streams}, 429 when
     * the user holds {@code max-streams-per-user}.
     */
    Opened open(String user, boolean admin, Long article, Long claim, Long since, LiveStream.Client client) {
        synchronized (lock) {
            if (streams.size() >= config.maxStreams()
                    || perUser.getOrDefault(user, 0) >= config.maxStreamsPerUser()) {
                closeGone(); // a client that went away unheard does not hold a place
            }
            if (streams.size() >= config.maxStreams()) {
                throw new TooManyStreams(503, "This server has " + streams.size()
                        + " event streams open, as many as it holds; try again shortly or another server.");
            }
            if (perUser.getOrDefault(user, 0) >= config.maxStreamsPerUser()) {
                throw new TooManyStreams(429, "You have " + config.maxStreamsPerUser()
                        + " event streams open already; close one (a tab) first.");
            }
            if (relayed < 0) {
                relayed = head.current().seq();
            }
            LiveStream stream = new LiveStream(user, admin, article, claim, since == null ? relayed : since,
                    config.buffer(), client);
            streams.add(stream);
            perUser.merge(user, 1, Integer::sum);
            return new Opened(stream, relayed);
        }
    }

    /** The stream has ended (client gone, dropped, server stopping). */
    void close(LiveStream stream) {
        synchronized (lock) {
            if (streams.remove(stream)) {
                perUser.computeIfPresent(stream.user, (u, n) -> n <= 1 ? null : n - 1);
                if (streams.isEmpty()) {
                    relayed = -1;
                }
            }
        }
    }

    private void relay() {
        poked.set(false);
        try {
            while (true) {
                long after;
                synchronized (lock) {
                    if (relayed < 0) {
                        return;
                    }
                    after = relayed;
                }
                List<AuditEvent> page = history.eventsAfter(after, PAGE);
                if (page.isEmpty()) {
                    return;
                }
                List<LiveEvent> events = page.stream().map(e -> LiveEvent.of(e, json)).toList();
                synchronized (lock) {
                    if (relayed != after) {
                        return; // every stream closed meanwhile, and a new one started from the head
                    }
                    List<LiveStream> open = new ArrayList<>(streams);
                    for (LiveEvent event : events) {
                        for (LiveStream stream : open) {
                            if (stream.wants(event) && !stream.offer(event)) {
                                LOG.infof("Dropped the event stream of %s: its client is %d events behind",
                                        stream.user, config.buffer());
                                close(stream);
                            }
                        }
                    }
                    if (!streams.isEmpty()) {
                        relayed = events.get(events.size() - 1).seq();
                    }
                }
                if (page.size() < PAGE) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The next poke reads again from the same place: nothing is skipped.
            LOG.warnf("Reading the history for the event streams failed: %s", e.toString());
        }
    }

    private void heartbeat() {
        synchronized (lock) {
            closeGone();
            for (LiveStream stream : new ArrayList<>(streams)) {
                if (!stream.offer(LiveStream.HEARTBEAT)) {
                    close(stream);
                }
            }
        }
    }

    /**
     * Ends and forgets the streams whose client's connection is closed. The stream's own end (its client
     * cancelling) normally does this at once; this is the check that nothing lost on the way keeps a place
     * for long: at every heartbeat, and before a stream is refused for want of one.
     */
    private void closeGone() {
        for (LiveStream stream : new ArrayList<>(streams)) {
            if (stream.gone()) {
                stream.end();
                close(stream);
            }
        }
    }

    /** More streams than the bounds allow: 429 for one user, 503 for the instance. */
    static final class TooManyStreams extends RuntimeException {
        final int status;

        TooManyStreams(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
