package io.factdesk.review;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
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
    public LabelView edit(@RestPath long id, RatingScaleService.LabelChange body) {
        if (body == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        return LabelView.of(scale.edit(id, body, me.user()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    public Response delete(@RestPath long id) {
        scale.delete(id, me.user());
        return Response.noContent().build();
    }
}
