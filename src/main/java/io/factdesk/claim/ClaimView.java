package io.factdesk.claim;

import io.factdesk.figures.DateView;
import io.factdesk.figures.FigureView;
import io.factdesk.figures.QuoteReading;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim as the JSON API shows it. {@code selector} is the W3C Web Annotation form of the anchor
 * (TextQuoteSelector and TextPositionSelector, positions in code points); {@code position} and
 * {@code quote} repeat it in the shape a client sends when it marks a claim. {@code claimantType} is
 * {@code person}, {@code organization} or null while nobody has said. {@code figures} and {@code dates}
 * are what the quote says in figures and dates, read by the figure and date readers with the article's
 * language and publication date, offsets in code points of the body (docs/api.md, "Figures and dates").
 * {@code linkedTo}: the earlier claim this one is linked to as the same claim, or null.
 * {@code articleVersion}: the article version the anchor and selectors are in (its current one), and
 * {@code selectorSource} that version's address (the W3C SpecificResource's {@code source});
 * {@code markedVersion}: the version the claim was marked on; {@code anchorOutcome}: what the last new
 * version did to the anchor (null before any, UNCHANGED, MOVED, CHANGED, ORPHANED); {@code anchorFlagged}:
 * CHANGED or ORPHANED and not resolved yet; {@code needsDecision}: flagged while APPROVED or PUBLISHED, so an
 * editor must confirm or reopen (docs/text-and-anchors.md, "Versions"). {@code selectorState}: the W3C Web
 * Annotation State of that source, a TimeState whose {@code sourceDate} is when the version was made and whose
 * {@code cached} is the version's address, so that a client holding only the selectors knows which text they
 * are in. {@code checkedVersion}: the version the claim was checked on (the current one when it was last
 * published, or when an editor last confirmed its verdict for a newer text), null while never published.
 */
public record ClaimView(long id, long articleId, ClaimState state, String statement, String claimant,
        String claimantType, LocalDate claimDate, String firstAppearance, TopicRef topic, Position position, Quote quote, List<Object> selector,
        List<FigureView> figures, List<DateView> dates,
        String assignee, VerdictRef verdict, String rationale, String submittedBy, DismissReason dismissReason,
        Long duplicateOf, Long linkedTo, Instant publishedAt, Instant createdAt, String createdBy, Instant updatedAt, long version,
        int articleVersion, String selectorSource, int markedVersion, String anchorOutcome, boolean anchorFlagged,
        boolean needsDecision, TimeState selectorState, Integer checkedVersion) {

    /** The verdict's label, and its number on the scale where the label has one. */
    public record VerdictRef(String label, Integer rating) {
    }

    public record TopicRef(long id, String name) {
    }

    public record Position(int start, int end) {
    }

    public record Quote(String exact, String prefix, String suffix) {
    }

    public record TextQuoteSelector(String type, String exact, String prefix, String suffix) {
    }

    public record TextPositionSelector(String type, int start, int end) {
    }

    /** A W3C Web Annotation TimeState: the source as it was at {@code sourceDate}, a copy at {@code cached}. */
    public record TimeState(String type, Instant sourceDate, String cached) {
    }


    public static ClaimView of(Claim c) {
        QuoteReading read = ClaimReadings.of(c);
        String source = "/api/articles/" + c.article.id + "/versions/" + c.article.currentVersion;
        return new ClaimView(c.id, c.article.id, c.state, c.statement, c.claimant,
                ClaimService.claimantTypeId(c.claimantType), c.claimDate, c.firstAppearance, new TopicRef(c.topic.id, c.topic.name), new Position(c.start, c.end),
                new Quote(c.exact, c.prefix, c.suffix),
                List.of(new TextQuoteSelector("TextQuoteSelector", c.exact, c.prefix, c.suffix),
                        new TextPositionSelector("TextPositionSelector", c.start, c.end)),
                read.figures(), read.dates(),
                c.assignee == null ? null : c.assignee.username,
                c.verdict == null ? null : new VerdictRef(c.verdict.label, c.verdict.rating), c.rationale,
                c.submittedBy == null ? null : c.submittedBy.username, c.dismissReason, c.duplicateOf, c.linkedTo, c.publishedAt,
                c.createdAt, c.createdBy.username, c.updatedAt, c.version,
                c.article.currentVersion,
                source, c.markedVersion, c.anchorOutcome == null ? null : c.anchorOutcome.name(),
                c.anchorFlagged, c.needsDecision(), new TimeState("TimeState", c.article.currentVersionAt, source),
                c.checkedVersion);
    }
}
