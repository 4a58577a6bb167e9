package io.factdesk.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.factdesk.figures.DateView;
import io.factdesk.figures.FigureView;
import io.factdesk.suggest.SuggestionView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a report prints, in one immutable tree: every format renders this and only this, so
 * that the HTML, PDF, Markdown, CSV, JSON and ClaimReview of one report say the same thing. Its
 * JSON form is the documented JSON report (docs/reports.md); fields are only ever added to it.
 *
 * @param schemaVersion  the version of this JSON schema
 * @param scope          {@code public} (published claims only) or {@code internal} (every state)
 * @param title          what the report is about: the article's title, or the selection
 * @param generated      when it was generated and the head of the history chain at that moment
 * @param organisation   who publishes it
 * @param articles       the articles the claims come from (one for an article's report)
 * @param summary        counts of verdicts (and, in an internal report, of states)
 * @param claims         the claims in reading order
 * @param corrections    published claims that were reopened and published again, oldest first
 * @param ratingScale    the rating scale's definitions
 */
public record Report(int schemaVersion, String scope, String title, Generated generated,
        OrganisationInfo organisation, List<ArticleInfo> articles, Summary summary, List<ReportClaim> claims,
        List<Correction> corrections, List<ScaleLabel> ratingScale) {

    public static final int SCHEMA_VERSION = 1;

    @JsonIgnore
    public boolean isPublic() {
        return "public".equals(scope);
    }

    /** The one article of an article's report; null for a selection that spans several. */
    @JsonIgnore
    public ArticleInfo article() {
        return articles.size() == 1 ? articles.get(0) : null;
    }

    /**
     * @param at         when the report was built
     * @param chainHead  the hash of the last history event at that moment (hex SHA-256)
     * @param chainEvents the number of history events at that moment (the head's place in the chain)
     */
    public record Generated(Instant at, String chainHead, long chainEvents) {
    }

    public record OrganisationInfo(String name, String url, String methodology, String correctionsPolicy) {
    }

    /** @param publicUrl the article's public report page; null in a report that holds nothing published */
    public record ArticleInfo(long id, String title, String url, String publisher, String author,
            LocalDate publishedAt, String language, String publicUrl) {
    }

    /**
     * @param claims        how many claims the report holds
     * @param verdicts      how many claims carry each label, in the scale's order; labels no claim carries left out
     * @param withoutVerdict claims with no verdict yet (internal reports only; 0 in a public one)
     * @param states        how many claims are in each state, in workflow order (internal reports only)
     */
    public record Summary(int claims, List<Count> verdicts, int withoutVerdict, List<Count> states) {
    }

    public record Count(String name, int count) {
    }

    /**
     * One claim.
     *
     * @param claimantType {@code Person}, {@code Organization} or null when nobody said
     * @param rationale    Markdown
     * @param publicUrl    its public page, for a published claim; otherwise null
     * @param figures      the quantities read from the quote, as {@code GET /api/claims/{id}} gives them
     *                     (offsets in the article's body); added in schema version 1, empty when there are none
     * @param dates        the dates read from the quote, relative ones from the article's publication date;
     *                     added in schema version 1, empty when there are none
     * @param checkedVersion the article version the claim was checked on; null while it was never published;
     *                     added in schema version 1
     * @param articleChanged the first version after the checked one, when the article changed after the check;
     *                     otherwise null; added in schema version 1
     */
    public record ReportClaim(long id, long articleId, String state, String topic, Quote quote, String statement,
            String claimant, String claimantType, LocalDate claimDate, String firstAppearance, Verdict verdict,
            String rationale, Instant publishedAt, String publicUrl, List<ReportSource> sources,
            List<FigureView> figures, List<DateView> dates, CheckedVersion checkedVersion,
            ArticleChange articleChanged) {
    }

    /**
     * The article version a claim was checked on (docs/text-and-anchors.md, "Which version a claim was
     * checked on").
     *
     * @param version   its number
     * @param createdAt when it was made (imported, pasted or fetched)
     * @param publicUrl its public page, for a published claim whose article changed after the check; otherwise null
     */
    public record CheckedVersion(int version, Instant createdAt, String publicUrl) {
    }

    /**
     * The article changed after a claim was checked.
     *
     * @param version        the first version after the checked one
     * @param at             when that version was made
     * @param currentVersion the article's latest version
     */
    public record ArticleChange(int version, Instant at, int currentVersion) {
    }

    /** The marked words with the text around them, as in the article. */
    public record Quote(String exact, String prefix, String suffix) {
    }

    /**
     * @param rating      the label's number, or null for a label without one (e.g. Misleading)
     * @param bestRating  the highest number on the scale, given only where {@code rating} is
     * @param worstRating the lowest number on the scale, given only where {@code rating} is
     */
    public record Verdict(String label, Integer rating, Integer bestRating, Integer worstRating, String definition) {
    }

    public record ReportSource(long sourceId, String title, String publisher, String author, String url,
            String archivedUrl, LocalDate publishedAt, LocalDate accessedAt, String type, String reliability,
            String stance, String excerpt, String note) {
    }

    /**
     * A published claim that was reopened and published again.
     *
     * @param reopenedAt  when an editor reopened it
     * @param republishedAt when the corrected fact-check was published
     * @param note        the correction note given when it was reopened
     * @param reopenedBy  the editor who reopened it (internal reports only)
     */
    public record Correction(long claimId, String statement, Instant reopenedAt, Instant republishedAt, String note,
            String verdictBefore, String verdictAfter, String reopenedBy) {

        /** With the claim's statement, and who reopened it only for the desk's own eyes. */
        Correction about(String claimStatement, boolean withPeople) {
            return new Correction(claimId, claimStatement, reopenedAt, republishedAt, note, verdictBefore, verdictAfter,
                    withPeople ? reopenedBy : null);
        }
    }

    public record ScaleLabel(String label, Integer rating, String definition) {
    }
}
