package io.factdesk.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Hibernate;

/**
 * Every change appends a history event in its own transaction: the rule that keeps the history whole
 * and that {@link HeadCache} rests on (a change that moves no chain head would leave every kept page
 * showing the data before it). {@link EntityChanges}, a Hibernate interceptor, reports here each insert,
 * update and delete of an entity (and of its collections) in the transaction; before the transaction
 * commits this refuses it,
 * rolling it back, when no event was appended: the commit fails with an {@link IllegalStateException}
 * naming what changed.
 *
 * <p>The event's side is told by {@code audit.AuditLog.record} ({@link #appended}), which appends in
 * plain SQL beside Hibernate. What needs no event is marked {@link WithoutHistory} with its reason (an
 * API token's last use); statements that bypass Hibernate (the chain's own append and head, H2's
 * {@code SET WRITE_DELAY} at start) are not seen here and are listed in docs/architecture.md.
 */
@ApplicationScoped
public class HistoryRequired {

    /** The key of a transaction's {@link Changes} in the transaction's resources. */
    private static final Object KEY = HistoryRequired.class;

    /** Per entity class, its fields marked {@link WithoutHistory} (all of them: {@code null} for the class). */
    private final Map<Class<?>, Set<String>> exempt = new ConcurrentHashMap<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** What one transaction changed, and whether it appended an event. */
    private static final class Changes implements Synchronization {
        final Set<String> changed = new TreeSet<>();
        boolean appended;
        boolean checking;

        @Override
        public void beforeCompletion() {
            if (!appended && !changed.isEmpty()) {
                throw new IllegalStateException("A transaction changed " + String.join(", ", changed)
                        + " without appending a history event: every change calls AuditLog.record in its"
                        + " transaction, or is marked @WithoutHistory with its reason (docs/architecture.md).");
            }
        }

        @Override
        public void afterCompletion(int status) {
        }
    }

    /** Called by {@code AuditLog.record}: this transaction appended an event. */
    public void appended() {
        changes().appended = true;
    }

    /** Notes a change of {@code entity} ({@code what}: insert, update, delete) in the current transaction. */
    void changed(Object entity, String what) {
        if (exemptFields(Hibernate.getClass(entity)) == null) {
            return;
        }
        Changes changes = changes();
        changes.changed.add(what + " " + Hibernate.getClass(entity).getSimpleName());
        if (!changes.checking) {
            // Run after Hibernate's own flush at commit: interposed synchronizations come last.
            transactions.registerInterposedSynchronization(changes);
            changes.checking = true;
        }
    }

    private Changes changes() {
        Changes changes = (Changes) transactions.getResource(KEY);
        if (changes == null) {
            if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
                throw new IllegalStateException("A change outside a transaction");
            }
            changes = new Changes();
            transactions.putResource(KEY, changes);
        }
        return changes;
    }

    /** The fields of {@code type} whose changes need no event; null when none of its changes do. */
    Set<String> exemptFields(Class<?> type) {
        Set<String> fields = exempt.computeIfAbsent(type, t -> {
            if (t.isAnnotationPresent(WithoutHistory.class)) {
                return Set.of("*");
            }
            Set<String> names = new TreeSet<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.isAnnotationPresent(WithoutHistory.class)) {
                        names.add(f.getName());
                    }
                }
            }
            return Set.copyOf(names);
        });
        return fields.contains("*") ? null : fields;
    }
}
