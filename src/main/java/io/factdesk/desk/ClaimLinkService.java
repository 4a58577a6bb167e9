package io.factdesk.desk;

import io.factdesk.account.User;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.ClaimState;
import io.factdesk.claim.DismissReason;
import io.factdesk.review.ReviewService;
import io.factdesk.source.Evidence;
import io.factdesk.source.EvidenceService;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links a claim to an earlier claim that says the same (docs/review.md, "Linking to an earlier claim"):
 * records the link, copies what the reviewer chose to reuse through the services that set it (so each copy
 * has its own history event), or dismisses the claim as a duplicate in one step. In {@code desk} because it
 * uses both {@code review} and {@code source}, which may not use each other.
 */
@ApplicationScoped
@Transactional
public class ClaimLinkService {

    /** What may be reused from the earlier claim, in the order it is copied and named. */
    public enum Reuse {
        VERDICT, RATIONALE, EVIDENCE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Reuse parse(String value) {
            for (Reuse r : values()) {
                if (value != null && r.id().equalsIgnoreCase(value.strip())) {
                    return r;
                }
            }
            throw ProblemException.invalid("reuse", "reuse lists what to copy: verdict, rationale, evidence; not '"
                    + value + "'.");
        }
    }

    /**
     * A link to make: {@code to} null takes the link off; {@code reuse} the things to copy from {@code to}
     * ("verdict", "rationale", "evidence"); {@code dismiss} dismisses the claim as its duplicate instead.
     */
    public record Link(Long to, List<String> reuse, boolean dismiss, Long version) {
    }

    /** How many links a chain may have before the earlier claim is taken as its root: far more than any desk makes. */
    private static final int MAX_HOPS = 100;

    @Inject
    ClaimService claims;

    @Inject
    ReviewService review;

    @Inject
    EvidenceService evidence;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public Claim link(long claimId, Link link, User actor) {
        Claim claim = claims.get(claimId);
        ProblemException.checkVersion(link.version(), claim.version, "Claim " + claimId);
        Set<Reuse> reuse = parse(link.reuse());
        if (link.to() == null) {
            if (link.dismiss() || !reuse.isEmpty()) {
                throw ProblemException.invalid("to", "Name the earlier claim (to) to dismiss this one as its"
                        + " duplicate or to reuse its work; to: null takes the link off.");
            }
            return unlink(claim, actor);
        }
        Claim target = root(claim, link.to());
        if (link.dismiss()) {
            if (!reuse.isEmpty()) {
                throw ProblemException.invalid("reuse", "A claim dismissed as a duplicate keeps nothing of its own:"
                        + " reuse or dismiss, not both.");
            }
            review.transition(claimId, new ReviewService.Move(ClaimState.DISMISSED, "Same claim as #" + target.id,
                    DismissReason.DUPLICATE, target.id, null, claim.version), actor);
            record(claim, target, link.to(), reuse, actor);
            return claim;
        }
        claim.requireNotPublished();
        if (!reuse.isEmpty()) {
            claim.requireEditable("its verdict and evidence");
        }
        List<Evidence> copies = checkReusable(claim, target, reuse);
        if (reuse.isEmpty() && target.id.equals(claim.linkedTo)) {
            return claim; // linked there already and nothing to copy: nothing changes
        }
        record(claim, target, link.to(), reuse, actor);
        if (reuse.contains(Reuse.VERDICT) || reuse.contains(Reuse.RATIONALE)) {
            String label = reuse.contains(Reuse.VERDICT) ? target.verdict.label : claim.verdict.label;
            String rationale = reuse.contains(Reuse.RATIONALE) ? target.rationale : claim.rationale;
            review.setVerdict(claimId, label, rationale, claim.version, actor);
        }
        if (reuse.contains(Reuse.EVIDENCE)) {
            Set<Long> attached = new HashSet<>(evidence.ofClaim(claimId).stream().map(e -> e.source.id).toList());
            for (Evidence e : copies) {
                if (attached.add(e.source.id)) {
                    evidence.attach(claimId, new EvidenceService.EvidenceInput(e.source.id, null, e.excerpt,
                            e.stance.id(), e.note), actor);
                }
            }
        }
        return claim;
    }

