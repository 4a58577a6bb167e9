package io.factdesk.source;

import io.factdesk.account.Me;
import io.factdesk.claim.ClaimState;
import io.factdesk.system.Form;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The browser's source library: the list with its search, a source with the claims citing it, the new-source form. */
@Path("/sources")
@Produces(MediaType.TEXT_HTML)
public class SourcePages {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<SourceService.Listed> sources, String q, String type);

        static native TemplateInstance form(Form form, SourceView.Existing duplicate);

        static native TemplateInstance source(SourceView source, List<SourceView.Citation> citations, Form form,
                boolean locked, String flash);
    }

    @Inject
    SourceService sources;

    @Inject
    Me me;

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String type, @RestQuery String page) {
        SourceType t = SourceResource.type(type);
        return Templates.list(sources.search(new SourceService.Filter(q, t),
                PageResult.Request.of(QueryParams.optionalInt("page", page), PAGE_SIZE)),
                q == null ? "" : q.strip(), t == null ? "" : t.name());
    }

    @GET
    @Path("new")
    public TemplateInstance form() {
        return Templates.form(Form.empty().with("accessedAt", LocalDate.now(ZoneOffset.UTC))
                .with("type", SourceType.OTHER.name()).with("reliability", Reliability.F.name()), null);
    }

    /** Adds a source; when its address is in the library already, the form offers that source instead. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String url, @RestForm String title, @RestForm String publisher,
            @RestForm String author, @RestForm String publishedAt, @RestForm String accessedAt,
            @RestForm String archivedUrl, @RestForm String type, @RestForm String reliability) {
        Form form = Form.empty().with("url", url).with("title", title).with("publisher", publisher)
                .with("author", author).with("publishedAt", publishedAt).with("accessedAt", accessedAt)
                .with("archivedUrl", archivedUrl).with("type", type).with("reliability", reliability);
        try {
            Source source = sources.create(new SourceService.SourceInput(url, title, publisher, author, publishedAt,
                    accessedAt, archivedUrl, type, reliability), me.user());
            return Response.seeOther(URI.create("/sources/" + source.id + "?created=true")).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(Templates.form(form.failed(e), duplicateIn(e))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance source(@RestPath long id, @RestQuery String created, @RestQuery String saved) {
        Source source = sources.get(id);
        return page(source, current(source), created != null ? "Source added to the library."
                : saved != null ? "Saved." : null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@RestPath long id, @RestForm String url, @RestForm String title, @RestForm String publisher,
            @RestForm String author, @RestForm String publishedAt, @RestForm String accessedAt,
            @RestForm String archivedUrl, @RestForm String type, @RestForm String reliability,
            @RestForm String version) {
        Form form = Form.empty().with("url", url).with("title", title).with("publisher", publisher)
                .with("author", author).with("publishedAt", publishedAt).with("accessedAt", accessedAt)
                .with("archivedUrl", archivedUrl).with("type", type).with("reliability", reliability)
                .with("version", version);
        try {
            Long v = QueryParams.id(version).orElse(null);
            sources.edit(id, new SourceService.SourceEdit(Optional.ofNullable(url), Optional.ofNullable(title),
                    Optional.ofNullable(publisher), Optional.ofNullable(author), Optional.ofNullable(publishedAt),
                    Optional.ofNullable(accessedAt), Optional.ofNullable(archivedUrl), Optional.ofNullable(type),
                    Optional.ofNullable(reliability), v), me.user());
            return Response.seeOther(URI.create("/sources/" + id + "?saved=true")).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            Source source = sources.get(id);
            if (e.status() == 409) {
                // Keep what the user typed, but let the next save start from the current version.
                form.with("version", source.version);
            }
            return Response.status(e.status()).entity(page(source, form.failed(e), null)).build();
        }
    }

    private TemplateInstance page(Source source, Form form, String flash) {
        List<SourceView.Citation> citations = sources.citations(source.id);
        boolean locked = citations.stream().anyMatch(c -> c.state() == ClaimState.PUBLISHED);
        return Templates.source(SourceView.of(source), citations, form, locked, flash);
    }

    private static Form current(Source s) {
        return Form.empty().with("url", s.url).with("title", s.title).with("publisher", s.publisher)
                .with("author", s.author).with("publishedAt", s.publishedAt).with("accessedAt", s.accessedAt)
                .with("archivedUrl", s.archivedUrl).with("type", s.type.name())
                .with("reliability", s.reliability.name()).with("version", s.version);
    }

    /** The existing source a duplicate-source refusal names, for the form's offer. */
    static SourceView.Existing duplicateIn(ProblemException e) {
        Object existing = e.toProblem().extra() == null ? null : e.toProblem().extra().get("existing");
        return existing instanceof SourceView.Existing found ? found : null;
    }
}
