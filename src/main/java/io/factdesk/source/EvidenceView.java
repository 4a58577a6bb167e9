package io.factdesk.source;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** A piece of evidence as the JSON API and the claim page show it, with its whole source. */
public record EvidenceView(long id, long claimId, SourceView source, String excerpt, Stance stance, String note,
        Instant createdAt, String createdBy) {

    public static EvidenceView of(Evidence e) {
        return new EvidenceView(e.id, e.claim.id, SourceView.of(e.source), e.excerpt, e.stance, e.note, e.createdAt,
                e.createdBy.username);
    }

    /**
     * The answer to an attach: the evidence, and what happened to the source. {@code sourceCreated}:
     * the inline source was added to the library; {@code sourceReused}: the library already held its
     * address, and that source was linked instead ({@code notice} says so in words).
     */
    public record Attached(@JsonUnwrapped EvidenceView evidence, boolean sourceCreated, boolean sourceReused,
            String notice) {
    }
}
