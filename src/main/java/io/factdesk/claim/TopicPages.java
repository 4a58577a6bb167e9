package io.factdesk.claim;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.system.Form;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import io.quarkus.panache.common.Sort;
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

/**
 * The topics as a page: everyone reads them, editors add, rename, reorder and retire topics and keep
 * their keywords (one a line), which propose suggested sentences under a topic (docs/suggestions.md).
 */
@Path("/topics")
@Produces(MediaType.TEXT_HTML)
public class TopicPages {

    /** A topic as its form shows it: what it holds, or what the editor typed with the errors beside it. */
    public record Row(Topic topic, Form form) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance topics(List<Row> rows, boolean editor, Form form);
    }

    @Inject
    TopicService topics;

    @Inject
    Me me;

    @GET
    public TemplateInstance page() {
        return page(null, null, Form.empty());
    }

    @POST
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String name, @RestForm String colour, @RestForm String keywords) {
        Form form = Form.empty().with("name", name).with("colour", colour).with("keywords", keywords);
        try {
            Topic topic = topics.create(new TopicResource.TopicChange(name, QueryParams.optionalInt("colour", colour),
                    null, null, keywords == null ? null : List.of(keywords), null), me.user());
            return Response.seeOther(URI.create("/topics#topic-" + topic.id)).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(page(null, null, form.failed(e))).build();
        }
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@RestPath long id, @RestForm String name, @RestForm String colour,
            @RestForm String position, @RestForm String retired, @RestForm String keywords,
            @RestForm String version) {
        Form typed = Form.empty().with("name", name).with("colour", colour).with("position", position)
                .with("retired", retired != null ? "on" : null).with("keywords", keywords);
        try {
            topics.edit(id, new TopicResource.TopicChange(name, QueryParams.optionalInt("colour", colour),
                    QueryParams.optionalInt("position", position), retired != null,
                    keywords == null ? null : List.of(keywords), QueryParams.optionalLong("version", version)),
                    me.user());
            return Response.seeOther(URI.create("/topics#topic-" + id)).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(page(id, typed.failed(e), Form.empty())).build();
        }
    }

    /** Every topic in its order, retired ones too; the one {@code failedId} with what the editor typed. */
    private TemplateInstance page(Long failedId, Form failed, Form addForm) {
        List<Row> rows = Topic.<Topic>listAll(Sort.by("position").and("id")).stream()
                .map(t -> new Row(t, t.id.equals(failedId) ? failed : stored(t))).toList();
        return Templates.topics(rows, me.editor(), addForm);
    }

    private static Form stored(Topic t) {
        return Form.empty().with("name", t.name).with("colour", t.colour).with("position", t.position)
                .with("retired", t.retired ? "on" : null).with("keywords", t.keywords);
    }
}
