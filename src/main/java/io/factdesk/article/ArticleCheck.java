package io.factdesk.article;

import io.factdesk.system.WithoutHistory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * When an article imported by web address was last checked for updates, and how it went (docs/articles.md,
 * "Check for updates"). Bookkeeping, not history: a check that finds the same text changes nothing of the desk,
 * and an hourly re-check must not fill the hash chain; a check that finds new text records the new version's
 * event. {@code claimedUntil} is the lease of the instance checking it now (several may share one database).
 */
@Entity
@Table(name = "article_check")
@WithoutHistory("when a page was last checked and how it went: a check that finds new text records its version")
public class ArticleCheck extends PanacheEntityBase {

    /** How the last check went. */
    public enum Outcome { IMPORTED, UNCHANGED, NEW_VERSION, FAILED }

    @Id
    @Column(name = "article_id")
    public long articleId;

    @Column(name = "checked_at")
    public Instant checkedAt;

    @Column(length = 12)
    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** Why the last check failed, in the words the import uses; null unless FAILED. */
    public String error;

    /** Until when an instance holds it for a scheduled check; null or past: nobody. */
    @Column(name = "claimed_until")
    public Instant claimedUntil;

    /** Records a check of {@code articleId} at {@code at}, creating its row if it has none yet. */
    public static ArticleCheck record(long articleId, Instant at, Outcome outcome, String error) {
        ArticleCheck check = findById(articleId);
        boolean first = check == null;
        if (first) {
            check = new ArticleCheck();
            check.articleId = articleId;
        }
        check.checkedAt = at;
        check.outcome = outcome;
        check.error = error == null || error.length() <= 1000 ? error : error.substring(0, 999) + "\u2026";
        check.claimedUntil = null;
        if (first) {
            check.persist();
        }
        return check;
    }
}
