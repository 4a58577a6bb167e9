package io.factdesk.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One recorded change, read-only for Hibernate: rows are written only by {@link AuditAppender}, one
 * INSERT each, and the database refuses to update or delete them. {@code type} stays a string so
 * that an event of a type this version no longer knows still loads and verifies.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(name = "actor_name")
    public String actorName;

    public String type;

    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "claim_id")
    public Long claimId;

    @Column(name = "before_json")
    public String beforeJson;

    @Column(name = "after_json")
    public String afterJson;

    public String comment;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;

    public AuditChain.Content content() {
        return new AuditChain.Content(seq, occurredAt, actorId, actorName, type, articleId, claimId, beforeJson,
                afterJson, comment, prevHash);
    }
}
