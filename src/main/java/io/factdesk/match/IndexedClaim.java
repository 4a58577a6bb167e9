package io.factdesk.match;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A claim as the index holds it: what is searched (statement and quote), what a match shows, and what
 * the guards need to read its figures (its article's language and date); where it stands (its article's title
 * and publisher).
 */
record IndexedClaim(long id, long articleId, int start, int end, String statement, String quote, String claimant,
        String topic, String state, String verdict, Instant publishedAt, String language, LocalDate articleDate,
        String articleTitle, String publisher) {

    /** The words matched and guarded: the statement and the quote it stands on. */
    String text() {
        return (statement == null ? "" : statement) + "\n" + (quote == null ? "" : quote);
    }

    /** Where the claim was published, as a match names it: the article's title, and its publisher when known. */
    String where() {
        return publisher == null || publisher.isBlank() ? articleTitle : articleTitle + " — " + publisher;
    }
}
