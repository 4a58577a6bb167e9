package io.factdesk.library;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A published fact-check in the library: the claim it reviewed, who reviewed it and the verdict, one row
 * per review URL. Written only by imports ({@link LibraryService}); a second import of the same URL
 * updates the row.
 */
@Entity
@Table(name = "library_entry")
public class LibraryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_text")
    public String claimText;

    public String claimant;

    @Column(name = "claim_date")
    public LocalDate claimDate;

    @Column(name = "reviewer_name")
    public String reviewerName;

    @Column(name = "reviewer_site")
    public String reviewerSite;

    @Column(name = "review_url", updatable = false)
    public String reviewUrl;

    @Column(name = "review_title")
    public String reviewTitle;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Column(name = "rating_text")
    public String ratingText;

    /** 0 (worst) to 1 (best), where the review gave its best and worst rating; else null. */
    @Column(name = "rating_value")
    public Double ratingValue;

    public String language;

    @Column(name = "raw_json")
    public String rawJson;

    @Column(name = "imported_at", updatable = false)
    public Instant importedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "imported_by", updatable = false)
    public User importedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * The history event ({@code LIBRARY_IMPORTED}) of the import that last added or changed the entry: the claim
     * index re-indexes the entries of the imports it has not read yet (docs/matching.md, "Index"). Null for
     * entries imported before V13. Written with a bulk update right after the event is appended.
     */
    @Column(name = "event_seq")
    public Long eventSeq;

    @Version
    public long version;

    static Optional<LibraryEntry> byReviewUrl(String url) {
        return find("reviewUrl", url).firstResultOptional();
    }
}
