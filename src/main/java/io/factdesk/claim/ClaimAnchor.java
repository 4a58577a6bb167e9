package io.factdesk.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where a claim stood in one version of its article (docs/text-and-anchors.md, "Versions"): start, end and
 * exact in that version's body, null when the claim was lost there (ORPHANED). {@code outcome} is MARKED
 * (the version it was marked on), UNCHANGED, MOVED, CHANGED, ORPHANED (re-anchoring) or PLACED (by hand).
 */
@Entity
@Table(name = "claim_anchor")
public class ClaimAnchor extends PanacheEntityBase {

    public static final String MARKED = "MARKED";
    public static final String PLACED = "PLACED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id", updatable = false)
    public long claimId;

    @Column(updatable = false)
    public int version;

    @Column(name = "start_pos")
    public Integer start;

    @Column(name = "end_pos")
    public Integer end;

    public String exact;

    public String outcome;

    public Double score;

    static ClaimAnchor of(long claimId, int version, Integer start, Integer end, String exact, String outcome,
            Double score) {
        ClaimAnchor a = new ClaimAnchor();
        a.claimId = claimId;
        a.version = version;
        a.start = start;
        a.end = end;
        a.exact = exact;
        a.outcome = outcome;
        a.score = score;
        return a;
    }
}
