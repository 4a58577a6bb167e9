package io.factdesk.review;

import io.factdesk.account.Me;
import io.factdesk.account.User;
import io.factdesk.article.Article;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.Topic;
import io.factdesk.system.Form;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The workboard: claims across all articles grouped by review state, with a count per state,
 * filters that stay in the URL, "my queue", and bulk moves for editors. Every move goes through
 * {@link BulkMoves}, so the board obeys the same rules as the claim page and the API.
 */
@Path("/workboard")
@Produces(MediaType.TEXT_HTML)
public class WorkboardPages {

    /** Cards per column when the board shows every state; the rest is one "more…" link away. */
    static final int COLUMN_CAP = 50;

    /** Cards per page when the board shows one state. */
    static final int PAGE_SIZE = 50;

    /** How much of a quote a card shows. */
    static final int QUOTE_CHARS = 160;

    /** The board's filters exactly as the URL carries them (blank = any). */
    public record Filters(String state, String topic, String verdict, String assignee, String article, String q) {

        static Filters of(String state, String topic, String verdict, String assignee, String article, String q) {
            return new Filters(blank(state), blank(topic), blank(verdict), blank(assignee), blank(article), blank(q));
        }

        /** The query string of these filters, e.g. {@code assignee=me&q=ceasefire}; empty when none is set. */
        public String query() {
            return encode(Map.of());
        }

        /** The same filters showing one state. */
        public String queryFor(ClaimState only) {
            return encode(Map.of("state", only.name()));
        }

        /** The same filters over every state. */
        public String queryWithoutState() {
            Map<String, String> none = new LinkedHashMap<>();
            none.put("state", "");
            return encode(none);
        }

        public boolean isMyQueue() {
            return "me".equals(assignee) && state.isEmpty() && topic.isEmpty() && verdict.isEmpty()
                    && article.isEmpty() && q.isEmpty();
        }

        public boolean any() {
            return !query().isEmpty();
        }

        private String encode(Map<String, String> overrides) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("state", state);
            params.put("topic", topic);
            params.put("verdict", verdict);
            params.put("assignee", assignee);
            params.put("article", article);
            params.put("q", q);
            params.putAll(overrides);
            return params.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }

