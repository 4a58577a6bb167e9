package io.factdesk.suggest;

import io.factdesk.account.User;
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

/**
 * A suggestion a reviewer dismissed: the article and the sentence's place in its body (code points,
 * end excluded). The body never changes, so the place keeps naming the same sentence; bringing the
 * suggestion back deletes the row. Both changes are in the history.
 */
@Entity
@Table(name = "suggestion_dismissal")
public class SuggestionDismissal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", updatable = false)
    public long articleId;

    @Column(name = "start_pos", updatable = false)
    public int start;

    @Column(name = "end_pos", updatable = false)
    public int end;

    @Column(name = "dismissed_at", updatable = false)
    public Instant dismissedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dismissed_by", updatable = false)
    public User dismissedBy;
}
