package io.factdesk.library;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.system.Form;
import io.factdesk.system.PageResult;
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
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The fact-check library as a page: a search over the entries, newest review first, and for editors the
 * import form (a file, or its content pasted). The answer to an import is the page with what it did:
 * the counts and each skipped element with its reason, which a redirect would lose.
 */
@Path("/library")
@Produces(MediaType.TEXT_HTML)
public class LibraryPages {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance library(PageResult<LibraryResource.EntryView> entries, String q,
                boolean editor, Form form, LibraryService.ImportResult result);
    }

    @Inject
    LibraryService library;

    @Inject
    Me me;

    @GET
    @RolesAllowed(Role.REVIEWER_ROLE)
    public TemplateInstance page(@RestQuery String q, @RestQuery String page) {
        return page(q, QueryParams.optionalInt("page", page), Form.empty(), null);
    }

    @POST
    @Path("imports")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm FileUpload file, @RestForm String content) {
        boolean uploaded = file != null && file.uploadedFile() != null && file.size() > 0;
        Form form = Form.empty().with("content", uploaded ? null : content);
        try {
            LibraryService.ImportResult result;
            if (uploaded) {
                result = library.importFile(LibraryResource.read(file, "file"), file.fileName(), "file", me.user());
            } else if (content != null && !content.isBlank()) {
                result = library.importFile(content.getBytes(StandardCharsets.UTF_8), null, "content", me.user());
            } else {
                throw ProblemException.invalid("file", "Choose a file to import, or paste its content.");
            }
            return Response.ok(page(null, 0, Form.empty(), result)).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(page(null, 0, form.failed(e), null)).build();
        }
    }

    private TemplateInstance page(String q, Integer page, Form form, LibraryService.ImportResult result) {
        PageResult<LibraryResource.EntryView> entries = library.search(q, PageResult.Request.of(page, PAGE_SIZE))
                .map(LibraryResource.EntryView::of);
        return Templates.library(entries, q == null ? "" : q.strip(), me.editor(), form, result);
    }
}
