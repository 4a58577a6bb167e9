package io.factdesk.source;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A document in the source library, reused across claims. {@code normalizedUrl} is the address in
 * the form that finds duplicates ({@link SourceUrl#normalize}); the library holds each one once.
 */
@Entity
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The address as the user gave it (http or https). */
    public String url;

    @Column(name = "normalized_url")
    public String normalizedUrl;

    /** SHA-256 of {@code normalizedUrl}: unique, and short enough for an index on any database. */
    @Column(name = "url_key")
    public String urlKey;

    public String title;
    public String publisher;
    public String author;

    @Column(name = "published_at")
    public LocalDate publishedAt;

    @Column(name = "accessed_at")
    public LocalDate accessedAt;

    /** A dated copy, e.g. a Wayback Machine capture (http or https). */
    @Column(name = "archived_url")
    public String archivedUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    public SourceType type;

    @Enumerated(EnumType.STRING)
    public Reliability reliability;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    public User createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
