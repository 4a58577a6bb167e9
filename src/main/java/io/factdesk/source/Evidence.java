package io.factdesk.source;

import io.factdesk.account.User;
import io.factdesk.claim.Claim;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * The link between one claim and one source: the excerpt that matters, the stance, a note. A
 * source is linked to a claim at most once. Evidence is attached and removed, never edited.
 */
@Entity
public class Evidence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", updatable = false)
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", updatable = false)
    public Source source;

    @Column(updatable = false)
    public String excerpt;

    @Convert(converter = Stance.Column.class)
    @Column(updatable = false)
    public Stance stance;

    @Column(updatable = false)
    public String note;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    public User createdBy;
}
