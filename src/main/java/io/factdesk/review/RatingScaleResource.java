package io.factdesk.review;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.claim.RatingLabel;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The rating scale: everyone reads it, editors change it. */
@Path("/api/rating-scale")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingScaleResource {

    public record LabelView(long id, String label, String description, int colour, Integer rating, int position,
            boolean retired, long version) {
        static LabelView of(RatingLabel l) {
            return new LabelView(l.id, l.label, l.description, l.colour, l.rating, l.position, l.retired, l.version);
        }
    }

    @Inject
    RatingScaleService scale;

    @Inject
    Me me;

    @GET
    public List<LabelView> list(@RestQuery boolean retired) {
        return RatingLabel.scale(retired).stream().map(LabelView::of).toList();
    }

    @POST
    @RolesAllowed(Role.EDITOR_ROLE)
    @APIResponseSchema(value = LabelView.class, responseCode = "201", responseDescription = "The new label.")
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "409", description = "duplicate-label: the scale has this label.")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (each named in errors).")
    public Response add(RatingScaleService.LabelChange body) {
        if (body == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        RatingLabel label = scale.add(body, me.user());
        return Response.created(URI.create("/api/rating-scale/" + label.id)).entity(LabelView.of(label)).build();
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "409", description = "stale-version, or duplicate-label.")
    @APIResponse(responseCode = "422", description = "A field is invalid (each named in errors).")
    public LabelView edit(@RestPath long id, RatingScaleService.LabelChange body) {
        if (body == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        return LabelView.of(scale.edit(id, body, me.user()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "409", description = "label-in-use: a claim has this verdict; retire it instead.")
    public Response delete(@RestPath long id) {
        scale.delete(id, me.user());
        return Response.noContent().build();
    }
}
