package io.factdesk.history;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One open {@code /api/events} stream as the relay sees it: what its user may see and asked for, and a
 * bounded queue of what is waiting to be written. The relay thread is its only producer and never waits
 * for it: when the queue is full, the client is too far behind and is dropped ({@link #offer}).
 */
final class LiveStream {

    /** The comment line that keeps the connection alive through proxies. */
    static final Object HEARTBEAT = new Object();

    final String user;
    private final boolean admin;
    private final Long article;
    private final Long claim;
    /** Events up to this seq are the catch-up's (read from the table), or were seen by the client. */
    private final long since;
    private final BlockingQueue<Object> queue;
    private final UnicastProcessor<Object> live;
    private final Client client;
    private volatile boolean dropped;

    /** The stream's connection as the relay sees it. */
    interface Client {

        /** Ends the connection at once (a client too far behind). */
        void drop();

        /**
         * Whether the connection is closed: the client went away, whether or not the stream has heard of it
         * (a relay that trusted only the stream's own end would count a silently lost stream till it filled).
         */
        default boolean gone() {
            return false;
        }
    }

    LiveStream(String user, boolean admin, Long article, Long claim, long since, int buffer, Client client) {
        this.user = user;
        this.admin = admin;
        this.article = article;
        this.claim = claim;
        this.since = since;
        this.queue = new ArrayBlockingQueue<>(buffer);
        this.live = UnicastProcessor.create(queue, null);
        this.client = client;
    }

    /** What the relay hands this stream, from the moment it was opened, waiting until the catch-up is sent. */
    Multi<Object> live() {
        return live;
    }

    /** Security events for admins only; the filters asked for; nothing the client already has. */
    boolean wants(LiveEvent e) {
        return e.seq() > since && (admin || !e.security()) && (article == null || article.equals(e.articleId()))
                && (claim == null || claim.equals(e.claimId()));
    }

    /** Queues an event or a heartbeat; false when the client is too far behind and has been dropped. */
    boolean offer(Object item) {
        if (dropped) {
            return false;
        }
        if (queue.remainingCapacity() == 0) {
            dropped = true;
            live.onComplete();
            client.drop();
            return false;
        }
        live.onNext(item);
        return true;
    }

    /** Whether the client's connection is closed ({@link Client#gone}). */
    boolean gone() {
        return client.gone();
    }

    /** Ends the stream: nothing more is written (its client has gone). */
    void end() {
        dropped = true;
        live.onComplete();
    }
}
