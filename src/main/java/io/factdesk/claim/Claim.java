package io.factdesk.claim;

import io.factdesk.account.User;
import io.factdesk.article.Article;
import io.factdesk.system.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One checkable statement inside an article, anchored to the exact text it stands on. */
@Entity
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", updatable = false)
    public Article article;

    /** Code point offsets in the article body, end excluded (W3C TextPositionSelector). */
    @Column(name = "start_pos")
    public int start;

    @Column(name = "end_pos")
    public int end;

    public String exact;

    public String prefix;

    public String suffix;

    /**
     * The article version the claim was marked on. The anchor above is always in the article's current
     * version (moved there by re-anchoring, or its last place when the outcome is ORPHANED); the anchor in
     * each version is kept in {@link ClaimAnchor}.
     */
    @Column(name = "marked_version", updatable = false)
    public int markedVersion = 1;

    /**
     * The article version the claim was checked on: the current one when it was last published, moved to
     * the then current one when an editor confirms that its verdict holds for a newer text; null while it
     * was never published. Readers are told when the article changed after it (docs/text-and-anchors.md,
     * "Which version a claim was checked on").
     */
    @Column(name = "checked_version")
    public Integer checkedVersion;

    /** What the last re-anchoring did to the claim; null until the article's body first changes. */
    @Enumerated(EnumType.STRING)
    @Column(name = "anchor_outcome")
    public Reanchoring.Outcome anchorOutcome;

    /** Set by a CHANGED or ORPHANED outcome; stays until the anchor is placed by hand or an editor decides. */
    @Column(name = "anchor_flagged")
    public boolean anchorFlagged;

    public String statement;
    public String claimant;

    /** Person or organisation; null while nobody has said (ClaimReview then names a Person). */
    @Enumerated(EnumType.STRING)
    @Column(name = "claimant_type")
    public ClaimantType claimantType;

    /** Where the claim was first made, when that is known and not this article (an absolute URL). */
    @Column(name = "first_appearance")
    public String firstAppearance;

    @Column(name = "claim_date")
    public LocalDate claimDate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    public Topic topic;

    @Enumerated(EnumType.STRING)
    public ClaimState state;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    public User assignee;

    @ManyToOne
    @JoinColumn(name = "verdict_id")
    public RatingLabel verdict;

    /** Markdown; rendered without raw HTML. */
    public String rationale;

    /** Who moved it to IN_REVIEW last: that person may not approve it (four eyes). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submitted_by")
    public User submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "dismiss_reason")
    public DismissReason dismissReason;

    @Column(name = "duplicate_of")
    public Long duplicateOf;

    /**
     * The earlier claim this one is the same claim as (docs/review.md, "Linking to an earlier claim"); null
     * when linked to nothing. Set and cleared only by the desk's link service, which records it.
     */
    @Column(name = "linked_to")
    public Long linkedTo;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    public User createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * A flagged claim in APPROVED or PUBLISHED: its verdict was given on text that changed or is gone, so an
     * editor must reopen it or confirm that the verdict still holds (docs/review.md, "When the text changes").
     */
    public boolean needsDecision() {
        return anchorFlagged && (state == ClaimState.APPROVED || state == ClaimState.PUBLISHED);
    }

    /** A published claim whose article has a version newer than the one it was checked on. */
    public boolean checkedOnOlderText() {
        return state == ClaimState.PUBLISHED && checkedVersion != null && checkedVersion < article.currentVersion;
    }

    /** Whether the claim stands anywhere in the article's current body (not ORPHANED). */
    public boolean anchored() {
        return anchorOutcome != Reanchoring.Outcome.ORPHANED;
    }

    public TextAnchor anchor() {
        return new TextAnchor(exact, prefix, suffix, start, end);
    }

    /**
     * The editability rule (docs/review.md, "What can change when"): fields, verdict and evidence
     * change only while the claim is NEW or RESEARCHING; a published claim must be reopened first.
     *
     * @param what what the refused change touches, for the message ("its fields", "its evidence")
     */
    public void requireEditable(String what) {
        requireNotPublished();
        if (!state.isEditable()) {
            throw new ProblemException(409, "not-editable", "Not editable now", "Claim " + id + " is " + state
                    + ": " + what + " can change only while it is NEW or RESEARCHING. "
                    + "An editor can send it back to research.", null, Map.of("state", state.name()));
        }
    }

    /** Refuses any change to a published claim: an editor must reopen it for a correction first. */
    public void requireNotPublished() {
        if (state == ClaimState.PUBLISHED) {
            throw new ProblemException(409, "published-read-only", "Published claims are read-only",
                    "Claim " + id + " is published: an editor must reopen it for a correction first.", null,
                    Map.of("state", state.name()));
        }
    }
}
