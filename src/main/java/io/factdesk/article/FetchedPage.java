package io.factdesk.article;

import io.factdesk.system.Hashes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A page as it arrived: the address asked for, the one that answered after redirects, and the bytes as
 * sent, which are what is kept as the record of what was checked.
 *
 * @param charset the charset the answer's Content-Type named, or null (then the page's own meta or BOM
 *                decides, UTF-8 when it says nothing)
 */
public record FetchedPage(String url, String finalUrl, int status, String contentType, String charset, byte[] bytes,
        Instant fetchedAt) {

    public String sha256() {
        return Hashes.sha256(bytes);
    }

    /** The page parsed, its links relative to the address that answered. */
    public Document document() {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, finalUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
