package io.factdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
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
import java.time.LocalDate;

/**
 * A page an article was fetched from, kept as the record of what was checked: one per version that came from a
 * fetch, written with the article (its ARTICLE_IMPORTED event names the fetch) or with the version a check for
 * updates found (its ARTICLE_VERSION_ADDED event names it), and never changed.
 */
@Entity
@Table(name = "article_fetch")
public class ArticleFetch extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", updatable = false)
    public Article article;

    /** The article version whose text was taken from this page. */
    @Column(updatable = false)
    public int version;

    /** The address asked for. */
    @Column(updatable = false)
    public String url;

    /** The address that answered with the page, after redirects. */
    @Column(name = "final_url", updatable = false)
    public String finalUrl;

    @Column(updatable = false)
    public int status;

    @Column(name = "content_type", updatable = false)
    public String contentType;

    @Column(name = "fetched_at", updatable = false)
    public Instant fetchedAt;

    /** Lower-case hex SHA-256 of the bytes as the site sent them (before compressing here). */
    @Column(updatable = false)
    public String sha256;

    @Column(name = "byte_length", updatable = false)
    public int byteLength;

    /** The bytes as sent, gzip-compressed; read only when the page is asked for. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "html_gzip", updatable = false)
    public byte[] htmlGzip;

    /** The page's own date of its last change (article:modified_time, dateModified), if it gives one. */
    @Column(name = "page_modified", updatable = false)
    public LocalDate pageModified;
}
