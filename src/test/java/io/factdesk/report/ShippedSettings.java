package io.factdesk.report;

import java.util.List;

/** The organisation and rating scale as the migrations ship them, for golden files that other tests cannot move. */
final class ShippedSettings {

    static final Report.OrganisationInfo ORGANISATION = new Report.OrganisationInfo("Factdesk", null,
            "Each claim is checked by a reviewer against the sources listed with it and approved by an editor other than the reviewer before it is published. The verdict follows the rating scale below.",
            "When a published fact-check is found to be wrong or incomplete, an editor reopens it, the correction is researched and reviewed again, and the corrected fact-check is published with a correction note. Every correction is listed in the corrections log of the report.");

    static final List<Report.ScaleLabel> SCALE = List.of(
            new Report.ScaleLabel("True", 5, "The statement is accurate and nothing significant is missing."),
            new Report.ScaleLabel("Mostly true", 4, "The statement is accurate but needs clarification or additional information."),
            new Report.ScaleLabel("Half true", 3, "The statement is partially accurate but leaves out important details or takes things out of context."),
            new Report.ScaleLabel("Mostly false", 2, "The statement contains an element of truth but ignores critical facts that would give a different impression."),
            new Report.ScaleLabel("False", 1, "The statement is not accurate."),
            new Report.ScaleLabel("Misleading", null, "The statement may be literally accurate but creates a false impression."),
            new Report.ScaleLabel("Unverifiable", null, "The available evidence neither confirms nor refutes the statement."));

    private ShippedSettings() {
    }
}
