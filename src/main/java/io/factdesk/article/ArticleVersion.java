package io.factdesk.article;

import io.factdesk.account.User;
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
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of an article's text, numbered from 1; never changed once written. The article's body is
 * its latest version's (docs/text-and-anchors.md, "Versions").
 */
@Entity
@Table(name = "article_version")
public class ArticleVersion extends PanacheEntityBase {

    /** Where the text came from: pasted text or HTML, an uploaded file, a fetched page, or the migration. */
    public enum Source { PASTE, UPLOAD, FETCH, ORIGINAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", updatable = false)
    public long articleId;

    @Column(updatable = false)
    public int number;

    @Column(updatable = false)
    public String body;

    @Column(name = "body_sha256", updatable = false)
    public String bodySha256;

    @Column(name = "body_length", updatable = false)
    public int bodyLength;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Source source;

    @Column(updatable = false)
    public String note;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    /** Null where nobody is known: a version found by the scheduled check for updates (the system). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by", updatable = false)
    public User createdBy;

    /** The source of an import's first version, from how the article was imported. */
    public static Source of(Article.ImportedAs importedAs) {
        if (importedAs == null) {
            return Source.PASTE;
        }
        return switch (importedAs.name()) {
            case "TEXT", "HTML" -> Source.PASTE;
            case "FILE" -> Source.UPLOAD;
            default -> Source.FETCH;
        };
    }
}
