package io.factdesk.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words readers are given when an article changed after a claim was checked, the same in every
 * format (docs/reports.md, "When the article changed after the check"): "The article was changed on
 * &lt;date&gt; after this claim was checked. This fact-check is about the version of &lt;date&gt;." Times
 * are given to the minute in UTC, since a publisher may edit an article twice on one day.
 */
public final class VersionNotice {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private VersionNotice() {
    }

    /** {@code 28 November 2026 at 13:10 UTC}; empty for an unknown time. */
    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** The first sentence: when the article changed. */
    public static String changed(Report.ArticleChange change) {
        return "The article was changed on " + when(change.at()) + " after this claim was checked.";
    }

    /** The words of the link to the checked version, as they stand in the second sentence. */
    public static String checkedLinkText(Report.CheckedVersion checked) {
        return "the version of " + when(checked.createdAt());
    }
}
