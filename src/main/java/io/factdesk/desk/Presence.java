package io.factdesk.desk;

import io.factdesk.account.User;
import io.factdesk.system.WithoutHistory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One open browser tab on an article's reader or one of its claims, as of its last beat (docs/ui.md,
 * "Presence"). Shared by every instance through the database; never history.
 */
@Entity
@Table(name = "presence")
@WithoutHistory("who has a page open now, refreshed every few seconds: not a change to the desk")
public class Presence extends PanacheEntityBase {

    /** The tab's own random name, made by the page. */
    @Id
    public String tab;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    @Column(name = "article_id")
    public long articleId;

    /** The claim whose page is open, or null on the reader. */
    @Column(name = "claim_id")
    public Long claimId;

    /** Whether the user is in one of the claim's forms (has typed or focused a field). */
    public boolean editing;

    @Column(name = "seen_at")
    public Instant seenAt;
}
