package io.factdesk.audit;

/**
 * Who did what an event records: its id and name are kept in the event (docs/history.md). A user
 * of the desk is one ({@code account.User}); the history needs nothing else of them.
 */
public interface Actor {

    Long actorId();

    String actorName();
}
