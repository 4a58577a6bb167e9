package io.factdesk.history;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's trigger on audit_event (migration V5_1 in db/vendor/h2): refuses every UPDATE and DELETE,
 * whoever sends it, as the PL/pgSQL trigger does on PostgreSQL. H2 calls it for each row.
 */
public class AppendOnlyTrigger implements Trigger {

    /** The SQL state PostgreSQL's trigger raises too: insufficient privilege. */
    static final String SQL_STATE = "42501";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                SQL_STATE);
    }
}
