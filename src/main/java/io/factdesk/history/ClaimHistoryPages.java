package io.factdesk.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.audit.EventData;
import io.factdesk.claim.Claim;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A claim's timeline page, for everyone signed in. A class of its own with the full path: under a
 * class at "/", the claim pages' "/claims" would win the match and answer 404.
 */
@Path("/claims/{id}/history")
@Produces(MediaType.TEXT_HTML)
public class ClaimHistoryPages {

    /** The claim a timeline belongs to, as its page header shows it. */
    public record ClaimRef(long id, long articleId, String articleTitle, String exact) {
        static ClaimRef of(Claim c) {
            return new ClaimRef(c.id, c.article.id, c.article.title, c.exact);
        }

        public String historyPath() {
            return "/claims/" + id + "/history";
        }
    }

    @CheckedTemplate(basePath = "HistoryPages")
    static class Templates {
        static native TemplateInstance claim(ClaimRef claim, PageResult<TimelineEntry> events, ClaimAsOf.State asOf,
                ChainVerifier.Verification verification);
    }

    @Inject
    HistoryService history;

    @Inject
    ObjectMapper json;

    @Inject
    ChainVerifier verifier;

    /** Oldest first; {@code asOf} shows the claim as it was right after that event. */
    @GET
    public TemplateInstance timeline(@RestPath long id, @RestQuery String page, @RestQuery String asOf) {
        Claim claim = Claim.<Claim>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Claim", id));
        PageResult<TimelineEntry> events = history.ofClaim(id,
                PageResult.Request.of(QueryParams.optionalInt("page", page), HistoryPages.PAGE_SIZE))
                .map(e -> TimelineEntry.of(EventData.of(e, json)));
        Long asOfSeq = QueryParams.optionalLong("asOf", asOf);
        ClaimAsOf.State state = null;
        if (asOfSeq != null) {
            List<EventData> upTo = history.ofClaimUpTo(id, asOfSeq).stream().map(e -> EventData.of(e, json)).toList();
            if (upTo.isEmpty()) {
                throw ProblemException.notFound("Event", asOfSeq + " in the history of claim " + id);
            }
            state = ClaimAsOf.fold(id, upTo);
        }
        // Everyone signed in sees whether the history verifies; which event is bad is for admins (/history).
        return Templates.claim(ClaimRef.of(claim), events, state, verifier.verifyRecent().withoutDetail());
    }
}
