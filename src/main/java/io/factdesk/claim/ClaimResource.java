package io.factdesk.claim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factdesk.account.Me;
import io.factdesk.review.BulkMoves;
import io.factdesk.review.ClaimState;
import io.factdesk.review.DismissReason;
import io.factdesk.review.RatingLabel;
import io.factdesk.system.MergePatch;
import io.factdesk.system.PageCache;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private static final Set<String> EDITABLE = Set.of("statement", "claimant", "claimantType", "claimDate",
            "firstAppearance", "topic", "assignee", "version");

    @Inject
    ClaimService claims;

    @Inject
    Me me;

    @Inject
    PageCache pages;

    @Inject
    BulkMoves bulk;

    @GET
    public PageResult<ClaimView> search(@RestQuery String article, @RestQuery String state, @RestQuery String topic,
            @RestQuery String verdict, @RestQuery String assignee, @RestQuery String q, @RestQuery String page,
            @RestQuery String size) {
        // The same query at the same head finds the same claims, so it is answered once per head
        // (PageCache, which reads the head first), its names looked up then too; a refused query is not kept.
        List<String> query = Arrays.asList(article, state, topic, verdict, assignee, q, page, size);
        return pages.get(new PageCache.Key("claim-search", query),
                head -> new Found(find(article, state, topic, verdict, assignee, q, page, size))).page();
    }

    private PageResult<ClaimView> find(String article, String state, String topic, String verdict, String assignee,
            String q, String page, String size) {
        ClaimState st = null;
        if (state != null && !state.isBlank()) {
            st = Arrays.stream(ClaimState.values()).filter(s -> s.name().equalsIgnoreCase(state.strip())).findFirst()
                    .orElseThrow(() -> ProblemException.badRequest("state", "Unknown state '" + state
                            + "': use one of " + Arrays.toString(ClaimState.values()) + "."));
        }
        Long topicId = null;
        if (topic != null && !topic.isBlank()) {
            var checks = new io.factdesk.system.FieldChecks();
            Topic t = claims.topic(topic, checks, false);
            if (t == null) {
                throw ProblemException.badRequest("topic", "Unknown topic '" + topic + "'.");
            }
            topicId = t.id;
        }
        Long verdictId = null;
        if (verdict != null && !verdict.isBlank()) {
            verdictId = RatingLabel.byLabel(verdict).map(l -> l.id).orElseThrow(() -> ProblemException.badRequest(
                    "verdict", "Unknown verdict '" + verdict + "'."));
        }
        ClaimService.Filter filter = new ClaimService.Filter(QueryParams.optionalLong("article", article), st, topicId,
                verdictId, assignee, q);
        return claims.search(filter, PageResult.Request.of(page, size)).map(ClaimView::of);
    }

    /** A page of search results as the API sends it, kept per chain head. */
    record Found(PageResult<ClaimView> page) implements PageCache.Part {
        @Override
        public long weight() {
            return 2048L * page.items().size() + 256;
        }
    }

    public record BulkRequest(List<Long> ids, String to, String comment, String reason) {
    }

    public record BulkResult(List<ClaimView> moved, List<BulkMoves.Refusal> refused) {
    }

    /** Moves several claims at once: {@code moved} and {@code refused} (each with its status and reason). */
    @POST
    @Path("transitions")
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "422", description = "No ids, or an unknown target state.")
    public BulkResult moveMany(BulkRequest req) {
        if (req == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        if (req.to() == null || req.to().isBlank()) {
            throw ProblemException.invalid("to", "to is required: the state to move the claims to.");
        }
        BulkMoves.Outcome outcome = bulk.move(req.ids(), ClaimState.parse("to", req.to()), req.comment(),
                DismissReason.parse("reason", req.reason()), me.user());
        return new BulkResult(outcome.moved().stream().map(ClaimView::of).toList(), outcome.refused());
    }

    @GET
    @Path("{id}")
    public ClaimView get(@RestPath long id) {
        return ClaimView.of(claims.get(id));
    }

    /**
     * Edits statement, claimant, claimantType, claimDate, firstAppearance or topic; a field set to null is
     * cleared, one left out is kept.
     */
    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "409", description = "stale-version, or the claim is published and read-only.")
    @APIResponse(responseCode = "422",
            description = "A field is invalid, or may not be edited here (each named in errors).")
    public ClaimView edit(@RestPath long id, ObjectNode body) {
        MergePatch patch = MergePatch.of(body, EDITABLE, name -> switch (name) {
            case "state" -> "The state changes through POST /api/claims/" + id + "/transitions.";
            case "position", "quote", "selector" -> "The anchor of a claim cannot change; mark a new claim.";
            default -> "'" + name + "' cannot be edited; editable: statement, claimant, claimantType, claimDate,"
                    + " firstAppearance, topic, assignee.";
        });
        return ClaimView.of(claims.edit(id, new ClaimService.ClaimEdit(patch.text("statement"),
                patch.text("claimant"), patch.text("claimantType"), patch.text("claimDate"),
                patch.text("firstAppearance"), patch.text("topic"), patch.text("assignee"), patch.version()),
                me.user()));
    }
}
