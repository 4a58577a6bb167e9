package io.factdesk.source;

import io.factdesk.account.User;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.claim.Claim;
import io.factdesk.system.FieldChecks;
import io.factdesk.system.Form;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Attaches sources to claims as evidence and takes them off again, each change in the claim's history. */
@ApplicationScoped
@Transactional
public class EvidenceService {

    static final int EXCERPT_MAX = FieldChecks.Text.EVIDENCE_EXCERPT.max();
    static final int NOTE_MAX = FieldChecks.Text.EVIDENCE_NOTE.max();
    /** How many sources the claim page's picker offers; the rest are found through the library search. */
    static final int PICKER_SIZE = 100;

    /** Evidence to attach: a source of the library ({@code sourceId}) or a new one ({@code source}). */
    public record EvidenceInput(Long sourceId, SourceService.SourceInput source, String excerpt, String stance,
            String note) {
    }

    /** What an attach did: the new evidence, and whether its source was added or found in the library. */
    public record Attached(Evidence evidence, boolean sourceCreated, boolean sourceReused) {
    }

    @Inject
    EntityManager em;

    @Inject
    SourceService sources;

    @Inject
    AuditLog audit;

    public Attached attach(long claimId, EvidenceInput in, User actor) {
        Claim claim = lockedClaim(claimId);
        claim.requireEditable("its evidence");
        FieldChecks checks = new FieldChecks();
        Stance stance = null;
        if (FieldChecks.trimToNull(in.stance()) == null) {
            checks.add("stance", "Stance is required: " + Stance.ids() + ".");
        } else {
            stance = Stance.parse(in.stance()).orElse(null);
            if (stance == null) {
                checks.add("stance", "Stance must be one of " + Stance.ids() + ", not '" + in.stance().strip() + "'.");
            }
        }
        checks.maxLength("excerpt", in.excerpt(), EXCERPT_MAX, "Excerpt").maxLength("note", in.note(), NOTE_MAX, "Note");
        boolean inline = in.source() != null && !in.source().isEmpty();
        Source source = null;
        if (in.sourceId() != null && inline) {
            checks.add("source", "Give either sourceId (a source of the library) or source (a new one), not both.");
        } else if (in.sourceId() != null) {
            source = sources.find(in.sourceId()).orElse(null);
            if (source == null) {
                checks.add("sourceId", "Source " + in.sourceId() + " does not exist in the library.");
            }
        } else if (!inline) {
            checks.add("sourceId", "Give the source: sourceId for one of the library, or source (with at least"
                    + " url and title) for a new one.");
        }
        SourceService.Checked newSource = inline && in.sourceId() == null
                ? sources.check(in.source(), "source.", true, checks) : null;
        checks.throwIfAny();

        SourceService.Resolved resolved = null;
        if (newSource != null) {
            resolved = sources.addOrReuse(newSource, actor);
            source = resolved.source();
        }
        List<Evidence> linked = em.createQuery("select e from Evidence e where e.claim.id = :c and e.source.id = :s",
                Evidence.class).setParameter("c", claimId).setParameter("s", source.id).getResultList();
        if (!linked.isEmpty()) {
            Evidence existing = linked.get(0);
            throw new ProblemException(409, "duplicate-evidence", "The source is linked already",
                    "Source " + source.id + " (“" + source.title + "”) is already evidence for claim " + claimId
                            + " (evidence " + existing.id + "). Remove that evidence first to link it again"
                            + " with another excerpt or stance.",
                    null, Map.of("existing", Map.of("id", existing.id, "sourceId", source.id)));
        }

        Evidence e = new Evidence();
        e.claim = claim;
        e.source = source;
        e.excerpt = FieldChecks.trimToNull(in.excerpt());
        e.stance = stance;
        e.note = FieldChecks.trimToNull(in.note());
        e.createdAt = Instant.now();
        e.createdBy = actor;
        try {
            e.persist();
            em.flush();
        } catch (PersistenceException ex) {
            throw SourceService.raceOn(ex);
        }
        audit.record(EventType.EVIDENCE_ADDED, actor, claim.article.id, claim.id, Map.of(), fields(e), null);
        boolean reused = resolved != null && resolved.reused();
        return new Attached(e, resolved != null && !resolved.reused(), reused);
    }

    public void detach(long claimId, long evidenceId, User actor) {
        Claim claim = lockedClaim(claimId);
        claim.requireEditable("its evidence");
        Evidence e = find(claimId, evidenceId);
        Map<String, Object> before = fields(e);
        e.delete();
        audit.record(EventType.EVIDENCE_REMOVED, actor, claim.article.id, claim.id, before, Map.of(), null);
    }

    /** The evidence of a claim, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Evidence> ofClaim(long claimId) {
        if (em.find(Claim.class, claimId) == null) {
            throw ProblemException.notFound("Claim", claimId);
        }
        return em.createQuery("select e from Evidence e join fetch e.source s join fetch s.createdBy"
                + " join fetch e.createdBy where e.claim.id = :id order by e.createdAt, e.id", Evidence.class)
                .setParameter("id", claimId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Evidence get(long claimId, long evidenceId) {
        if (em.find(Claim.class, claimId) == null) {
            throw ProblemException.notFound("Claim", claimId);
        }
        return find(claimId, evidenceId);
    }

    /**
     * Everything the claim page needs for its evidence section: the list, whether it can change now,
     * the sources its picker offers, and a notice when the last attach reused a library source
     * ({@code sourceReused}: the query parameter the attach form redirects with). See docs/sources.md.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimEvidence forClaimPage(Claim claim, String sourceReused) {
        List<EvidenceView> items = ofClaim(claim.id).stream().map(EvidenceView::of).toList();
        String notice = items.stream().filter(e -> String.valueOf(e.source().id()).equals(sourceReused)).findFirst()
                .map(e -> "The library already had this address, so its source “" + e.source().title()
                        + "” was linked instead of a new one.")
                .orElse(null);
        return new ClaimEvidence(claim.id, items, claim.state.isEditable(), sources.choices(null, PICKER_SIZE),
                Form.empty(), notice);
    }

    private Evidence find(long claimId, long evidenceId) {
        return em.createQuery("select e from Evidence e join fetch e.source join fetch e.createdBy"
                + " where e.id = :id and e.claim.id = :claim", Evidence.class)
                .setParameter("id", evidenceId).setParameter("claim", claimId).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Evidence", evidenceId + " of claim " + claimId));
    }

    /**
     * The claim, its row locked until the transaction ends: an evidence change and a state change of
     * the same claim (e.g. publishing it) happen one after the other, never across each other.
     */
    private Claim lockedClaim(long claimId) {
        return em.createQuery("select c from Claim c where c.id = :id", Claim.class).setParameter("id", claimId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Claim", claimId));
    }

    /** The evidence as an audit event's before/after map. */
    static Map<String, Object> fields(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("evidenceId", e.id);
        m.put("sourceId", e.source.id);
        m.put("sourceTitle", e.source.title);
        m.put("sourceUrl", e.source.url);
        m.put("stance", e.stance.id());
        m.put("excerpt", e.excerpt);
        m.put("note", e.note);
        return m;
    }
}
