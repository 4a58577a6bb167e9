package io.factdesk.review;

import io.factdesk.account.Role;
import io.factdesk.account.User;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.claim.Assignments;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.ClaimState;
import io.factdesk.claim.DismissReason;
import io.factdesk.claim.RatingLabel;
import io.factdesk.system.FieldChecks;
import io.factdesk.system.Problem;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves claims through the review states by the rules of {@link Transitions}, sets verdicts and
 * takes comments. The API and the browser both come here, so the rules hold the same for both.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    /** A request to move a claim; only the fields its transition needs are read. */
    public record Move(ClaimState to, String comment, DismissReason reason, Long duplicateOf, String assignee,
            Long version) {
    }

    /**
     * A move out of the claim's state: {@code allowed} for this user, else {@code reason} says why not;
     * {@code requirements}: what the claim itself must hold for the move, each met or not, so that a page
     * can show them before the click (the same checks that refuse the move, see {@link #requirements}).
     */
    public record Option(Transitions.Rule rule, boolean allowed, String reason, List<Requirement> requirements) {
        public ClaimState to() {
            return rule.to();
        }

        /** Whether every requirement held by the claim is met. */
        public boolean ready() {
            return requirements.stream().allMatch(Requirement::met);
        }
    }

    /**
     * One thing the claim must hold before a move: {@code label} in a checklist's words ("A verdict"),
     * {@code field} and {@code missing} as the refusal names it.
     */
    public record Requirement(String field, String label, String missing, boolean met) {
    }

    @Inject
    ClaimService claims;

    @Inject
    Assignments assignments;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public Claim transition(long claimId, Move move, User actor) {
        Claim claim = claims.get(claimId);
        ProblemException.checkVersion(move.version(), claim.version, "Claim " + claimId);
        if (move.to() == null) {
            throw ProblemException.invalid("to", "to is required: the state to move the claim to.");
        }
        checkNote(move.comment());
        Transitions.Rule rule = Transitions.find(claim.state, move.to()).orElseThrow(() -> notInTable(claim,
                move.to()));
        String refusal = refusal(rule, claim, actor);
        if (refusal != null) {
            throw ProblemException.forbidden(refusal);
        }
        User assignee = null;
        if (rule.needs().contains(Transitions.Need.ASSIGNEE)) {
            assignee = move.assignee() == null || move.assignee().isBlank() ? actor
                    : Assignments.user(move.assignee(), "assignee");
            Assignments.check(actor, claim.assignee, assignee);
        }
        List<Problem.FieldError> missing = missing(rule, claim, move);
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "requirements-missing", "Requirements missing",
                    "To move claim " + claimId + " to " + move.to() + ": " + String.join(" ",
                            missing.stream().map(Problem.FieldError::message).toList()),
                    missing, Map.of("missing", missing.stream().map(Problem.FieldError::field).toList()));
        }
        if (move.to() == ClaimState.PUBLISHED && claim.needsDecision()) {
            // Published, it would be checked on text nobody has judged it against (docs/review.md).
            throw new ProblemException(409, "needs-decision", "The claim's text changed",
                    "Claim " + claimId + " was approved on text that has since changed: confirm that its verdict"
                            + " holds for the new text, or send it back, before publishing it.", null,
                    Map.of("anchorOutcome", claim.anchorOutcome == null ? "" : claim.anchorOutcome.name()));
        }
        ClaimState from = claim.state;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", move.to().name());
        switch (move.to()) {
            case RESEARCHING -> {
                if (assignee != null) {
                    assignments.assign(claim, assignee, actor);
                }
            }
            case IN_REVIEW -> claim.submittedBy = actor;
            case DISMISSED -> {
                claim.dismissReason = move.reason();
                claim.duplicateOf = move.reason() == DismissReason.DUPLICATE ? move.duplicateOf() : null;
                after.put("reason", move.reason().name());
                if (claim.duplicateOf != null) {
                    after.put("duplicateOf", claim.duplicateOf);
                }
            }
            case NEW -> {
                claim.dismissReason = null;
                claim.duplicateOf = null;
            }
            case PUBLISHED -> {
                claim.publishedAt = Instant.now();
                // What readers are told the fact-check is about (docs/text-and-anchors.md).
                claim.checkedVersion = claim.article.currentVersion;
                after.put("checkedVersion", claim.checkedVersion);
            }
            default -> {
            }
        }
        claim.state = move.to();
        claim.updatedAt = Instant.now();
        audit.record(EventType.TRANSITION, actor, claim.article.id, claim.id, Map.of("state", from.name()), after,
                FieldChecks.trimToNull(move.comment()));
        return claim;
    }

    /** Every transition from the claim's state, each offered or explained, for the claim page and the API. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Option> options(Claim claim, User actor) {
        List<Option> options = new ArrayList<>();
        for (Transitions.Rule rule : Transitions.from(claim.state)) {
            String refusal = refusal(rule, claim, actor);
            options.add(new Option(rule, refusal == null, refusal, requirements(rule, claim)));
        }
        return options;
    }

    public Claim setVerdict(long claimId, String label, String rationale, Long version, User actor) {
        Claim claim = claims.get(claimId);
        ProblemException.checkVersion(version, claim.version, "Claim " + claimId);
        claim.requireEditable("its verdict");
        FieldChecks checks = new FieldChecks();
        RatingLabel verdict = null;
        if (label == null || label.isBlank()) {
            checks.add("label", "label is required: one of " + labels() + ".");
        } else {
            verdict = RatingLabel.byLabel(label).filter(l -> !l.retired).orElse(null);
            if (verdict == null) {
                checks.add("label", "Unknown or retired label '" + label + "': use one of " + labels() + ".");
            }
        }
        checks.text("rationale", rationale, FieldChecks.Text.RATIONALE);
        checks.throwIfAny();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("verdict", claim.verdict == null ? null : claim.verdict.label);
        before.put("rationale", claim.rationale);
        claim.verdict = verdict;
        claim.rationale = FieldChecks.trimToNull(rationale);
        claim.updatedAt = Instant.now();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("verdict", verdict.label);
        after.put("rationale", claim.rationale);
        audit.record(EventType.VERDICT_SET, actor, claim.article.id, claim.id, before, after, null);
        return claim;
    }

    public Comment comment(long claimId, String body, User actor) {
        Claim claim = claims.get(claimId);
        new FieldChecks().require("body", body, "The comment").text("body", body, FieldChecks.Text.COMMENT).throwIfAny();
        Comment comment = new Comment();
        comment.claim = claim;
        comment.author = actor;
        comment.body = body.strip();
        comment.createdAt = Instant.now();
        comment.persist();
        audit.record(EventType.COMMENT_ADDED, actor, claim.article.id, claim.id, Map.of(),
                Map.of("commentId", comment.id, "body", comment.body), null);
        return comment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Comment> comments(long claimId) {
        return em.createQuery("select c from Comment c join fetch c.author where c.claim.id = :id"
                + " order by c.createdAt, c.id", Comment.class).setParameter("id", claimId).getResultList();
    }

    /** A move's note: the history keeps it, so it is held to the one limit of {@link FieldChecks.Text#MOVE_NOTE}. */
    static void checkNote(String note) {
        new FieldChecks().text("comment", note, FieldChecks.Text.MOVE_NOTE).throwIfAny();
    }

    /** Null when the actor may make this transition on this claim, else why not (a 403 reason). */
    private static String refusal(Transitions.Rule rule, Claim claim, User actor) {
        if (!actor.can(rule.role())) {
            return "Only " + (rule.role() == Role.EDITOR ? "editors" : rule.role().id() + "s") + " may "
                    + rule.action().toLowerCase() + " (from " + rule.from().label() + " to " + rule.to().label() + ").";
        }
        if (rule.needs().contains(Transitions.Need.FOUR_EYES)) {
            if (claim.submittedBy != null && claim.submittedBy.id.equals(actor.id)) {
                return "Four eyes: you submitted this claim for review, so someone else must approve it.";
            }
            if (claim.assignee != null && claim.assignee.id.equals(actor.id)) {
                return "Four eyes: this claim is assigned to you, so someone else must approve it.";
            }
        }
        return null;
    }

    private List<Problem.FieldError> missing(Transitions.Rule rule, Claim claim, Move move) {
        List<Problem.FieldError> missing = new ArrayList<>();
        boolean noComment = move.comment() == null || move.comment().isBlank();
        for (Transitions.Need need : rule.needs()) {
            switch (need) {
                case COMMENT -> {
                    if (noComment) {
                        missing.add(new Problem.FieldError("comment", rule.to() == ClaimState.RESEARCHING
                                && rule.from() == ClaimState.IN_REVIEW ? "A comment saying what to change is required."
                                        : "A comment is required."));
                    }
                }
                case CORRECTION_NOTE -> {
                    if (noComment) {
                        missing.add(new Problem.FieldError("comment",
                                "A correction note is required; it appears in the report's corrections log."));
                    }
                }
                case REASON -> {
                    if (move.reason() == null) {
                        missing.add(new Problem.FieldError("reason", "A reason is required: NOT_CHECK_WORTHY, "
                                + "OPINION, DUPLICATE or OTHER."));
                    } else if (move.reason() == DismissReason.DUPLICATE) {
                        if (move.duplicateOf() == null) {
                            missing.add(new Problem.FieldError("duplicateOf", "Name the claim this one duplicates."));
                        } else if (move.duplicateOf() == claim.id.longValue()
                                || em.find(Claim.class, move.duplicateOf()) == null) {
                            missing.add(new Problem.FieldError("duplicateOf", "Claim " + move.duplicateOf()
                                    + " is not another existing claim."));
                        }
                    }
                }
                case COMPLETE_RESEARCH -> requirements(rule, claim).stream().filter(r -> !r.met())
                        .forEach(r -> missing.add(new Problem.FieldError(r.field(), r.missing())));
                case ASSIGNEE, FOUR_EYES -> {
                }
            }
        }
        return missing;
    }

    /**
     * What the claim itself must hold for {@code rule}, each met or not: the one list that both refuses a move
     * ({@link #missing}) and shows the claim page's checklist before the click. Needs given with the move (a
     * note, a reason) are not here: the moves form asks for them.
     */
    public List<Requirement> requirements(Transitions.Rule rule, Claim claim) {
        if (!rule.needs().contains(Transitions.Need.COMPLETE_RESEARCH)) {
            return List.of();
        }
        return List.of(
                new Requirement("statement", "A statement", "A statement is required.",
                        claim.statement != null && !claim.statement.isBlank()),
                new Requirement("claimant", "A claimant", "A claimant is required.",
                        claim.claimant != null && !claim.claimant.isBlank()),
                new Requirement("verdict", "A verdict", "A verdict is required.", claim.verdict != null),
                new Requirement("rationale", "A rationale", "A rationale is required.",
                        claim.rationale != null && !claim.rationale.isBlank()),
                new Requirement("evidence", "At least one source as evidence",
                        "At least one source as evidence is required.", evidenceCount(claim.id) > 0));
    }

    private long evidenceCount(long claimId) {
        return em.createQuery("select count(e) from Evidence e where e.claim.id = :id", Long.class)
                .setParameter("id", claimId).getSingleResult();
    }

    private static ProblemException notInTable(Claim claim, ClaimState to) {
        List<String> allowed = Transitions.from(claim.state).stream().map(r -> r.to().name()).toList();
        List<String> named = Transitions.from(claim.state).stream().map(r -> r.to().label()).toList();
        // The detail in the desk's words (the workboard shows it); the members keep the states' names.
        return new ProblemException(409, "transition-not-allowed", "Transition not allowed",
                "A claim cannot move from " + claim.state.label() + " to " + to.label() + ". From "
                        + claim.state.label() + " it can move to: "
                        + (named.isEmpty() ? "nothing" : String.join(", ", named)) + ".",
                null, Map.of("state", claim.state.name(), "allowed", allowed));
    }



    private static String labels() {
        return String.join(", ", RatingLabel.scale(false).stream().map(l -> l.label).toList());
    }
}
