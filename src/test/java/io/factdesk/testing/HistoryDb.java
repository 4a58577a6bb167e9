package io.factdesk.testing;

import io.factdesk.history.AppendOnlyTrigger;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plain JDBC on the test database: what someone with database access, not the application, can do. */
public final class HistoryDb {

    public static final String TRIGGER = "audit_event_append_only";

    private final DataSource dataSource;

    public HistoryDb(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static boolean postgresql() {
        return "postgresql".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
    }

    /**
     * A connection that does not come from the application's pool: as a second application instance
     * (or an intruder with the password) would open it, with the same URL, user and password.
     */
    public static Connection independentConnection() throws SQLException {
        var config = ConfigProvider.getConfig();
        Properties credentials = new Properties();
        credentials.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        credentials.setProperty("password", config.getOptionalValue("quarkus.datasource.password", String.class)
                .orElse(""));
        Driver driver = postgresql() ? new org.postgresql.Driver() : new org.h2.Driver();
        return driver.connect(config.getValue("quarkus.datasource.jdbc.url", String.class), credentials);
    }

    public long count(String where, Object... params) throws SQLException {
        return number("select count(*) from audit_event where " + where, params);
    }

    public long number(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public List<String> strings(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    /** Runs statements with the append-only trigger out of the way, and puts it back whatever happens. */
    public void withoutTrigger(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(postgresql() ? "alter table audit_event disable trigger " + TRIGGER
                    : "drop trigger " + TRIGGER);
            try {
                for (String sql : statements) {
                    s.executeUpdate(sql);
                }
            } finally {
                s.execute(postgresql() ? "alter table audit_event enable trigger " + TRIGGER
                        : "create trigger " + TRIGGER + " before update, delete on audit_event for each row call '"
                                + AppendOnlyTrigger.class.getName() + "'");
            }
        }
    }
}