    /** The claims linked to this one, oldest first: the page says "Linked from #N". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> linkedFrom(long claimId) {
        return em.createQuery("select c.id from Claim c where c.linkedTo = :id order by c.id", Long.class)
                .setParameter("id", claimId).getResultList();
    }

    /** What each of these claims has that a claim linked to it could reuse (two queries): the link form's boxes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Set<Reuse>> reusable(List<Long> ids) {
        Map<Long, Set<Reuse>> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("select c.id, v.id, c.rationale from Claim c left join c.verdict v"
                + " where c.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            Set<Reuse> has = out.computeIfAbsent((Long) row[0], id -> java.util.EnumSet.noneOf(Reuse.class));
            if (row[1] != null) {
                has.add(Reuse.VERDICT);
            }
            if (row[2] != null && !((String) row[2]).isBlank()) {
                has.add(Reuse.RATIONALE);
            }
        }
        for (Long id : em.createQuery("select distinct e.claim.id from Evidence e where e.claim.id in :ids",
                Long.class).setParameter("ids", ids).getResultList()) {
            out.computeIfAbsent(id, i -> java.util.EnumSet.noneOf(Reuse.class)).add(Reuse.EVIDENCE);
        }
        return out;
    }

    private Claim unlink(Claim claim, User actor) {
        if (claim.linkedTo == null) {
            return claim;
        }
        claim.requireNotPublished();
        Map<String, Object> before = Map.of("linkedTo", claim.linkedTo);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("linkedTo", null);
        claim.linkedTo = null;
        claim.updatedAt = Instant.now();
        audit.record(EventType.CLAIM_LINKED, actor, claim.article.id, claim.id, before, after, null);
        return claim;
    }

    /** Sets the link and appends its one event: the claim linked to, the one asked for if another, what is reused. */
    private void record(Claim claim, Claim target, long asked, Set<Reuse> reuse, User actor) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("linkedTo", claim.linkedTo);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("linkedTo", target.id);
        if (asked != target.id) {
            after.put("asked", asked);
        }
        after.put("reused", reuse.stream().map(Reuse::id).toList());
        claim.linkedTo = target.id;
        claim.updatedAt = Instant.now();
        audit.record(EventType.CLAIM_LINKED, actor, claim.article.id, claim.id, before, after, null);
    }

    /**
     * The claim {@code to} names, or, when that one is itself linked, the claim at the end of its links: every
     * claim of a story points at the same first check. Never the claim itself.
     */
    private Claim root(Claim claim, long to) {
        Claim target = em.find(Claim.class, to);
        if (target == null) {
            throw ProblemException.invalid("to", "Claim " + to + " does not exist.");
        }
        Set<Long> seen = new HashSet<>();
        while (target.linkedTo != null && seen.add(target.id) && seen.size() <= MAX_HOPS) {
            Claim next = em.find(Claim.class, target.linkedTo);
            if (next == null) {
                break;
            }
            target = next;
        }
        if (target.id.equals(claim.id)) {
            throw ProblemException.invalid("to", to == claim.id ? "A claim cannot be linked to itself."
                    : "Claim " + to + " is linked to this claim already: link it the other way, or not at all.");
        }
        return target;
    }

    /** Refuses to reuse what the earlier claim does not have; its evidence to copy, oldest first. */
    private List<Evidence> checkReusable(Claim claim, Claim target, Set<Reuse> reuse) {
        List<String> missing = new ArrayList<>();
        if (reuse.contains(Reuse.VERDICT) && target.verdict == null) {
            missing.add("a verdict");
        }
        if (reuse.contains(Reuse.RATIONALE) && (target.rationale == null || target.rationale.isBlank())) {
            missing.add("a rationale");
        }
        List<Evidence> copies = reuse.contains(Reuse.EVIDENCE) ? evidence.ofClaim(target.id) : List.of();
        if (reuse.contains(Reuse.EVIDENCE) && copies.isEmpty()) {
            missing.add("evidence");
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("reuse", "Claim " + target.id + " has no " + String.join(", no ", missing)
                    + " to reuse.");
        }
        if (reuse.contains(Reuse.RATIONALE) && !reuse.contains(Reuse.VERDICT) && claim.verdict == null) {
            throw ProblemException.invalid("reuse", "A rationale goes with a verdict: reuse the verdict too, or set"
                    + " this claim's verdict first.");
        }
        return copies;
    }

    private static Set<Reuse> parse(List<String> reuse) {
        Set<Reuse> parsed = java.util.EnumSet.noneOf(Reuse.class);
        if (reuse != null) {
            reuse.forEach(r -> parsed.add(Reuse.parse(r)));
        }
        return parsed;
    }
}
