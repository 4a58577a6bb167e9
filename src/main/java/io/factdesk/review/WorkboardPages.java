package io.factdesk.review;

import io.factdesk.account.Me;
import io.factdesk.account.Role;
import io.factdesk.account.User;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.Topic;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The workboard: claims across all articles, grouped by state with counts, filtered, and for
 * editors a toolbar that moves the selected claims together.
 */
@Path("/workboard")
@Produces(MediaType.TEXT_HTML)
public class WorkboardPages {

    /** Claims shown per state; the count says how many there are in all. */
    static final int PER_STATE = 50;

    /** The filters, as typed; {@code assignee} may be a user name, "me" or "none". */
    public record Filters(String state, String topic, String verdict, String assignee, String article, String q) {
        public boolean any() {
            return !(blank(state) && blank(topic) && blank(verdict) && blank(assignee) && blank(article) && blank(q));
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    public record Column(ClaimState state, long count, List<Claim> claims) {
        public boolean more() {
            return count > claims.size();
        }
    }

    /** What a bulk move did, for the page after it. */
    public record Moved(ClaimState to, List<Claim> moved, List<BulkMoves.Refusal> refused) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(List<Column> columns, Filters filters, List<Topic> topics,
                List<RatingLabel> scale, List<User> people, ClaimState[] states, DismissReason[] reasons,
                boolean bulk, Moved outcome, String error);
    }

    @Inject
    ClaimService claims;

    @Inject
    BulkMoves bulk;

    @Inject
    EntityManager em;

    @Inject
    Me me;

    @GET
    public TemplateInstance board(@RestQuery String state, @RestQuery String topic, @RestQuery String verdict,
            @RestQuery String assignee, @RestQuery String article, @RestQuery String q) {
        return render(new Filters(state, topic, verdict, assignee, article, q), null, null);
    }

    /** Moves the selected claims; the board comes back listing what moved and what could not, and why. */
    @POST
    @Path("move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestForm List<Long> ids, @RestForm String to, @RestForm String comment,
            @RestForm String reason, @RestForm String state, @RestForm String topic, @RestForm String verdict,
            @RestForm String assignee, @RestForm String article, @RestForm String q) {
        Filters filters = new Filters(state, topic, verdict, assignee, article, q);
        try {
            ClaimState target = ClaimState.parse("to", to);
            if (target == null) {
                throw ProblemException.invalid("to", "Choose the state to move the selected claims to.");
            }
            BulkMoves.Outcome outcome = bulk.move(ids, target, comment, DismissReason.parse("reason", reason),
                    me.user());
            return Response.ok(render(filters, new Moved(target, outcome.moved(), outcome.refused()), null)).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(render(filters, null, e.getMessage())).build();
        }
    }

    private TemplateInstance render(Filters f, Moved outcome, String error) {
        ClaimService.Filter base = filter(f);
        Map<ClaimState, Long> counts = counts(base);
        ClaimState only = ClaimState.parse("state", f.state());
        List<Column> columns = new ArrayList<>();
        for (ClaimState s : ClaimState.values()) {
            if (only != null && s != only) {
                continue;
            }
            List<Claim> shown = counts.getOrDefault(s, 0L) == 0 ? List.of()
                    : claims.search(new ClaimService.Filter(base.article(), s, base.topic(), base.verdict(),
                            base.assignee(), base.q()), PageResult.Request.of(0, PER_STATE)).items();
            columns.add(new Column(s, counts.getOrDefault(s, 0L), shown));
        }
        return Templates.board(columns, f, Topic.active(), RatingLabel.scale(true), User.listAll(Sort.by("username")),
                ClaimState.values(), DismissReason.values(), me.user().can(Role.EDITOR), outcome, error);
    }

    private ClaimService.Filter filter(Filters f) {
        String assignee = f.assignee() == null || f.assignee().isBlank() ? null
                : f.assignee().equals("me") ? me.username() : f.assignee().strip();
        return new ClaimService.Filter(QueryParams.optionalLong("article", f.article()), null,
                QueryParams.optionalLong("topic", f.topic()), QueryParams.optionalLong("verdict", f.verdict()),
                assignee, f.q());
    }

    /** How many claims each state holds under the filters: one grouped query. */
    private Map<ClaimState, Long> counts(ClaimService.Filter f) {
        Map<ClaimState, Long> counts = new EnumMap<>(ClaimState.class);
        claims.countByState(f).forEach(counts::put);
        return counts;
    }
}
