package io.factdesk.audit;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The benchmark's door to {@link AuditAppender}, which is package-private: the plain-JDBC write
 * baseline appends its events through the very code the application uses (same three statements,
 * same hashing), so the baseline differs from a transition only by what the application adds.
 * Compiled with the harness only (src/bench), never part of the application.
 */
public final class BenchAppend {

    private BenchAppend() {
    }

    /** Appends one event on the connection's current transaction; answers the new seq. */
    public static long append(Connection connection, Long actorId, String actorName, String type, Long articleId,
            Long claimId, String beforeJson, String afterJson, String comment) throws SQLException {
        return AuditAppender.append(connection, new AuditAppender.Draft(actorId, actorName, type, articleId, claimId,
                beforeJson, afterJson, comment)).seq();
    }
}
