package io.factdesk.system;

/**
 * Where the history chain stands now: the last committed event. Every change appends an event in the
 * change's transaction (checked by {@link HistoryRequired}), so a head that has not moved means nothing
 * has changed; {@link HeadCache} keys what it keeps by it. Implemented in {@code audit} ({@code AuditHead}), which owns the
 * chain: {@code system} depends on no feature package. docs/architecture.md.
 */
public interface ChainHead {

    /** The head as committed now (read in a transaction of its own). */
    At current();

    /** A place in the chain: the event's sequence number and hash. */
    record At(long seq, String hash) {
    }
}
