package io.factdesk.audit;

/**
 * A CDI event: a transaction that appended to the chain has committed, in this process. Fired after the
 * commit, never for a rollback, so an observer that reads the chain finds the new events there; the
 * live relay ({@code history.EventRelay}) is poked by it. Other processes hear of their commits through
 * PostgreSQL's notifications ({@link AuditAppender#CHANNEL}).
 */
public record ChainCommitted() {
}
