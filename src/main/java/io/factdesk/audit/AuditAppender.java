package io.factdesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The append protocol, in plain SQL on the caller's connection and transaction (docs/history.md):
 * lock the head row, insert the event after it, move the head; on PostgreSQL, notify the listeners. The lock makes every appender —
 * another thread, another application instance on the same database — wait until this transaction
 * ends, so each event links to the one committed before it and the chain never forks.
 *
 * <p>Plain JDBC rather than entities, because these three statements are the whole contract: any
 * process that follows them appends correctly, which is how the tests play a second instance.
 */
public final class AuditAppender {

    static final String LOCK_HEAD = "select seq, hash from audit_head where id = 1 for update";
    static final String INSERT_EVENT = "insert into audit_event (seq, occurred_at, actor_id, actor_name, type,"
            + " article_id, claim_id, before_json, after_json, comment, prev_hash, hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String MOVE_HEAD = "update audit_head set seq = ?, hash = ? where id = 1";
    /**
     * On PostgreSQL, the fourth statement: tells every instance listening on the channel that the chain
     * moved. PostgreSQL delivers a notification only when its transaction commits, so a listener never
     * hears of an event it cannot read yet, nor of one rolled back (docs/history.md, "Live").
     */
    public static final String CHANNEL = "factdesk_events";
    static final String NOTIFY = "select pg_notify('" + CHANNEL + "', ?)";

    /** An event before it has a place in the chain; {@code before} and {@code after} are canonical JSON. */
    record Draft(Long actorId, String actorName, String type, Long articleId, Long claimId, String before,
            String after, String comment) {
    }

    /** Where the event landed. */
    record Appended(long seq, String hash) {
    }

    private AuditAppender() {
    }

    static Appended append(Connection connection, Draft draft) throws SQLException {
        return appendAll(connection, List.of(draft)).get(0);
    }

    /**
     * Appends the drafts in order. On PostgreSQL one notification follows the last of them: a listener
     * reads every event after the last one it relayed, so one poke per transaction is enough.
     */
    static List<Appended> appendAll(Connection connection, List<Draft> drafts) throws SQLException {
        List<Appended> out = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            out.add(appendOne(connection, draft));
        }
        if (!out.isEmpty() && postgresql(connection)) {
            try (PreparedStatement notify = connection.prepareStatement(NOTIFY)) {
                notify.setString(1, Long.toString(out.get(out.size() - 1).seq()));
                notify.execute();
            }
        }
        return out;
    }

    private static Appended appendOne(Connection connection, Draft draft) throws SQLException {
        long seq;
        String prevHash;
        try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD); ResultSet head = lock.executeQuery()) {
            if (!head.next()) {
                throw new IllegalStateException("audit_head has no row: the V5 migration did not run");
            }
            seq = head.getLong(1) + 1;
            prevHash = head.getString(2);
        }
        // Taken under the lock, so that time never runs backwards along the chain of one clock.
        Instant occurredAt = AuditChain.chainTime(Instant.now());
        AuditChain.Content content = new AuditChain.Content(seq, occurredAt, draft.actorId(), draft.actorName(),
                draft.type(), draft.articleId(), draft.claimId(), draft.before(), draft.after(), draft.comment(),
                prevHash);
        String hash = content.hash();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            insert.setLong(1, seq);
            insert.setObject(2, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC));
            setLong(insert, 3, draft.actorId());
            insert.setString(4, draft.actorName());
            insert.setString(5, draft.type());
            setLong(insert, 6, draft.articleId());
            setLong(insert, 7, draft.claimId());
            insert.setString(8, draft.before());
            insert.setString(9, draft.after());
            insert.setString(10, draft.comment());
            insert.setString(11, prevHash);
            insert.setString(12, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
            move.setLong(1, seq);
            move.setString(2, hash);
            move.executeUpdate();
        }
        return new Appended(seq, hash);
    }

    private static boolean postgresql(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
