package io.factdesk.source;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.factdesk.claim.ClaimState;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A source as the JSON API and the pages show it. {@code normalizedUrl} is the form duplicates are
 * found by (docs/sources.md); {@link #link()} and {@link #archivedLink()} give the addresses only
 * when they are http(s), so that a template never writes another kind of link.
 */
public record SourceView(long id, String url, String normalizedUrl, String title, String publisher, String author,
        LocalDate publishedAt, LocalDate accessedAt, String archivedUrl, SourceType type, Reliability reliability,
        Instant createdAt, String createdBy, Instant updatedAt, long version) {

    public static SourceView of(Source s) {
        return new SourceView(s.id, s.url, s.normalizedUrl, s.title, s.publisher, s.author, s.publishedAt,
                s.accessedAt, s.archivedUrl, s.type, s.reliability, s.createdAt, s.createdBy.username, s.updatedAt,
                s.version);
    }

    public String link() {
        return httpOnly(url);
    }

    public String archivedLink() {
        return httpOnly(archivedUrl);
    }

    /** The host of the address, e.g. "www.un.org": what a list shows next to the title. */
    public String host() {
        return hostOf(url);
    }

    static String hostOf(String address) {
        try {
            String host = URI.create(address).getHost();
            return host == null ? address : host;
        } catch (IllegalArgumentException e) {
            return address;
        }
    }

    static String httpOnly(String address) {
        if (address == null) {
            return null;
        }
        String lower = address.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? address.strip() : null;
    }

    /** In the library list: the source and how many claims cite it. */
    public record Listed(@JsonUnwrapped SourceView source, long citations) {
    }

    /** One source with every claim that cites it. */
    public record Detail(@JsonUnwrapped SourceView source, List<Citation> citations) {
    }

    /** A claim citing a source, with the stance that evidence takes. */
    public record Citation(long evidenceId, long claimId, long articleId, String articleTitle, String statement,
            String quote, ClaimState state, Stance stance, String excerpt) {
    }

    /** The "duplicate of" member of a 409: enough for a client to use the existing source instead. */
    public record Existing(long id, String title, String url) {
        static Existing of(Source s) {
            return new Existing(s.id, s.title, s.url);
        }
    }

    /** An option of the library picker in the evidence form. */
    public record Choice(long id, String title, String publisher, String host) {
        static Choice of(Source s) {
            return new Choice(s.id, s.title, s.publisher, hostOf(s.url));
        }
    }
}
