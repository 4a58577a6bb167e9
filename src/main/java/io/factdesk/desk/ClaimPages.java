package io.factdesk.desk;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.account.User;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.audit.AuditEvent;
import io.factdesk.audit.EventData;
import io.factdesk.audit.EventType;
import io.factdesk.claim.ArticleVersions;
import io.factdesk.claim.Assignments;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.ClaimState;
import io.factdesk.claim.ClaimantType;
import io.factdesk.claim.DismissReason;
import io.factdesk.claim.RatingLabel;
import io.factdesk.claim.Reanchoring;
import io.factdesk.claim.Topic;
import io.factdesk.figures.FigureWords;
import io.factdesk.figures.QuoteReading;
import io.factdesk.history.HistoryService;
import io.factdesk.match.MatchService;
import io.factdesk.match.MatchView;
import io.factdesk.review.Comment;
import io.factdesk.review.ReviewService;
import io.factdesk.review.Transitions;
import io.factdesk.source.ClaimEvidence;
import io.factdesk.source.EvidenceService;
import io.factdesk.system.Form;
import io.factdesk.system.Problem;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A claim's own page: its anchor in context, its fields, verdict, evidence, comments and the
 * transitions the signed-in user may make. Every form posts here and comes back by redirect;
 * a refused one is shown again with what the user typed and the reason next to the field.
 */
@Path("/claims")
@Produces(MediaType.TEXT_HTML)
public class ClaimPages {

    /** A field that someone else changed while the user was editing: shown after a 409. */
    public record Changed(String field, String now) {
    }

    /**
     * Everything the claim page shows besides the claim itself. {@code assignable}: the people this
     * user may give the claim to ({@link Assignments#mayAssign}), {@code mayUnassign}: whether they
     * may leave it to nobody.
     */
    public record Sheet(List<Topic> topics, List<RatingLabel> scale, List<ReviewService.Option> options,
            List<Comment> comments, List<User> assignable, boolean mayUnassign, DismissReason[] reasons,
            boolean editable, boolean editor, List<Changed> changed, ClaimEvidence evidence, List<QuoteFigure> figures,
            List<QuoteDate> dates, Links links, AnchorNotice anchorNotice) {

        /** Whether the quote holds a figure or a date: the section on them is shown only then. */
        public boolean readFigures() {
            return !figures.isEmpty() || !dates.isEmpty();
        }

        /** Whether this user may make at least one move now: the moves form is shown then. */
        public boolean anyAllowed() {
            return options.stream().anyMatch(ReviewService.Option::allowed);
        }

        /** The actions of the allowed moves that cannot go without a note, e.g. "Send back". */
        public String needNote() {
            return options.stream().filter(ReviewService.Option::allowed).filter(o -> needsNote(o))
                    .map(o -> o.rule().action()).collect(java.util.stream.Collectors.joining(", "));
        }

        /** Whether one of the allowed moves takes the note as the correction note of the corrections log. */
        public boolean correction() {
            return options.stream().anyMatch(o -> o.allowed() && needs(o, "CORRECTION_NOTE"));
        }

        /** Whether a choice of assignee is offered: the user may give the claim to someone besides themselves. */
        public boolean choosesAssignee() {
            return assignable.size() > 1;
        }
    }

    /**
     * The related claims and the link forms: {@code related} from the matching, {@code linkedFrom} the claims
     * linked to this one; {@code linkable}: the claim may be linked (not published); {@code dismissWhyNot}: null
     * when this user may dismiss it as a duplicate now, else why not.
     */
    public record Links(List<Related> related, List<Long> linkedFrom, boolean linkable, boolean copyable,
            String dismissWhyNot) {

        public boolean mayDismiss() {
            return dismissWhyNot == null;
        }

        /**
         * Whether a refused link's number was typed by hand rather than sent by a listed claim's form: its
         * errors and the number are shown beside the field then.
         */
        public boolean typedHere(String typed) {
            return related.stream().noneMatch(r -> !r.library() && String.valueOf(r.match().id()).equals(typed));
        }
    }

