package io.factdesk.desk;

import io.factdesk.account.Me;
import io.factdesk.account.User;
import io.factdesk.article.Article;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimFilters;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.ClaimState;
import io.factdesk.claim.DismissReason;
import io.factdesk.claim.RatingLabel;
import io.factdesk.claim.Topic;
import io.factdesk.report.ReportFormat;
import io.factdesk.review.BulkMoves;
import io.factdesk.review.Transitions;
import io.factdesk.system.ChainHead;
import io.factdesk.system.Form;
import io.factdesk.system.PageCache;
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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The workboard: claims across all articles grouped by review state, with a count per state,
 * filters that stay in the URL, "my queue", and bulk moves for editors. Moves go through
 * {@link BulkMoves}, so the board obeys the same rules as the claim page and the API.
 */
@Path("/workboard")
@Produces(MediaType.TEXT_HTML)
public class WorkboardPages {

    /** Cards per column when the board shows every state; the rest is behind the column's "more" link. */
    static final int COLUMN_CAP = 25;

    /** Cards per page when the board shows one state. */
    static final int PAGE_SIZE = 50;

    /** How much of a quote a card shows. */
    static final int QUOTE_CHARS = 160;

    /**
     * The board's filters exactly as the URL carries them (blank = any). {@code assignee} is a user
     * name, {@code me} or {@code nobody}; {@code topic} and {@code verdict} an id or a name.
     */
    public record Filters(String state, String topic, String verdict, String assignee, String article, String q,
            String hasFigure, String datesFrom, String datesTo) {

        static Filters of(String state, String topic, String verdict, String assignee, String article, String q,
                String hasFigure, String datesFrom, String datesTo) {
            return new Filters(trim(state), trim(topic), trim(verdict), trim(assignee), trim(article), trim(q),
                    trim(hasFigure), trim(datesFrom), trim(datesTo));
        }

        ClaimFilters.Query asQuery() {
            return new ClaimFilters.Query(article, state, topic, verdict, assignee, q, hasFigure, datesFrom, datesTo);
        }

        /** These filters as a query string, e.g. {@code assignee=me&q=ceasefire}; empty when none is set. */
        public String query() {
            return encode(null);
        }

        /** The same filters narrowed to one state: where a column's "more" link leads. */
        public String queryFor(ClaimState only) {
            return encode(only.name());
        }

        /** The same filters over every state. */
        public String queryForAll() {
            return encode("");
        }

        public boolean any() {
            return !query().isEmpty();
        }

        /** Exactly "my queue": assigned to me, nothing else. */
        public boolean myQueue() {
            return "me".equalsIgnoreCase(assignee) && encode(null).equals("assignee=" + assignee);
        }

        private String encode(String stateOverride) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("state", stateOverride == null ? state : stateOverride);
            params.put("topic", topic);
            params.put("verdict", verdict);
            params.put("assignee", assignee);
            params.put("article", article);
            params.put("q", q);
            params.put("hasFigure", hasFigure);
            params.put("datesFrom", datesFrom);
            params.put("datesTo", datesTo);
            return params.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }

