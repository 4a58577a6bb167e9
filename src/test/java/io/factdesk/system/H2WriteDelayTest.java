package io.factdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * An H2 file database whose URL does not ask for {@code WRITE_DELAY=0}, as a URL an operator gives may
 * not: the server sets it itself at start, so that commits are durable on any H2 URL (docs/deploy.md).
 */
@QuarkusTest
@TestProfile(H2WriteDelayTest.FileDatabaseWithoutTheSetting.class)
class H2WriteDelayTest {

    /** On the H2 build, a file database with H2's default write delay in its URL; elsewhere nothing changes. */
    public static class FileDatabaseWithoutTheSetting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return "h2".equals(System.getProperty("quarkus.datasource.db-kind", "h2"))
                    ? Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/h2-write-delay/factdesk")
                    // Elsewhere only keep the suite's data, so that .ci/run verifies the whole chain it left.
                    : Map.of("quarkus.flyway.clean-at-start", "false");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Test
    void commitsAreWrittenAtOnceWhateverTheUrlSays() throws SQLException {
        Assumptions.assumeTrue("h2".equals(dbKind), "H2 only: PostgreSQL commits are durable by itself");
        assertThat(url).doesNotContainIgnoringCase("WRITE_DELAY");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("0");
        }
    }
}