        private static String blank(String s) {
            return s == null ? "" : s.strip();
        }
    }

    /** One claim as a card shows it. */
    public record Card(Claim claim, String quote, boolean quoteClipped) {
        static Card of(Claim c) {
            String quote = clip(c.exact, QUOTE_CHARS);
            return new Card(c, quote, !quote.equals(c.exact));
        }
    }

    /** A state's column: its count under the filters and the cards shown (at most a column's cap). */
    public record Column(ClaimState state, long count, List<Card> cards) {
        public boolean hasMore() {
            return count > cards.size();
        }
    }

    /** A state and how many claims the filters find in it, for the counts above the board. */
    public record Count(ClaimState state, long count) {
    }

    /**
     * The board: the counts of every state, the columns shown (one when a state is chosen, which
     * then pages through its claims), and the total.
     */
    public record Board(List<Count> counts, List<Column> columns, long total, PageResult<Card> paging) {
        static Board empty() {
            return new Board(Arrays.stream(ClaimState.values()).map(s -> new Count(s, 0)).toList(), List.of(), 0,
                    null);
        }
    }

    /** A state a bulk move can go to, with the actions of the table that lead there. */
    public record Target(ClaimState state, String actions) {
    }

    /** What the filter and bulk forms offer. */
    public record Choices(List<Topic> topics, List<RatingLabel> verdicts, List<User> people, ClaimState[] states,
            List<Target> targets, List<DismissReason> reasons, Article article) {
    }

    /** A claim that did not move, why (status and reason) and, if it exists, the claim. */
    public record Refused(long id, int status, String reason, Claim claim) {
    }

    /** What a bulk move did. */
    public record Moved(ClaimState to, List<Card> moved, List<Refused> refused) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Board board, Filters filters, Form form, Choices choices, boolean bulk,
                Form bulkForm, Set<Long> selected, Moved outcome);
    }

    @Inject
    Me me;

    @Inject
    BulkMoves bulkMoves;

    @Inject
    Queries queries;

    @GET
    public Response board(@RestQuery String state, @RestQuery String topic, @RestQuery String verdict,
            @RestQuery String assignee, @RestQuery String article, @RestQuery String q, @RestQuery String page) {
        Filters filters = Filters.of(state, topic, verdict, assignee, article, q);
        return page(filters, page, Form.empty(), Set.of(), null, 200);
    }

    /**
     * Moves the selected claims. Open to every signed-in user, like {@code POST /api/claims/transitions}:
     * each claim is judged by the rules of {@link Transitions}, so a reviewer can start research on
     * several NEW claims while editor-only moves are refused (403) claim by claim. The toolbar itself
     * is shown to editors, whose work bulk moves are (product.md).
     */
    @POST
    @Path("move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestForm List<String> ids, @RestForm String to, @RestForm String comment,
            @RestForm String reason, @RestForm String state, @RestForm String topic, @RestForm String verdict,
            @RestForm String assignee, @RestForm String article, @RestForm String q) {
        Filters filters = Filters.of(state, topic, verdict, assignee, article, q);
        Form bulkForm = Form.empty().with("to", to).with("comment", comment).with("reason", reason);
        List<Long> selected = new ArrayList<>();
        try {
            for (String id : ids == null ? List.<String>of() : ids) {
                Long parsed = QueryParams.optionalLong("ids", id);
                if (parsed != null) {
                    selected.add(parsed);
                }
            }
            ClaimState target = ClaimState.parse("to", to);
            if (target == null) {
                throw ProblemException.invalid("to", "Choose the state to move the claims to.");
            }
            BulkMoves.Outcome outcome = bulkMoves.move(selected, target, comment, DismissReason.parse("reason",
                    reason), me.user());
            return page(filters, null, Form.empty(), Set.of(), moved(target, outcome), 200);
        } catch (ProblemException e) {
            return page(filters, null, bulkForm.failed(e), new LinkedHashSet<>(selected), null, e.status());
        }
    }

    private Response page(Filters filters, String page, Form bulkForm, Set<Long> selected, Moved outcome,
            int status) {
        Form form = Form.empty().with("state", filters.state()).with("topic", filters.topic())
                .with("verdict", filters.verdict()).with("assignee", filters.assignee())
                .with("article", filters.article()).with("q", filters.q());
        Board board;
        Article article = null;
        try {
            ClaimService.Filter filter = parse(filters);
            article = filter.article() == null ? null : Article.findById(filter.article());
            board = queries.board(filter, PageResult.Request.of(QueryParams.optionalInt("page", page), PAGE_SIZE));
        } catch (ProblemException e) {
            // A filter typed wrong in the URL: shown next to its field, with an empty board.
            form.failed(e);
            board = Board.empty();
            status = status == 200 ? e.status() : status;
        }
        boolean bulk = me.editor();
        Choices choices = new Choices(Topic.active(), RatingLabel.scale(true), User.listAll(Sort.by("username")),
                ClaimState.values(), targets(), bulkReasons(), article);
        return Response.status(status)
                .entity(Templates.board(board, filters, form, choices, bulk, bulkForm, selected, outcome)).build();
    }

    /** The URL's filters as the search understands them; a 4xx naming the field for one that means nothing. */
    private ClaimService.Filter parse(Filters f) {
        ClaimState state = ClaimState.parse("state", f.state());
        Long topic = null;
        if (!f.topic().isEmpty()) {
            topic = (f.topic().matches("\\d+") ? Topic.<Topic>findByIdOptional(Long.parseLong(f.topic()))
                    : Topic.byName(f.topic())).map(t -> t.id)
                    .orElseThrow(() -> ProblemException.invalid("topic", "Unknown topic '" + f.topic() + "'."));
        }
        Long verdict = null;
        if (!f.verdict().isEmpty()) {
            verdict = (f.verdict().matches("\\d+")
                    ? RatingLabel.<RatingLabel>findByIdOptional(Long.parseLong(f.verdict()))
                    : RatingLabel.byLabel(f.verdict())).map(l -> l.id)
                    .orElseThrow(() -> ProblemException.invalid("verdict", "Unknown verdict '" + f.verdict() + "'."));
        }
        String assignee = switch (f.assignee().toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "me" -> me.username();
            case "nobody", "none" -> "none";
            default -> User.findByUsername(f.assignee()).map(u -> u.username)
                    .orElseThrow(() -> ProblemException.invalid("assignee", "No user named '" + f.assignee() + "'."));
        };
        Long article = QueryParams.optionalLong("article", f.article());
        if (article != null && Article.findById(article) == null) {
            throw ProblemException.invalid("article", "No article " + article + ".");
        }
        return new ClaimService.Filter(article, state, topic, verdict, assignee, f.q().isEmpty() ? null : f.q());
    }

    private Moved moved(ClaimState to, BulkMoves.Outcome outcome) {
        Map<Long, Claim> refusedClaims = queries.byIds(outcome.refused().stream().map(BulkMoves.Refusal::id)
                .toList());
        return new Moved(to, outcome.moved().stream().map(Card::of).toList(), outcome.refused().stream()
                .map(r -> new Refused(r.id(), r.status(), r.reason(), refusedClaims.get(r.id()))).toList());
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

    /** A bulk dismissal cannot name the claim each one duplicates, so DUPLICATE is not offered. */
    static List<DismissReason> bulkReasons() {
        return Arrays.stream(DismissReason.values()).filter(r -> r != DismissReason.DUPLICATE).toList();
    }

    /** At most {@code max} characters of the text, cut at a word where one is near, with an ellipsis. */
    static String clip(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text == null ? "" : text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, max));
        int space = cut.lastIndexOf(' ');
        if (space > max * 3 / 4) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "…";
    }

    /**
     * The board's reads: one grouped count for every state, then at most one query per state that
     * has claims, each fetching what a card shows. The filters mean what they mean in
     * {@link ClaimService#search} (and so in {@code GET /api/claims}).
     */
    @ApplicationScoped
    @Transactional(Transactional.TxType.SUPPORTS)
    public static class Queries {

        private static final String FETCHES = " join fetch c.topic join fetch c.article left join fetch c.assignee"
                + " left join fetch c.verdict";

        @Inject
        EntityManager em;

        public Board board(ClaimService.Filter filter, PageResult.Request paging) {
            Map<ClaimState, Long> counts = countByState(filter);
            List<Count> countList = Arrays.stream(ClaimState.values())
                    .map(s -> new Count(s, counts.getOrDefault(s, 0L))).toList();
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            if (filter.state() != null) {
                long count = counts.getOrDefault(filter.state(), 0L);
                List<Card> cards = count == 0 ? List.of()
                        : cards(filter, filter.state(), paging.page() * paging.size(), paging.size());
                return new Board(countList, List.of(new Column(filter.state(), count, cards)), total,
                        new PageResult<>(cards, paging.page(), paging.size(), count));
            }
            List<Column> columns = new ArrayList<>();
            for (Count c : countList) {
                columns.add(new Column(c.state(), c.count(),
                        c.count() == 0 ? List.of() : cards(filter, c.state(), 0, COLUMN_CAP)));
            }
            return new Board(countList, columns, total, null);
        }

        /** How many claims the filters find in each state, ignoring the state filter: one grouped query. */
        public Map<ClaimState, Long> countByState(ClaimService.Filter filter) {
            Map<String, Object> params = new LinkedHashMap<>();
            String where = where(filter, null, params);
            TypedQuery<Object[]> query = em.createQuery("select c.state, count(c) from Claim c" + where
                    + " group by c.state", Object[].class);
            params.forEach(query::setParameter);
            Map<ClaimState, Long> counts = new EnumMap<>(ClaimState.class);
            for (Object[] row : query.getResultList()) {
                counts.put((ClaimState) row[0], (Long) row[1]);
            }
            return counts;
        }

        /** The claims of one state, most recently changed first. */
        List<Card> cards(ClaimService.Filter filter, ClaimState state, int offset, int limit) {
            Map<String, Object> params = new LinkedHashMap<>();
            String where = where(filter, state, params);
            TypedQuery<Claim> query = em.createQuery("select c from Claim c" + FETCHES + where
                    + " order by c.updatedAt desc, c.id desc", Claim.class);
            params.forEach(query::setParameter);
            return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(Card::of).toList();
        }

        /** The claims with these ids, for the list of those a bulk move refused. */
        public Map<Long, Claim> byIds(List<Long> ids) {
            if (ids.isEmpty()) {
                return Map.of();
            }
            return em.createQuery("select c from Claim c" + FETCHES + " where c.id in :ids", Claim.class)
                    .setParameter("ids", ids).getResultList().stream()
                    .collect(Collectors.toMap(c -> c.id, Function.identity()));
        }

        private static String where(ClaimService.Filter f, ClaimState state, Map<String, Object> params) {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            if (f.article() != null) {
                where.append(" and c.article.id = :article");
                params.put("article", f.article());
            }
            if (state != null) {
                where.append(" and c.state = :state");
                params.put("state", state);
            }
            if (f.topic() != null) {
                where.append(" and c.topic.id = :topic");
                params.put("topic", f.topic());
            }
            if (f.verdict() != null) {
                where.append(" and c.verdict.id = :verdict");
                params.put("verdict", f.verdict());
            }
            if (f.assignee() != null) {
                if (f.assignee().equals("none")) {
                    where.append(" and c.assignee is null");
                } else {
                    where.append(" and c.assignee.username = :assignee");
                    params.put("assignee", f.assignee());
                }
            }
            if (f.q() != null) {
                where.append(" and (lower(c.statement) like :q or lower(c.exact) like :q"
                        + " or lower(c.claimant) like :q)");
                params.put("q", "%" + f.q().toLowerCase(Locale.ROOT) + "%");
            }
            return where.toString();
        }
    }
}
