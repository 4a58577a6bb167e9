package io.factdesk.review;

import io.factdesk.account.Me;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.ClaimState;
import io.factdesk.claim.ClaimView;
import io.factdesk.claim.DismissReason;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestPath;

/** The review work on one claim: transitions, verdict and comments. */
@Path("/api/claims/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    public record TransitionRequest(String to, @Size(max = Limits.MOVE_NOTE) String comment, String reason,
            Long duplicateOf, String assignee, Long version) {
    }

    public record TransitionOption(String to, String action, boolean allowed, String reason) {
    }

    public record VerdictRequest(String label, @Size(max = Limits.RATIONALE) String rationale, Long version) {
    }

    public record CommentRequest(@Size(max = Limits.COMMENT) String body) {
    }

    public record CommentView(long id, String author, String body, Instant createdAt) {
        static CommentView of(Comment c) {
            return new CommentView(c.id, c.author.username, c.body, c.createdAt);
        }
    }

    @Inject
    ReviewService review;

    @Inject
    ClaimService claims;

    @Inject
    Me me;

    @POST
    @Path("transitions")
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403",
            description = "The role, or the rule that nobody approves their own work, does not allow it.")
    @APIResponse(responseCode = "409",
            description = "stale-version, transition-not-allowed (allowed transitions listed), or published-read-only.")
    @APIResponse(responseCode = "422",
            description = "A requirement of the transition is missing, or a field is invalid (each named in errors).")
    public ClaimView transition(@RestPath long id, TransitionRequest req) {
        if (req == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        return ClaimView.of(review.transition(id, new ReviewService.Move(ClaimState.parse("to", req.to()), req.comment(),
                DismissReason.parse("reason", req.reason()), req.duplicateOf(), req.assignee(), req.version()), me.user()));
    }

    /** The transitions from the claim's state, each with whether you may make it and, if not, why. */
    @GET
    @Path("transitions")
    public List<TransitionOption> options(@RestPath long id) {
        return review.options(claims.get(id), me.user()).stream()
                .map(o -> new TransitionOption(o.to().name(), o.rule().action(), o.allowed(), o.reason())).toList();
    }

    @PUT
    @Path("verdict")
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "409",
            description = "stale-version, or the claim is not in a state where its verdict may change.")
    @APIResponse(responseCode = "422",
            description = "The label is unknown or the rationale missing (each named in errors).")
    public ClaimView verdict(@RestPath long id, VerdictRequest req) {
        if (req == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        return ClaimView.of(review.setVerdict(id, req.label(), req.rationale(), req.version(), me.user()));
    }

    @GET
    @Path("comments")
    public List<CommentView> comments(@RestPath long id) {
        claims.get(id);
        return review.comments(id).stream().map(CommentView::of).toList();
    }

    @POST
    @Path("comments")
    @APIResponseSchema(value = CommentView.class, responseCode = "201", responseDescription = "The new comment.")
    @APIResponse(responseCode = "422", description = "The body is empty or too long.")
    public Response comment(@RestPath long id, CommentRequest req) {
        if (req == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        Comment comment = review.comment(id, req.body(), me.user());
        return Response.created(URI.create("/api/claims/" + id + "/comments")).entity(CommentView.of(comment))
                .build();
    }
}
