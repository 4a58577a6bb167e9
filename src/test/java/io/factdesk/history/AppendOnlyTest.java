package io.factdesk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.HistoryDb;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The database refuses to change history, and when it is made to (trigger out of the way, as an
 * administrator of the database could), verification names the event. Each test puts the row
 * back, so that the chain verifies again for the tests after it.
 */
@QuarkusTest
class AppendOnlyTest {

    @Inject
    AuditLog audit;

    @Inject
    ChainVerifier verifier;

    @Inject
    DataSource dataSource;

    @AfterEach
    void chainVerifiesAgain() {
        assertThat(verifier.verifyChain().ok()).as("the test left the chain as it found it").isTrue();
    }

    @Test
    void updateAndDeleteOfAnEventAreRefusedByTheDatabase() throws Exception {
        String marker = Articles.unique("untouchable-");
        long seq = append(marker);
        try (Connection c = HistoryDb.independentConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_event set comment = 'rewritten' where seq = " + seq))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only")
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_event where seq = " + seq))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        HistoryDb db = new HistoryDb(dataSource);
        assertThat(db.count("seq = ? and comment = ?", seq, marker)).isEqualTo(1);
    }

    @Test
    void truncateIsRefusedOnPostgresql() throws Exception {
        Assumptions.assumeTrue(HistoryDb.postgresql(),
                "H2 has no TRUNCATE trigger; verification still sees a truncated chain (ChainWalkTest)");
        try (Connection c = HistoryDb.independentConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("truncate audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void anEventEditedBehindTheApplicationsBackIsTheFirstBadOne() throws Exception {
        HistoryDb db = new HistoryDb(dataSource);
        String marker = Articles.unique("original-");
        long seq = append(marker);
        append(Articles.unique("later-"));
        assertThat(verifier.verifyChain().ok()).isTrue();

        db.withoutTrigger("update audit_event set comment = 'Nothing to see here' where seq = " + seq);
        try {
            Api.asAdmin().when().get("/api/history/verify").then().statusCode(200)
                    .body("ok", equalTo(false))
                    .body("firstBad.seq", equalTo((int) seq))
                    .body("firstBad.reason", equalTo("hash mismatch"))
                    .body("events", equalTo((int) seq - 1));
            Api.asReviewer().when().get("/api/history/verify").then().statusCode(200)
                    .body("ok", equalTo(false))
                    .body("firstBad", nullValue());
        } finally {
            db.withoutTrigger("update audit_event set comment = '" + marker + "' where seq = " + seq);
        }
    }

    @Test
    void aDeletedEventIsNamedAsAGap() throws Exception {
        HistoryDb db = new HistoryDb(dataSource);
        long seq = append(Articles.unique("deleted-"));
        append(Articles.unique("after-deleted-"));
        String copy = "insert into audit_event select * from audit_event_copy";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table audit_event_copy as select * from audit_event where seq = " + seq);
        }
        try {
            db.withoutTrigger("delete from audit_event where seq = " + seq);
            ChainVerifier.Verification result = verifier.verifyChain();
            assertThat(result.ok()).isFalse();
            assertThat(result.firstBad()).isEqualTo(new ChainVerifier.FirstBad(seq, "gap in sequence"));
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                if (db.count("seq = ?", seq) == 0) {
                    s.executeUpdate(copy);
                }
                s.execute("drop table audit_event_copy");
            }
        }
    }

    private long append(String marker) throws SQLException {
        QuarkusTransaction.requiringNew().run(() -> audit.record(EventType.COMMENT_ADDED, null, null, null, Map.of(),
                Map.of("body", marker), marker));
        return new HistoryDb(dataSource).number("select seq from audit_event where comment = ?", marker);
    }
}
