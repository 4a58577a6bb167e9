package io.factdesk.match;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A claim as the index holds it: what is searched (statement and quote), what a match shows, and what
 * the guards need to read its figures (its article's language and date).
 */
record IndexedClaim(long id, long articleId, int start, int end, String statement, String quote, String claimant,
        String topic, String state, String verdict, Instant publishedAt, String language, LocalDate articleDate) {

    /** The words matched and guarded: the statement and the quote it stands on. */
    String text() {
        return (statement == null ? "" : statement) + "\n" + (quote == null ? "" : quote);
    }
}