    /**
     * A related claim as the page lists it: the match, its label ("Likely the same claim", "Similar but
     * different: …", "Related"), its state in the desk's words, and for a desk claim what it has to reuse.
     */
    public record Related(MatchView match, String label, String state, boolean library, boolean hasVerdict,
            boolean hasRationale, boolean hasEvidence) {

        static Related of(MatchView m, Set<ClaimLinkService.Reuse> has) {
            String label = m.same() ? "Likely the same claim"
                    : !m.differences().isEmpty() ? "Similar but different: " + String.join("; ", m.differences())
                            : "Related";
            String state = m.state() == null ? null : java.util.Arrays.stream(ClaimState.values())
                    .filter(s -> s.name().equals(m.state())).findFirst().map(ClaimState::label).orElse(m.state());
            return new Related(m, label, state, "library".equals(m.kind()), has.contains(ClaimLinkService.Reuse.VERDICT),
                    has.contains(ClaimLinkService.Reuse.RATIONALE), has.contains(ClaimLinkService.Reuse.EVIDENCE));
        }

        /** The kind of label, for its style: same, different or related. */
        public String kind() {
            return match.same() ? "same" : match.differences().isEmpty() ? "related" : "different";
        }
    }

    /** A figure read from the quote, in words: "more than 450.000 Syrians" → 450,000, at least 450,000, people. */
    public record QuoteFigure(String text, String value, String bounds, String unit) {
    }

    /** A date read from the quote, in words: "last September" → September 2015, a month. */
    public record QuoteDate(String text, String date, String precision) {
    }

    /** What the confirmation before an irreversible move shows: the claim, the move, the note typed. */
    /**
     * The notice of a flagged claim (docs/review.md, "When the text changes"): what the last new version of the
     * article did to its text, the old and the new quote (new is null when ORPHANED), the figures that changed,
     * and whether an editor's decision is needed and this user may give it.
     */
    public record AnchorNotice(String outcome, int fromVersion, String oldText, int toVersion, String newText,
            List<String> figureChanges, boolean needsDecision, boolean mayDecide, Placing placing) {
    }

    /**
     * Where an ORPHANED claim may be put in the current version {@code version} (docs/text-and-anchors.md,
     * "Placing a claim by hand"): the candidates computed now, best first; {@code mayPlace} whether this user may
     * place it (an APPROVED or PUBLISHED claim only an editor).
     */
    public record Placing(int version, List<Reanchoring.Candidate> candidates, boolean mayPlace) {
    }

    public record Confirmation(Transitions.Rule rule, String note, long version) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(Claim claim, Sheet sheet, Form form, String notice);

