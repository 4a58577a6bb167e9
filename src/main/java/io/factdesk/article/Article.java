package io.factdesk.article;

import io.factdesk.account.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
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
import org.hibernate.annotations.Formula;

/**
 * A news article. The body is the normalised plain text (see docs/text-and-anchors.md) of its latest
 * version; a new version changes it only through {@code claim.ArticleVersions}, which re-anchors every
 * claim in the same transaction (docs/text-and-anchors.md, "Versions").
 */
@Entity
public class Article extends PanacheEntityBase {

    public enum ImportedAs { TEXT, HTML, FILE, URL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;
    public String url;
    public String publisher;
    public String author;

    @Column(name = "published_at")
    public LocalDate publishedAt;

    public String language;

    /**
     * Loaded on first use, not with the article: lists, cards and reports that name an article need
     * its title, not its text (docs/benchmarks.md).
     */
    @Basic(fetch = FetchType.LAZY)
    public String body;

    @Column(name = "body_sha256")
    public String bodySha256;

    /** Length of the body in Unicode code points, the unit of every anchor position. */
    @Column(name = "body_length")
    public int bodyLength;

    /** The number of the latest version ({@link ArticleVersion}): the body above is that version's. */
    @Column(name = "current_version")
    public int currentVersion = 1;

    /**
     * When the latest version was made, read with the article (one subquery, no query per claim): the
     * {@code sourceDate} of the W3C TimeState a claim's selectors name (docs/api.md). Set by hand in the
     * transaction that adds a version.
     */
    @Formula("(select v.created_at from article_version v where v.article_id = id and v.number = current_version)")
    public Instant currentVersionAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "imported_as", updatable = false)
    public ImportedAs importedAs;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    public User createdBy;

    @Version
    public long version;
}
