package io.factdesk.claim;

import io.factdesk.system.Form;
import io.factdesk.system.ProblemException;
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
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A claim's own page: its anchor in context and the form that edits its fields. */
@Path("/claims")
@Produces(MediaType.TEXT_HTML)
public class ClaimPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(Claim claim, List<Topic> topics, Form form, boolean saved);
    }

    @Inject
    ClaimService claims;

    @GET
    @Path("{id}")
    public TemplateInstance claim(@RestPath long id, @RestQuery String saved) {
        Claim claim = claims.get(id);
        return Templates.claim(claim, Topic.active(), current(claim), saved != null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@RestPath long id, @RestForm String statement, @RestForm String claimant,
            @RestForm String claimDate, @RestForm String topicId, @RestForm String version) {
        Form form = Form.empty().with("statement", statement).with("claimant", claimant)
                .with("claimDate", claimDate).with("topicId", topicId).with("version", version);
        try {
            Long v = version == null || !version.strip().matches("\\d+") ? null : Long.valueOf(version.strip());
            claims.edit(id, new ClaimService.ClaimEdit(Optional.ofNullable(statement), Optional.ofNullable(claimant),
                    Optional.ofNullable(claimDate), Optional.ofNullable(topicId), v));
            return Response.seeOther(URI.create("/claims/" + id + "?saved=true")).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            Claim claim = claims.get(id);
            if (e.status() == 409) {
                // Keep what the user typed, but let the next save start from the current version.
                form.with("version", claim.version);
            }
            return Response.status(e.status()).entity(Templates.claim(claim, Topic.active(), form.failed(e), false))
                    .build();
        }
    }

    private static Form current(Claim c) {
        return Form.empty().with("statement", c.statement).with("claimant", c.claimant)
                .with("claimDate", c.claimDate).with("topicId", c.topic.id).with("version", c.version);
    }
}
