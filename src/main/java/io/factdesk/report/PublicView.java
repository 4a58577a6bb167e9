package io.factdesk.report;

import java.util.Map;

/**
 * What a public page shows beyond its report: each claim's verdict as drawn on the page
 * ({@link VerdictScale.Shown}) and the page's share metadata. docs/reports.md, "Public pages".
 *
 * @param verdicts by claim id; a claim without a verdict has none
 */
public record PublicView(Map<Long, VerdictScale.Shown> verdicts, ShareMeta share) {

    /** The claim's verdict as drawn, or null when it has none. */
    public VerdictScale.Shown verdict(long claimId) {
        return verdicts.get(claimId);
    }
}