        static native TemplateInstance confirm(Claim claim, Confirmation confirmation);
    }

    @Inject
    ClaimService claims;

    @Inject
    ReviewService review;

    @Inject
    Me me;

    @Inject
    EvidenceService evidence;

    @Inject
    MatchService matches;

    @Inject
    ClaimLinkService links;

    @Inject
    ArticleVersions versions;

    @Inject
    HistoryService history;

    @Inject
    ObjectMapper json;

    @GET
    @Path("{id}")
    public TemplateInstance claim(@RestPath long id, @RestQuery String notice, @RestQuery String sourceReused) {
        Claim claim = claims.get(id);
        return page(claim, Form.empty(), List.of(), notice, sourceReused);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@RestPath long id, @RestForm String statement, @RestForm String claimant,
            @RestForm String claimantType, @RestForm String claimDate, @RestForm String firstAppearance,
            @RestForm String topicId, @RestForm String version, @RestForm String origStatement,
            @RestForm String origClaimant, @RestForm String origClaimantType, @RestForm String origClaimDate,
            @RestForm String origFirstAppearance, @RestForm String origTopicId) {
        Form form = Form.empty().with("statement", statement).with("claimant", claimant)
                .with("claimantType", claimantType).with("claimDate", claimDate)
                .with("firstAppearance", firstAppearance).with("topicId", topicId).with("version", version);
        try {
            claims.edit(id, new ClaimService.ClaimEdit(Optional.ofNullable(statement), Optional.ofNullable(claimant),
                    Optional.ofNullable(claimantType), Optional.ofNullable(claimDate),
                    Optional.ofNullable(firstAppearance), Optional.ofNullable(topicId), null,
                    QueryParams.optionalLong("version", version)), me.user());
            return done(id, "saved");
        } catch (ProblemException e) {
            Claim now = claims.get(id);
            List<Changed> changed = new ArrayList<>();
            if (e.status() == 409) {
                compare(changed, "Statement", origStatement, now.statement);
                compare(changed, "Claimant", origClaimant, now.claimant);
                compare(changed, "Claimant is a", label(ClaimantType.parse(origClaimantType).orElse(null)),
                        label(now.claimantType));
                compare(changed, "Claim date", origClaimDate, now.claimDate == null ? null : now.claimDate.toString());
                compare(changed, "First appearance", origFirstAppearance, now.firstAppearance);
                compare(changed, "Topic", origTopicId == null ? null : topicName(origTopicId), now.topic.name);
            }
            return refused(now, form, e, changed);
        }
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@RestPath long id, @RestForm String to, @RestForm String comment,
            @RestForm String reason, @RestForm String duplicateOf, @RestForm String assignee,
            @RestForm String version, @RestForm String confirmed) {
        Form form = Form.empty().with("to", to).with("comment", comment).with("reason", reason)
                .with("duplicateOf", duplicateOf).with("assignee", assignee);
        try {
            ClaimState target = ClaimState.parse("to", to);
            if (target != null && !"yes".equals(confirmed)) {
                // An irreversible move the user may make asks first, on a page of its own; cancelling keeps the note.
                Claim claim = claims.get(id);
                Optional<ReviewService.Option> option = review.options(claim, me.user()).stream()
                        .filter(o -> o.to() == target && o.allowed() && o.rule().irreversible()).findFirst();
                if (option.isPresent()) {
                    if ("no".equals(confirmed)) {
                        return Response.ok(page(claim, form, List.of(), "kept", null)).build();
                    }
                    Long seen = QueryParams.optionalLong("version", version);
                    return Response.ok(Templates.confirm(claim, new Confirmation(option.get().rule(),
                            comment == null ? "" : comment, seen == null ? claim.version : seen))).build();
                }
            }
            review.transition(id, new ReviewService.Move(target, comment,
                    DismissReason.parse("reason", reason), QueryParams.optionalLong("duplicateOf", duplicateOf),
                    assignee, QueryParams.optionalLong("version", version)), me.user());
            return done(id, "moved");
        } catch (ProblemException e) {
            return refused(claims.get(id), form, e, List.of());
        }
    }

    @POST
    @Path("{id}/verdict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verdict(@RestPath long id, @RestForm String label, @RestForm String rationale,
            @RestForm String version, @RestForm String origLabel, @RestForm String origRationale,
            @RestForm String preview) {
        Form form = Form.empty().with("label", label).with("rationale", rationale);
        if (preview != null) {
            return preview(id, form.with("version", version), "rationale");
        }
        try {
            review.setVerdict(id, label, rationale, QueryParams.optionalLong("version", version), me.user());
            return done(id, "verdict");
        } catch (ProblemException e) {
            Claim now = claims.get(id);
            List<Changed> changed = new ArrayList<>();
            if (e.status() == 409) {
                compare(changed, "Verdict", origLabel, now.verdict == null ? null : now.verdict.label);
                compare(changed, "Rationale", origRationale, now.rationale);
            }
            return refused(now, form, e, changed);
        }
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@RestPath long id, @RestForm String body, @RestForm String preview) {
        if (preview != null) {
            return preview(id, Form.empty().with("body", body), "body");
        }
        try {
            review.comment(id, body, me.user());
            return Response.seeOther(URI.create("/claims/" + id + "#comments")).build();
        } catch (ProblemException e) {
            return refused(claims.get(id), Form.empty().with("body", body), e, List.of());
        }
    }

    /**
     * The form's "Preview" button: the claim page again with what was typed kept in its field and {@code field}
     * rendered beside it by the same Markdown renderer as the saved text (system.Markdown: raw HTML shown as text),
     * nothing saved. Without JavaScript, so it works on every page the form is on.
     */
    private Response preview(long id, Form form, String field) {
        return Response.ok(page(claims.get(id), form.with("preview", field), List.of(), null, null)).build();
    }

    @POST
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@RestPath long id, @RestForm String assignee, @RestForm String version) {
        try {
            claims.reassign(id, assignee, QueryParams.optionalLong("version", version), me.user());
            return done(id, "assigned");
        } catch (ProblemException e) {
            return refused(claims.get(id), Form.empty().with("assignee", assignee), e, List.of());
        }
    }

    /**
     * The link forms: a related claim's ("Link and copy", "Dismiss as duplicate") and the one with a number
     * typed by hand; "Unlink" beside the link. Errors are shown beside the claim number field.
     */
    @POST
    @Path("{id}/link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response link(@RestPath long id, @RestForm String to, @RestForm List<String> reuse,
            @RestForm String action, @RestForm String version) {
        List<String> chosen = reuse == null ? List.of() : reuse;
        Form form = Form.empty().with("linkTo", to).with("linkReuse", String.join(",", chosen));
        try {
            boolean unlink = "unlink".equals(action);
            boolean dismiss = "dismiss".equals(action);
            String number = to == null ? "" : to.strip().replaceFirst("^#", "");
            if (!unlink && number.isEmpty()) {
                throw ProblemException.invalid("to", "Type the number of the earlier claim, e.g. 12.");
            }
            Long target = unlink ? null : QueryParams.optionalLong("to", number);
            links.link(id, new ClaimLinkService.Link(target, unlink || dismiss ? List.of() : chosen,
                    dismiss, QueryParams.optionalLong("version", version)), me.user());
            return done(id, unlink ? "unlinked" : dismiss ? "duplicate" : chosen.isEmpty() ? "linked"
                    : "linked-copied");
        } catch (ProblemException e) {
            return refused(claims.get(id), form, beside(e), List.of());
        }
    }

    /** A link's refusal with its fields named as the link form names them, so that each shows beside its field. */
    private static ProblemException beside(ProblemException e) {
        Map<String, String> names = Map.of("to", "linkTo", "duplicateOf", "linkTo", "reuse", "linkReuse");
        List<Problem.FieldError> errors = e.errors().stream()
                .map(f -> new Problem.FieldError(names.getOrDefault(f.field(), f.field()), f.message())).toList();
        return new ProblemException(e.status(), "link", "Not linked", e.getMessage(), errors, null);
    }

    private Response done(long id, String notice) {
        return Response.seeOther(URI.create("/claims/" + id + "?notice=" + notice)).build();
    }

    /** The message after a successful post; the query names it, the text comes from here. */
    private static String noticeText(String code, Claim claim) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "saved" -> "Saved.";
            case "verdict" -> "Verdict saved.";
            case "moved" -> "Moved to " + claim.state.label() + ".";
            case "kept" -> "Nothing moved: claim " + claim.id + " is still " + claim.state.label() + ".";
            case "linked" -> "Linked: same claim as #" + claim.linkedTo + ".";
            case "linked-copied" -> "Linked: same claim as #" + claim.linkedTo + ", and copied from it as chosen.";
            case "duplicate" -> "Dismissed as a duplicate of #" + claim.duplicateOf + ".";
            case "confirmed" -> "Confirmed: the verdict holds for the changed text.";
            case "placed" -> "Placed: the claim now stands on the words chosen.";
            case "unlinked" -> "Unlinked: this claim is linked to no other now.";
            case "assigned" -> claim.assignee == null ? "Nobody is assigned now." : "Assigned to "
                    + claim.assignee.name() + ".";
            default -> null;
        };
    }

    private Response refused(Claim claim, Form form, ProblemException e, List<Changed> changed) {
        if (e.status() == 404) {
            throw e;
        }
        return Response.status(e.status()).entity(page(claim, form.failed(e), changed, null, null)).build();
    }

    private TemplateInstance page(Claim claim, Form form, List<Changed> changed, String notice,
            String sourceReused) {
        User user = me.user();
        if (form.value("version").isEmpty()) {
            form.with("version", claim.version);
        }
        if (form.value("statement").isEmpty() && form.value("claimant").isEmpty()) {
            form.with("statement", claim.statement).with("claimant", claim.claimant)
                    .with("claimantType", ClaimService.claimantTypeId(claim.claimantType))
                    .with("claimDate", claim.claimDate).with("firstAppearance", claim.firstAppearance)
                    .with("topicId", claim.topic.id);
        }
        if (form.value("label").isEmpty() && claim.verdict != null) {
            form.with("label", claim.verdict.label);
        }
        if (form.value("rationale").isEmpty()) {
            form.with("rationale", claim.rationale);
        }
        // After a conflict the next save starts from the version the user has now seen.
        form.with("version", claim.version);
        List<User> assignable = User.<User>listAll(Sort.by("username")).stream()
                .filter(p -> Assignments.mayAssign(user, claim.assignee, p)).toList();
        Read read = Read.of(claim);
        List<ReviewService.Option> options = review.options(claim, user);
        Sheet sheet = new Sheet(Topic.active(), RatingLabel.scale(false), options,
                review.comments(claim.id), assignable, Assignments.mayAssign(user, claim.assignee, null),
                DismissReason.values(), claim.state.isEditable(),
                user.can(Role.EDITOR), changed, evidence.forClaimPage(claim, sourceReused), read.figures, read.dates,
                links(claim, options), anchorNotice(claim, user));
        return Templates.claim(claim, sheet, form, noticeText(notice, claim));
    }

    /** The flagged claim's notice, from its last re-anchoring event; null when it is not flagged. */
    private AnchorNotice anchorNotice(Claim claim, User user) {
        if (!claim.anchorFlagged) {
            return null;
        }
        List<AuditEvent> events = history.ofClaimUpTo(claim.id, Long.MAX_VALUE);
        for (int i = events.size() - 1; i >= 0; i--) {
            EventData e = EventData.of(events.get(i), json);
            if (e.eventType() == EventType.CLAIM_REANCHORED) {
                Object changes = e.after().get("figureChanges");
                List<String> figureChanges = changes instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                        : List.of();
                Placing placing = claim.anchored() ? null : new Placing(claim.article.currentVersion,
                        versions.candidates(claim.id).candidates(), !claim.needsDecision() || user.can(Role.EDITOR));
                return new AnchorNotice(String.valueOf(e.after().get("outcome")),
                        ((Number) e.before().get("version")).intValue(), String.valueOf(e.before().get("exact")),
                        ((Number) e.after().get("version")).intValue(),
                        claim.anchored() ? claim.exact : null, figureChanges, claim.needsDecision(),
                        user.can(Role.EDITOR), placing);
            }
        }
        return null;
    }

    /** The editor's decision that the verdict still holds for the changed text (the note is required). */
    @POST
    @Path("{id}/anchor-decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@RestPath long id, @RestForm String note, @RestForm String version) {
        try {
            versions.confirm(id, "confirm", note, QueryParams.optionalLong("version", version), me.user());
            return done(id, "confirmed");
        } catch (ProblemException e) {
            return refused(claims.get(id), Form.empty().with("note", note), e, List.of());
        }
    }

    /**
     * Places the claim by hand in the current version: a candidate's "Place the claim here", or the words chosen
     * in the reader's place mode ({@code /articles/{id}?place=<claim>}).
     */
    @POST
    @Path("{id}/anchor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response place(@RestPath long id, @RestForm String start, @RestForm String end,
            @RestForm String version) {
        try {
            versions.placeByHand(id, QueryParams.optionalInt("start", start), QueryParams.optionalInt("end", end),
                    QueryParams.optionalInt("version", version), me.user());
            return done(id, "placed");
        } catch (ProblemException e) {
            return refused(claims.get(id), Form.empty(), e, List.of());
        }
    }

    private Links links(Claim claim, List<ReviewService.Option> options) {
        List<MatchView> found;
        try {
            found = matches.ofClaim(claim.id);
        } catch (ProblemException e) {
            found = List.of(); // not in the index yet: nothing related to show
        }
        List<Long> desk = found.stream().filter(m -> "claim".equals(m.kind())).map(MatchView::id).toList();
        Map<Long, Set<ClaimLinkService.Reuse>> has = links.reusable(desk);
        List<Related> related = found.stream().map(m -> Related.of(m, "claim".equals(m.kind())
                ? has.getOrDefault(m.id(), Set.of()) : Set.of())).toList();
        String whyNot = options.stream().filter(o -> o.to() == ClaimState.DISMISSED).findFirst()
                .map(o -> o.allowed() ? null : o.reason())
                .orElse("A claim that is " + claim.state.label() + " cannot be dismissed.");
        return new Links(related, links.linkedFrom(claim.id), claim.state != ClaimState.PUBLISHED,
                claim.state.isEditable(), whyNot);
    }

    /** The quote's figures and dates in words (suggest's readers, in memory: a quote is short). */
    private record Read(List<QuoteFigure> figures, List<QuoteDate> dates) {
        static Read of(Claim claim) {
            QuoteReading read = QuoteReading.of(claim.exact, claim.start, claim.article.language,
                    claim.article.publishedAt);
            return new Read(read.figures().stream().map(f -> new QuoteFigure(f.text(), FigureWords.value(f),
                    FigureWords.bounds(f), FigureWords.unit(f))).toList(),
                    read.dates().stream().map(d -> new QuoteDate(d.text(), FigureWords.date(d), FigureWords.precision(d)))
                            .toList());
        }
    }

    private static void compare(List<Changed> changed, String field, String before, String now) {
        String a = before == null || before.isBlank() ? null : before.strip();
        String b = now == null || now.isBlank() ? null : now.strip();
        if (!Objects.equals(a, b)) {
            changed.add(new Changed(field, b == null ? "(empty)" : b));
        }
    }

    private static String topicName(String id) {
        return QueryParams.id(id).flatMap(n -> Topic.<Topic>findByIdOptional(n)).map(t -> t.name).orElse(id);
    }

    /** How the pages name a claimant type: {@code {claim.claimantType.label}}. */
    @io.quarkus.qute.TemplateExtension
    static String label(ClaimantType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organisation";
        };
    }

    /** A candidate's score as the page shows it: "82 %". */
    @io.quarkus.qute.TemplateExtension
    static String percent(Reanchoring.Candidate candidate) {
        return Math.round(candidate.score() * 100) + " %";
    }

    /** The needs of a transition as the template asks for them. */
    @io.quarkus.qute.TemplateExtension
    static boolean needs(ReviewService.Option option, String need) {
        return option.rule().needs().contains(Transitions.Need.valueOf(need));
    }

    /** Whether the move cannot go without its note (a comment or the correction note). */
    @io.quarkus.qute.TemplateExtension
    static boolean needsNote(ReviewService.Option option) {
        return needs(option, "COMMENT") || needs(option, "CORRECTION_NOTE");
    }
}
