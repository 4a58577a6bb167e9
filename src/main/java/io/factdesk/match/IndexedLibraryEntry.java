package io.factdesk.match;

import java.time.LocalDate;

/**
 * A fact-check library entry as the index holds it (docs/matching.md, "Index"): the claim text it reviewed
 * (searched), and what a match shows and the guards read: claimant, reviewer, review URL, verdict, dates and
 * language.
 */
record IndexedLibraryEntry(long id, String claimText, String claimant, String reviewerName, String reviewerSite,
        String reviewUrl, String ratingText, Double ratingValue, LocalDate reviewDate, LocalDate claimDate,
        String language) {

    /** The words matched and guarded: the claim as the fact-checker wrote it. */
    String text() {
        return claimText == null ? "" : claimText;
    }

    /** Who reviewed it, as a match names it: the organisation, and its site when that says something else. */
    String where() {
        boolean name = reviewerName != null && !reviewerName.isBlank();
        boolean site = reviewerSite != null && !reviewerSite.isBlank();
        if (name && site && !reviewerSite.strip().equalsIgnoreCase(reviewerName.strip())) {
            return reviewerName + " — " + reviewerSite;
        }
        return name ? reviewerName : site ? reviewerSite : null;
    }
}
