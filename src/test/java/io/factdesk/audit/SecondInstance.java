package io.factdesk.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Another application instance appending on the same database, played by a connection of its own that
 * follows the documented protocol ({@link AuditAppender}), notification included, and commits.
 */
public final class SecondInstance {

    private SecondInstance() {
    }

    /** Appends one comment event as "instance-b" and commits; returns its seq. */
    public static long append(Connection connection, String comment) throws SQLException {
        connection.setAutoCommit(false);
        long seq = AuditAppender.append(connection, new AuditAppender.Draft(null, "instance-b",
                EventType.COMMENT_ADDED.name(), null, null, "{}", CanonicalJson.write(Map.of("from", "instance-b")),
                comment)).seq();
        connection.commit();
        return seq;
    }
}