        private static String trim(String s) {
            return s == null ? "" : s.strip();
        }
    }

    /** One claim as a card shows it; the quote is cut to {@link #QUOTE_CHARS}. */
    public record Card(Claim claim, String quote, boolean clipped) {
        static Card of(Claim c) {
            String quote = clip(c.exact, QUOTE_CHARS);
            return new Card(c, quote, !quote.equals(c.exact));
        }
    }

    /** A state's column: how many claims the filters find in it and the cards shown (at most a column's cap). */
    public record Column(ClaimState state, long count, List<Card> cards) {
        public boolean more() {
            return count > cards.size();
        }
    }

    /** A state and its count under the filters (the state filter aside), for the counts above the board. */
    public record Count(ClaimState state, long count) {
    }

    /**
     * What the board shows: the count of every state, the columns (every state, or the one chosen,
     * which then pages through all its claims with {@code paging}) and the total.
     */
    public record Board(List<Count> counts, List<Column> columns, long total, PageResult<Card> paging) {
        public boolean isEmpty() {
            return total == 0;
        }

        static Board empty() {
            return new Board(Arrays.stream(ClaimState.values()).map(s -> new Count(s, 0)).toList(), List.of(), 0,
                    null);
        }
    }

    /** A state a bulk move can go to, with the actions of the rule table that lead there. */
    public record Target(ClaimState state, String actions) {
    }

    /** What the filter and bulk forms offer; {@code article} is the article filtered on, if any. */
    public record Choices(List<Topic> topics, List<RatingLabel> verdicts, List<User> people, ClaimState[] states,
            List<Target> targets, List<DismissReason> reasons, Article article, ReportFormat[] formats) {
    }

    /** A claim that did not move: why (status and reason) and the claim, when it exists. */
    public record Refused(long id, int status, String reason, Claim claim) {
        /** The kind of refusal in a word or two; the reason says the rest. */
        public String why() {
            return switch (status) {
                case 403 -> "Not allowed";
                case 404 -> "Not found";
                case 409 -> "Not from its state";
                case 422 -> "Something missing";
                default -> "Refused";
            };
        }
    }

    /** What a bulk move did. */
    public record Moved(ClaimState to, List<Card> moved, List<Refused> refused) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Board board, String columns, Filters filters, Form form,
                Choices choices, boolean bulk, Form bulkForm, Set<Long> selected, Moved outcome);

        static native TemplateInstance columns(Board board, Filters filters, boolean bulk, Set<Long> selected);

        static native TemplateInstance confirm(List<Claim> claims, ClaimState to, String comment, Filters filters);
    }

    /** A board and its columns rendered with nothing selected: what {@link PageCache} keeps per filter and head. */
    private record Shown(Board board, String columns) implements PageCache.Part {
        @Override
        public long weight() {
            return 2L * columns.length() + 1024;
        }
    }

    @Inject
    ClaimService claims;

    @Inject
    BulkMoves bulkMoves;

    @Inject
    PageCache pages;

    @Inject
    Me me;

    @Inject
    EntityManager em;

    /**
     * The board. Until something changes, each user is sent the board of these filters as it was last
     * rendered for them, with their browser's CSRF token (PageCache); a filter that means nothing is
     * refused the same way until then, with the error next to its field.
     */
    @GET
    public Response board(@RestQuery String state, @RestQuery String topic, @RestQuery String verdict,
            @RestQuery String assignee, @RestQuery String article, @RestQuery String q,
            @RestQuery String hasFigure, @RestQuery String datesFrom, @RestQuery String datesTo,
            @RestQuery String page) {
        Filters filters = Filters.of(state, topic, verdict, assignee, article, q, hasFigure, datesFrom, datesTo);
        // PageCache reads the head first: see HeadCache.
        return pages.page(new PageCache.Key("workboard-page", Arrays.asList(me.asShown(), filters.query(), page)),
                head -> page(filters, page, Form.empty(), Set.of(), null, 200, head));
    }

    /**
     * Moves the selected claims and shows the board again, listing what moved and what could not,
     * with the reason. Open to every signed-in user, like {@code POST /api/claims/transitions}: each
     * claim is judged by {@link Transitions}, so a reviewer's editor-only move is refused (403) claim
     * by claim. The toolbar is shown to editors, whose tool bulk moves are (docs/ui.md).
     */
    @POST
    @Path("move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestForm List<String> ids, @RestForm String to, @RestForm String comment,
            @RestForm String reason, @RestForm String state, @RestForm String topic, @RestForm String verdict,
            @RestForm String assignee, @RestForm String article, @RestForm String q, @RestForm String hasFigure,
            @RestForm String datesFrom, @RestForm String datesTo, @RestForm String confirmed) {
        Filters filters = Filters.of(state, topic, verdict, assignee, article, q, hasFigure, datesFrom, datesTo);
        Form bulkForm = Form.empty().with("to", to).with("comment", comment).with("reason", reason);
        Set<Long> selected = new LinkedHashSet<>();
        try {
            selected.addAll(selection(ids));
            ClaimState target = ClaimState.parse("to", to);
            if (target == null) {
                throw ProblemException.invalid("to", "Choose the state to move the selected claims to.");
            }
            if (!selected.isEmpty() && irreversible(target) && !"yes".equals(confirmed)) {
                // Publishing cannot be taken back: the selection is listed and confirmed first; cancelling keeps it.
                if ("no".equals(confirmed)) {
                    return page(filters, null, bulkForm, selected, null, 200);
                }
                List<Claim> chosen = em.createQuery("select c from Claim c left join fetch c.verdict where c.id in :ids"
                        + " order by c.id", Claim.class).setParameter("ids", selected).getResultList();
                return Response.ok(Templates.confirm(chosen, target, comment == null ? "" : comment, filters)).build();
            }
            BulkMoves.Outcome outcome = bulkMoves.move(List.copyOf(selected), target, comment,
                    DismissReason.parse("reason", reason), me.user());
            return page(filters, null, Form.empty(), Set.of(), moved(target, outcome), 200);
        } catch (ProblemException e) {
            // Nothing moved: the toolbar shows why, keeps what was chosen and the selection.
            return page(filters, null, bulkForm.failed(e), selected, null, e.status());
        }
    }

    /**
     * The report of the selected claims: the toolbar's second button. Sends the browser on to
     * {@code GET /api/reports} in the chosen format and scope; with nothing selected, says so on the board.
     */
    @POST
    @Path("report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@RestForm List<String> ids, @RestForm String format, @RestForm String scope,
            @RestForm String state, @RestForm String topic, @RestForm String verdict, @RestForm String assignee,
            @RestForm String article, @RestForm String q, @RestForm String hasFigure, @RestForm String datesFrom,
            @RestForm String datesTo) {
        Filters filters = Filters.of(state, topic, verdict, assignee, article, q, hasFigure, datesFrom, datesTo);
        Form bulkForm = Form.empty().with("format", format).with("scope", scope);
        Set<Long> selected = new LinkedHashSet<>();
        try {
            selected.addAll(selection(ids));
            if (selected.isEmpty()) {
                throw ProblemException.invalid("ids", "Select the claims the report should hold.");
            }
            ReportFormat chosen = ReportFormat.choose(format, List.of());
            String claims = selected.stream().map(String::valueOf).collect(Collectors.joining(","));
            return Response.seeOther(URI.create("/api/reports?claims=" + claims + "&format=" + chosen.id()
                    + "&public=" + !"internal".equals(scope))).build();
        } catch (ProblemException e) {
            return page(filters, null, bulkForm.failed(e), selected, null, e.status());
        }
    }

    private static Set<Long> selection(List<String> ids) {
        Set<Long> selected = new LinkedHashSet<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            Long parsed = QueryParams.optionalLong("ids", id);
            if (parsed != null) {
                selected.add(parsed);
            }
        }
        return selected;
    }

    private Response page(Filters filters, String page, Form bulkForm, Set<Long> selected, Moved outcome,
            int status) {
        return page(filters, page, bulkForm, selected, outcome, status, null);
    }

    /** The board as of chain head {@code head} (HeadCache), or of the head now when null. */
    private Response page(Filters filters, String page, Form bulkForm, Set<Long> selected, Moved outcome,
            int status, ChainHead.At head) {
        Form form = Form.empty().with("state", filters.state()).with("topic", filters.topic())
                .with("verdict", filters.verdict()).with("assignee", filters.assignee())
                .with("article", filters.article()).with("q", filters.q()).with("hasFigure", filters.hasFigure())
                .with("datesFrom", filters.datesFrom()).with("datesTo", filters.datesTo());
        Board board;
        String columns;
        Article article = null;
        boolean bulk = me.editor();
        try {
            ClaimService.Filter filter = parse(filters);
            // The selects show what the URL meant, whether it named a topic or gave its id.
            form.with("state", filter.state() == null ? null : filter.state().name()).with("topic", filter.topic())
                    .with("verdict", filter.verdict())
                    .with("assignee", "none".equals(filter.assignee()) ? "nobody"
                            : filters.assignee().equalsIgnoreCase("me") ? "me" : filter.assignee());
            article = filter.article() == null ? null : Article.findById(filter.article());
            PageResult.Request paging = PageResult.Request.of(QueryParams.optionalInt("page", page), PAGE_SIZE);
            if (selected.isEmpty()) {
                // The filters as typed shape the links, the filter as understood ("me" is a name) the cards.
                PageCache.Key key = new PageCache.Key("workboard", List.of(filters.query(), filter, paging.page(),
                        bulk));
                Function<ChainHead.At, Shown> render = at -> {
                    Board b = board(filter, paging);
                    return new Shown(b, Templates.columns(b, filters, bulk, Set.of()).render());
                };
                Shown shown = head == null ? pages.get(key, render) : pages.at(head, key, render);
                board = shown.board();
                columns = shown.columns();
            } else {
                board = board(filter, paging);
                columns = Templates.columns(board, filters, bulk, selected).render();
            }
        } catch (ProblemException e) {
            // A filter that means nothing (typed into the URL): said next to its field, with an empty board.
            form.failed(e);
            board = Board.empty();
            columns = Templates.columns(board, filters, bulk, selected).render();
            status = status == 200 ? e.status() : status;
        }
        Choices choices = new Choices(Topic.active(), RatingLabel.scale(true), User.listAll(Sort.by("username")),
                ClaimState.values(), targets(), bulkReasons(), article, ReportFormat.values());
        return Response.status(status).entity(Templates.board(board, columns, filters, form, choices, bulk,
                bulkForm, selected, outcome)).build();
    }

    /**
     * One grouped count for every state, then one search per state that has claims (or one page of
     * the chosen state), each fetching what a card shows: never one query per card.
     */
    private Board board(ClaimService.Filter filter, PageResult.Request paging) {
        Map<ClaimState, Long> counted = claims.countByState(filter);
        List<Count> counts = Arrays.stream(ClaimState.values())
                .map(s -> new Count(s, counted.getOrDefault(s, 0L))).toList();
        long total = counted.values().stream().mapToLong(Long::longValue).sum();
        if (filter.state() != null) {
            PageResult<Card> shown = counted.getOrDefault(filter.state(), 0L) == 0
                    ? new PageResult<>(List.of(), paging.page(), paging.size(), 0)
                    : new PageResult<>(claims.find(filter, paging), paging.page(), paging.size(),
                            counted.get(filter.state())).map(Card::of);
            return new Board(counts, List.of(new Column(filter.state(), shown.total(), shown.items())), total, shown);
        }
        // Each column's newest ids (an index walk each), then every card of the board in one query.
        Map<ClaimState, List<Long>> shown = new EnumMap<>(ClaimState.class);
        for (Count c : counts) {
            shown.put(c.state(), c.count() == 0 ? List.of()
                    : claims.findIds(inState(filter, c.state()), PageResult.Request.of(0, COLUMN_CAP)));
        }
        Map<Long, Claim> loaded = claims.byIds(shown.values().stream().flatMap(List::stream).toList()).stream()
                .collect(Collectors.toMap(c -> c.id, c -> c));
        List<Column> columns = new ArrayList<>();
        for (Count c : counts) {
            List<Card> cards = shown.get(c.state()).stream().map(loaded::get).filter(Objects::nonNull)
                    .map(Card::of).toList();
            columns.add(new Column(c.state(), c.count(), cards));
        }
        return new Board(counts, columns, total, null);
    }

    /** The URL's filters as the claim search takes them; a 4xx naming the field for one that means nothing. */
    private ClaimService.Filter parse(Filters f) {
        return ClaimFilters.parse(f.asQuery(), me.username());
    }

    private static ClaimService.Filter inState(ClaimService.Filter f, ClaimState state) {
        return f.inState(state);
    }

    private Moved moved(ClaimState to, BulkMoves.Outcome outcome) {
        List<Refused> refused = new ArrayList<>();
        if (!outcome.refused().isEmpty()) {
            Set<Long> ids = outcome.refused().stream().map(BulkMoves.Refusal::id).collect(Collectors.toSet());
            // One query for the refused claims (they are few: those selected on one page).
            Map<Long, Claim> found = em.createQuery("select c from Claim c join fetch c.topic join fetch c.article"
                    + " where c.id in :ids", Claim.class).setParameter("ids", ids).getResultStream()
                    .collect(Collectors.toMap(c -> c.id, c -> c));
            outcome.refused().forEach(r -> refused.add(new Refused(r.id(), r.status(), r.reason(), found.get(r.id()))));
        }
        return new Moved(to, outcome.moved().stream().map(Card::of).toList(), refused);
    }

    private static boolean irreversible(ClaimState target) {
        return Transitions.RULES.stream().anyMatch(r -> r.to() == target && r.irreversible());
    }

    /** Every state a transition leads to, with the actions of the table that lead there. */
    static List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (ClaimState state : ClaimState.values()) {
            String actions = Transitions.RULES.stream().filter(r -> r.to() == state).map(Transitions.Rule::action)
                    .distinct().collect(Collectors.joining(", "));
            if (!actions.isEmpty()) {
                targets.add(new Target(state, actions));
            }
        }
        return targets;
    }

    /** A bulk dismissal cannot name the claim each one duplicates, so "duplicate" is not offered. */
    static List<DismissReason> bulkReasons() {
        return Arrays.stream(DismissReason.values()).filter(r -> r != DismissReason.DUPLICATE).toList();
    }

    /** At most {@code max} code points of the text, cut at a word when one ends near, with an ellipsis. */
    static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, max));
        int space = cut.lastIndexOf(' ');
        if (space > max * 3 / 4) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "…";
    }
}
