package io.factdesk.review;

import io.factdesk.account.User;
import io.factdesk.claim.Claim;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A remark on a claim in Markdown; comments are never edited, only added. */
@Entity
@Table(name = "claim_comment")
public class Comment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", updatable = false)
    public Claim claim;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    public User author;

    @Column(updatable = false)
    public String body;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
