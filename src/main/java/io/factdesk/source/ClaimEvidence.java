package io.factdesk.source;

import io.factdesk.system.Form;
import java.util.List;

/**
 * The evidence section of a claim page, ready for the tags {@code evidenceList} and
 * {@code evidenceForm}: the evidence, whether it may change now (only while the claim is NEW or
 * RESEARCHING), the library sources the picker offers, what the user typed (after a refused
 * attach) and a notice for the last attach, or null.
 */
public record ClaimEvidence(long claimId, List<EvidenceView> items, boolean editable,
        List<SourceView.Choice> sources, Form form, String notice) {

    ClaimEvidence withForm(Form typed) {
        return new ClaimEvidence(claimId, items, editable, sources, typed, notice);
    }
}
