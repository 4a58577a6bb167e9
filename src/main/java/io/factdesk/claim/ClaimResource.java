package io.factdesk.claim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factdesk.account.Me;
import io.factdesk.system.MergePatch;
import io.factdesk.system.PageCache;
import io.factdesk.system.PageResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private static final Set<String> EDITABLE = Set.of("statement", "claimant", "claimantType", "claimDate",
            "firstAppearance", "topic", "assignee", "version");

    @Inject
    ClaimService claims;

    @Inject
    Me me;

    @Inject
    PageCache pages;

    @GET
    public PageResult<ClaimView> search(@RestQuery String article, @RestQuery String state, @RestQuery String topic,
            @RestQuery String verdict, @RestQuery String assignee, @RestQuery String q, @RestQuery String hasFigure,
            @RestQuery String datesFrom, @RestQuery String datesTo, @RestQuery String page, @RestQuery String size) {
        // The same query at the same head finds the same claims, so it is answered once per head
        // (PageCache, which reads the head first), its names looked up then too; a refused query is not kept.
        // assignee=me stands for the caller: then the caller is part of the query.
        String caller = assignee != null && assignee.strip().equalsIgnoreCase("me") ? me.username() : null;
        ClaimFilters.Query filters = new ClaimFilters.Query(article, state, topic, verdict, assignee, q, hasFigure,
                datesFrom, datesTo);
        List<Object> query = Arrays.asList(filters, page, size, caller);
        return pages.get(new PageCache.Key("claim-search", query), head -> new Found(find(filters, page, size))).page();
    }

    private PageResult<ClaimView> find(ClaimFilters.Query filters, String page, String size) {
        ClaimService.Filter filter = ClaimFilters.parse(filters, me.username());
        return claims.search(filter, PageResult.Request.of(page, size)).map(ClaimView::of);
    }

    /** A page of search results as the API sends it, kept per chain head. */
    record Found(PageResult<ClaimView> page) implements PageCache.Part {
        @Override
        public long weight() {
            return 2048L * page.items().size() + 256;
        }
    }

    @GET
    @Path("{id}")
    public ClaimView get(@RestPath long id) {
        return ClaimView.of(claims.get(id));
    }

    /**
     * Edits statement, claimant, claimantType, claimDate, firstAppearance or topic; a field set to null is
     * cleared, one left out is kept.
     */
    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "409", description = "stale-version, or the claim is published and read-only.")
    @APIResponse(responseCode = "422",
            description = "A field is invalid, or may not be edited here (each named in errors).")
    public ClaimView edit(@RestPath long id, ObjectNode body) {
        MergePatch patch = MergePatch.of(body, EDITABLE, name -> switch (name) {
            case "state" -> "The state changes through POST /api/claims/" + id + "/transitions.";
            case "position", "quote", "selector" -> "The anchor of a claim cannot change; mark a new claim.";
            default -> "'" + name + "' cannot be edited; editable: statement, claimant, claimantType, claimDate,"
                    + " firstAppearance, topic, assignee.";
        });
        return ClaimView.of(claims.edit(id, new ClaimService.ClaimEdit(patch.text("statement"),
                patch.text("claimant"), patch.text("claimantType"), patch.text("claimDate"),
                patch.text("firstAppearance"), patch.text("topic"), patch.text("assignee"), patch.version()),
                me.user()));
    }
}
