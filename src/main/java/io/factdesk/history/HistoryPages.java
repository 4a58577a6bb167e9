package io.factdesk.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.audit.AuditEvent;
import io.factdesk.audit.EventData;
import io.factdesk.audit.EventType;
import io.factdesk.system.Form;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** The desk's history page: every event, filtered, with the chain's verification (editors and admins). */
@Path("/history")
@Produces(MediaType.TEXT_HTML)
public class HistoryPages {

    /** Events per page of a timeline. */
    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(PageResult<TimelineEntry> events, Form form, String query,
                List<EventType> types, ChainVerifier.Verification verification);
    }

    @Inject
    HistoryService history;

    @Inject
    ChainVerifier verifier;

    @Inject
    ObjectMapper json;

    @Inject
    Me me;

    /**
     * The desk's history, newest first. {@code verify=full} (a button for admins) walks the whole
     * chain; a GET, since it changes nothing.
     */
    @GET
    @RolesAllowed(Role.EDITOR_ROLE)
    public TemplateInstance desk(@RestQuery String article, @RestQuery String claim, @RestQuery String actor,
            @RestQuery String type, @RestQuery String from, @RestQuery String to, @RestQuery String page,
            @RestQuery String verify) {
        boolean admin = me.admin();
        HistoryFilter filter = new HistoryFilter(article, claim, actor, type, from, to);
        Form form = Form.empty().with("article", article).with("claim", claim).with("actor", actor)
                .with("type", type).with("from", from).with("to", to);
        ChainVerifier.Verification verification = admin && "full".equals(verify) ? verifier.verifyChain()
                : admin ? verifier.verifyRecent() : verifier.verifyRecent().withoutDetail();
        PageResult.Request paging = PageResult.Request.of(QueryParams.optionalInt("page", page), PAGE_SIZE);
        PageResult<TimelineEntry> events;
        try {
            events = history.search(filter.parse(admin), paging).map(this::entry);
        } catch (ProblemException e) {
            // A filter the user typed wrong: shown next to its field, with no events.
            form.failed(e);
            events = new PageResult<>(List.of(), 0, PAGE_SIZE, 0);
        }
        return Templates.desk(events, form, filter.query(), EventType.visibleTo(admin), verification);
    }

    private TimelineEntry entry(AuditEvent event) {
        return TimelineEntry.of(EventData.of(event, json));
    }
}
