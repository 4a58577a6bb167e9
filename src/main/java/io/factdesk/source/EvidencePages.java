package io.factdesk.source;

import io.factdesk.account.Me;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The evidence forms of a claim page (tags {@code evidenceForm} and {@code evidenceList}) post here.
 * Success goes back to the claim page's evidence section (Post/Redirect/Get). A refused attach is
 * shown on this class's own page, the claim's "attach a source" page, with what the user typed and
 * each error beside its field; that page also searches the whole library.
 */
@Path("/claims/{claimId}/evidence")
@Produces(MediaType.TEXT_HTML)
public class EvidencePages {

    @CheckedTemplate(basePath = "SourcePages")
    static class Templates {
        static native TemplateInstance attach(Claim claim, ClaimEvidence evidence, String q);
    }

    @Inject
    EvidenceService evidence;

    @Inject
    SourceService sources;

    @Inject
    ClaimService claims;

    @Inject
    Me me;

    /** The attach form on a page of its own, with a search of the whole library for the picker. */
    @GET
    @Path("new")
    public TemplateInstance attachPage(@RestPath long claimId, @RestQuery String q) {
        return page(claimId, Form.empty(), q);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attach(@RestPath long claimId, @RestForm String sourceId,
            @RestForm("source.url") String url, @RestForm("source.title") String title,
            @RestForm("source.publisher") String publisher, @RestForm("source.author") String author,
            @RestForm("source.publishedAt") String publishedAt, @RestForm("source.accessedAt") String accessedAt,
            @RestForm("source.archivedUrl") String archivedUrl, @RestForm("source.type") String type,
            @RestForm("source.reliability") String reliability, @RestForm String excerpt, @RestForm String stance,
            @RestForm String note, @RestForm String q) {
        Form form = Form.empty().with("sourceId", sourceId).with("source.url", url).with("source.title", title)
                .with("source.publisher", publisher).with("source.author", author)
                .with("source.publishedAt", publishedAt).with("source.accessedAt", accessedAt)
                .with("source.archivedUrl", archivedUrl).with("source.type", type)
                .with("source.reliability", reliability).with("excerpt", excerpt).with("stance", stance)
                .with("note", note);
        try {
            Long picked = null;
            if (sourceId != null && !sourceId.isBlank()) {
                if (!sourceId.strip().matches("\\d{1,18}")) {
                    throw ProblemException.invalid("sourceId", "Choose a source of the library from the list.");
                }
                picked = Long.valueOf(sourceId.strip());
            }
            EvidenceService.Attached attached = evidence.attach(claimId, new EvidenceService.EvidenceInput(picked,
                    new SourceService.SourceInput(url, title, publisher, author, publishedAt, accessedAt,
                            archivedUrl, type, reliability),
                    excerpt, stance, note), me.user());
            String reused = attached.sourceReused() ? "?sourceReused=" + attached.evidence().source.id : "";
            return Response.seeOther(URI.create("/claims/" + claimId + reused + "#evidence")).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(page(claimId, form.failed(e), q)).build();
        }
    }

    /** Removes a piece of evidence; the button asks for confirmation first (data-confirm). */
    @POST
    @Path("{evidenceId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response detach(@RestPath long claimId, @RestPath long evidenceId) {
        evidence.detach(claimId, evidenceId, me.user());
        return Response.seeOther(URI.create("/claims/" + claimId + "#evidence")).build();
    }

    private TemplateInstance page(long claimId, Form form, String q) {
        Claim claim = claims.get(claimId);
        ClaimEvidence panel = evidence.forClaimPage(claim, null).withForm(form);
        if (q != null && !q.isBlank()) {
            panel = new ClaimEvidence(panel.claimId(), panel.items(), panel.editable(),
                    sources.choices(q, EvidenceService.PICKER_SIZE), form, null);
        }
        return Templates.attach(claim, panel, q == null ? "" : q.strip());
    }
}
