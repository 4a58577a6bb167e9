package io.factdesk.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The fact-check library over the API: reviewers search it, editors import files of published fact-checks
 * (docs/api.md, "Fact-check library").
 */
@Path("/api/library")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

    /** An entry of the library; {@code ratingValue} from 0 (worst) to 1 (best), or null. */
    public record EntryView(long id, String claimText, String claimant, LocalDate claimDate, String reviewerName,
            String reviewerSite, String reviewUrl, String reviewTitle, LocalDate reviewDate, String ratingText,
            Double ratingValue, String language, Instant importedAt, String importedBy, Instant updatedAt) {
        static EntryView of(LibraryEntry e) {
            return new EntryView(e.id, e.claimText, e.claimant, e.claimDate, e.reviewerName, e.reviewerSite,
                    e.reviewUrl, e.reviewTitle, e.reviewDate, e.ratingText, e.ratingValue, e.language, e.importedAt,
                    e.importedBy == null ? null : e.importedBy.username, e.updatedAt);
        }

        /** The rating in percent of the way from worst to best, for the page; null without a number. */
        public Long ratingPercent() {
            return ratingValue == null ? null : Math.round(ratingValue * 100);
        }
    }

    /** An entry with the element as the file held it ({@code raw}). */
    public record EntryDetail(EntryView entry, JsonNode raw) {
    }

    /** What an import did; {@code skipped}: each element not imported, by its path in the file, and why. */
    public record ImportView(String file, String format, int added, int updated, int unchanged,
            List<LibraryFile.Skipped> skipped) {
        static ImportView of(LibraryService.ImportResult r) {
            return new ImportView(r.file(), r.format(), r.added(), r.updated(), r.unchanged(), r.skipped());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LibraryService library;

    @Inject
    Me me;

    /** Newest review first; {@code q}: every word in the claim, the claimant or the organisation. */
    @GET
    @RolesAllowed(Role.REVIEWER_ROLE)
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "400", description = "q is too long, or page or size is not a number in range.")
    public PageResult<EntryView> search(@RestQuery String q, @RestQuery String page, @RestQuery String size) {
        return library.search(q, PageResult.Request.of(page, size)).map(EntryView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.REVIEWER_ROLE)
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404", description = "No such entry.")
    public EntryDetail entry(@RestPath long id) {
        LibraryEntry e = library.find(id);
        try {
            return new EntryDetail(EntryView.of(e), JSON.readTree(e.rawJson));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Imports a file sent as the body: ClaimReview JSON-LD (one, an array or a {@code @graph}), a ClaimReview
     * DataFeed or a Fact Check Tools {@code claims:search} answer. For an HTML page, upload it as a file.
     */
    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_ROLE)
    @RequestBody(description = "The file itself, as JSON.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "413", description = "The file is larger than the import limit.")
    @APIResponse(responseCode = "422", description = "nothing-to-import: the file is not JSON, holds no JSON-LD,"
            + " is not a ClaimReview, or every element was skipped (listed in skipped).")
    public ImportView importBody(byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest(null, "A JSON body is required: the file to import.");
        }
        return ImportView.of(library.importFile(body, null, null, me.user()));
    }

    /** Imports an uploaded file (the form field {@code file}): any of the JSON shapes, or an HTML page. */
    @POST
    @Path("imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.EDITOR_ROLE)
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "413", description = "The file is larger than the import limit.")
    @APIResponse(responseCode = "422", description = "nothing-to-import: no file, or the file is not JSON, holds"
            + " no JSON-LD, is not a ClaimReview, or every element was skipped (listed in skipped).")
    public ImportView importUpload(@RestForm("file") FileUpload file) {
        return ImportView.of(library.importFile(read(file, "file"), file.fileName(), "file", me.user()));
    }

    /** The bytes of an uploaded file; 422 on {@code field} when none was chosen. */
    static byte[] read(FileUpload file, String field) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            throw ProblemException.invalid(field, "Choose a file to import.");
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw ProblemException.invalid(field, "The file could not be read.");
        }
    }
}
