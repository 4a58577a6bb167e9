package io.factdesk.review;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.claim.RatingLabel;
import io.factdesk.system.Form;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The rating scale as a page: everyone reads the definitions, editors change them. */
@Path("/rating-scale")
@Produces(MediaType.TEXT_HTML)
public class RatingScalePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scale(List<RatingLabel> labels, boolean editor, Form form, Long failedId);
    }

    @Inject
    RatingScaleService scale;

    @Inject
    Me me;

    @GET
    public TemplateInstance page() {
        return Templates.scale(RatingLabel.scale(true), me.editor(), Form.empty(), null);
    }

    @POST
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String label, @RestForm String description, @RestForm String rating,
            @RestForm String colour) {
        Form form = Form.empty().with("label", label).with("description", description).with("rating", rating)
                .with("colour", colour);
        try {
            scale.add(new RatingScaleService.LabelChange(label, description,
                    QueryParams.optionalInt("colour", colour), QueryParams.optionalInt("rating", rating), null, null,
                    null, null), me.user());
            return Response.seeOther(URI.create("/rating-scale")).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(Templates.scale(RatingLabel.scale(true), true, form.failed(e),
                    null)).build();
        }
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@RestPath long id, @RestForm String label, @RestForm String description,
            @RestForm String rating, @RestForm String colour, @RestForm String position, @RestForm String retired,
            @RestForm String version) {
        try {
            boolean noNumber = rating == null || rating.isBlank();
            scale.edit(id, new RatingScaleService.LabelChange(label, description == null ? "" : description,
                    QueryParams.optionalInt("colour", colour), noNumber ? null : QueryParams.optionalInt("rating",
                            rating), noNumber, QueryParams.optionalInt("position", position), retired != null,
                    QueryParams.optionalLong("version", version)), me.user());
            return Response.seeOther(URI.create("/rating-scale#label-" + id)).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.scale(RatingLabel.scale(true), true,
                    Form.empty().failed(e), id)).build();
        }
    }
}
