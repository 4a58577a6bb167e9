package io.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.account.User;
import io.factdesk.account.UserService;
import io.factdesk.audit.AuditEvent;
import io.factdesk.history.ChainVerifier;
import io.factdesk.testing.Articles;
import io.factdesk.testing.HistoryDb;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Recording: in the caller's transaction, one row per change, linked to the head. */
@QuarkusTest
class AuditLogTest {

    @Inject
    AuditLog audit;

    @Inject
    UserService users;

    @Inject
    AuditHead chainHead;

    @Inject
    ChainVerifier verifier;

    @Inject
    DataSource dataSource;

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record(EventType.COMMENT_ADDED, null, null, null, Map.of(), Map.of(), "x"))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void anEventIsOneRowLinkedToTheHeadBeforeIt() throws Exception {
        HistoryDb db = new HistoryDb(dataSource);
        String marker = Articles.unique("one-row-");
        long rowsBefore = db.count("1 = 1");
        // Ids of no real article or claim, so that no other test finds this event among its own.
        QuarkusTransaction.requiringNew().run(() -> audit.record(EventType.COMMENT_ADDED, null, 987_654_001L,
                987_654_002L, Map.of(), Map.of("body", "é ünïcode 😀"), marker));

        assertThat(db.count("1 = 1")).isEqualTo(rowsBefore + 1);
        long seq = db.number("select seq from audit_event where comment = ?", marker);
        AuditEvent event = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>findById(seq));
        AuditEvent previous = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>findById(seq - 1));
        assertThat(event.prevHash).isEqualTo(previous.hash);
        assertThat(event.hash).isEqualTo(event.content().hash()).matches("[0-9a-f]{64}");
        assertThat(event.afterJson).isEqualTo("{\"body\":\"é ünïcode 😀\"}");
        assertThat(event.beforeJson).isEqualTo("{}");
        assertThat(event.actorName).isNull();
        assertThat(event.articleId).isEqualTo(987_654_001L);
        assertThat(event.claimId).isEqualTo(987_654_002L);
        assertThat(chainHead.current().seq()).isGreaterThanOrEqualTo(seq);
    }

    @Test
    void aChangeThatFailsAfterItWasRecordedLeavesNeitherTheChangeNorItsEvent() throws Exception {
        HistoryDb db = new HistoryDb(dataSource);
        String username = Articles.unique("halfway-");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            users.create(new UserService.NewUser(username, null, "a-long-enough-password", List.of("reviewer")));
            throw new IllegalStateException("the change fails half-way, after its event was recorded");
        })).hasMessageContaining("half-way");

        assertThat(QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username))).isEmpty();
        assertThat(db.count("after_json like ?", "%" + username + "%")).isZero();
        assertThat(verifier.verifyChain().ok()).isTrue();
    }

    @Test
    void aRolledBackTransactionTakesItsEventsAndTheirPlacesInTheChainWithIt() throws Exception {
        HistoryDb db = new HistoryDb(dataSource);
        String marker = Articles.unique("rolled-back-");
        QuarkusTransaction.begin();
        audit.record(EventType.COMMENT_ADDED, null, null, null, Map.of(), Map.of(), marker);
        audit.record(EventType.COMMENT_ADDED, null, null, null, Map.of(), Map.of(), marker);
        QuarkusTransaction.rollback();

        assertThat(db.count("comment = ?", marker)).isZero();
        String after = Articles.unique("after-rollback-");
        QuarkusTransaction.requiringNew().run(() -> audit.record(EventType.COMMENT_ADDED, null, null, null, Map.of(),
                Map.of(), after));
        long seq = db.number("select seq from audit_event where comment = ?", after);
        assertThat(db.count("seq = ?", seq - 1)).isEqualTo(1);
        assertThat(verifier.verifyChain().ok()).isTrue();
    }

    @Test
    void twoEventsOfOneTransactionFollowEachOther() throws Exception {
        HistoryDb db = new HistoryDb(dataSource);
        String marker = Articles.unique("pair-");
        QuarkusTransaction.requiringNew().run(() -> {
            audit.record(EventType.COMMENT_ADDED, null, null, null, Map.of(), Map.of("n", 1), marker);
            audit.record(EventType.COMMENT_ADDED, null, null, null, Map.of(), Map.of("n", 2), marker);
        });
        List<String> seqs = db.strings("select seq from audit_event where comment = ? order by seq", marker);
        assertThat(seqs).hasSize(2);
        assertThat(Long.parseLong(seqs.get(1))).isEqualTo(Long.parseLong(seqs.get(0)) + 1);
        assertThat(verifier.verifyChain().ok()).isTrue();
    }
}
