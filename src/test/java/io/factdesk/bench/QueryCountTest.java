package io.factdesk.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdesk.report.ReportCache;
import io.factdesk.system.PageCache;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No N+1: every endpoint that shows an article runs as many SQL statements for an article with a few
 * claims as for one with many (docs/benchmarks.md). Counts are deterministic; nothing here is timed.
 *
 * <p>Both articles hold claims in every state, with assignees, verdicts and evidence from sources of
 * their own, so that a per-claim load of any of these shows up as a difference. Each endpoint is
 * asked twice and the second answer counted (the first may fill caches: rating scale, topics).
 */
@QuarkusTest
class QueryCountTest {

    /** The states of the small article's claims; the large one has each of them {@link #LARGE_FACTOR} times. */
    private static final List<String> STATES = List.of("NEW", "DISMISSED", "RESEARCHING", "IN_REVIEW", "APPROVED",
            "PUBLISHED");
    private static final int LARGE_FACTOR = 4;
    private static final List<String> VERDICTS = List.of("True", "Mostly true", "Half true", "Mostly false", "False",
            "Misleading", "Unverifiable");

    @Inject
    ReportCache reportCache;

    @Inject
    PageCache pageCache;

    @Test
    void statementCountsDoNotGrowWithTheArticle() {
        Workflow.ensureUsers();
        Fixture small = article("small", 1);
        Fixture large = article("large", LARGE_FACTOR);
        String session = Browser.signIn(Api.EDITOR);

        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("article JSON", "/api/articles/%d");
        endpoints.put("claim search by article", "/api/claims?article=%d&size=200");
        endpoints.put("reader page", "/articles/%d");
        endpoints.put("workboard filtered by article", "/workboard?article=%d");
        endpoints.put("history of the article", "/api/history?article=%d&size=200");
        endpoints.put("suggestions JSON", "/api/articles/%d/suggestions");
        for (String format : List.of("html", "pdf", "md", "csv", "json", "claimreview")) {
            endpoints.put("report " + format + " (internal)", "/api/articles/%d/report?format=" + format
                    + "&public=false");
        }
        endpoints.put("report json (public)", "/api/articles/%d/report?format=json&public=true");
        endpoints.put("public article page", "/public/articles/%d");

        List<String> rows = new ArrayList<>();
        List<String> growing = new ArrayList<>();
        for (var e : endpoints.entrySet()) {
            long a = statements(session, String.format(e.getValue(), small.articleId));
            long b = statements(session, String.format(e.getValue(), large.articleId));
            rows.add(String.format("%-32s %5d %5d%s", e.getKey(), a, b, a == b ? "" : "   <- grows"));
            if (a != b) {
                growing.add(e.getKey());
            }
        }
        // The claim page and claim JSON: a claim with one piece of evidence against one with several.
        long few = small.researchedClaim;
        long many = large.researchedClaim;
        for (int i = 0; i < LARGE_FACTOR - 1; i++) {
            Workflow.evidence(many);
        }
        for (var e : Map.of("claim JSON", "/api/claims/%d", "claim page", "/claims/%d", "claim history page",
                "/claims/%d/history", "claim evidence JSON", "/api/claims/%d/evidence").entrySet()) {
            long a = statements(session, String.format(e.getValue(), few));
            long b = statements(session, String.format(e.getValue(), many));
            rows.add(String.format("%-32s %5d %5d%s", e.getKey(), a, b, a == b ? "" : "   <- grows"));
            if (a != b) {
                growing.add(e.getKey());
            }
        }
        String table = String.format("%-32s %5s %5s%n", "endpoint", "small", "large") + String.join("\n", rows);
        System.out.println("SQL statements per request (small: " + STATES.size() + " claims, large: "
                + STATES.size() * LARGE_FACTOR + " claims)\n" + table);
        assertTrue(growing.isEmpty(), "Statement counts grow with the article (N+1) for " + growing + ":\n" + table);
    }

    /**
     * The second answer, counted; rendered reports and page parts are forgotten in between, so that a
     * count is that of building the answer, not of finding it in {@link ReportCache} or {@link PageCache}.
     */
    private long statements(String session, String path) {
        Browser.withSession(session).get(path).then().statusCode(200);
        reportCache.clear();
        pageCache.clear();
        long before = StatementCounter.count();
        Browser.withSession(session).get(path).then().statusCode(200);
        return StatementCounter.count() - before;
    }

    private record Fixture(long articleId, long researchedClaim) {
    }

    /** An article with {@code factor} claims in each state, each claim researched with its own source. */
    private static Fixture article(String name, int factor) {
        int claims = STATES.size() * factor;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < claims; i++) {
            body.append(i % 4 == 0 && i > 0 ? "\n\n" : i > 0 ? " " : "").append("Claim number ").append(i + 1)
                    .append(" says that ").append(1000 + 37 * i).append(" people were counted in district ")
                    .append(i + 1).append('.');
        }
        long articleId = Articles.importText(Articles.unique("Query count " + name), body.toString()).id();
        long researched = 0;
        for (int i = 0; i < claims; i++) {
            String exact = "says that " + (1000 + 37 * i) + " people were counted in district " + (i + 1) + ".";
            long id = Articles.markByQuote(articleId, exact, Articles.DEFAULT_TOPICS.get(i % 5));
            String state = STATES.get(i % STATES.size());
            bring(id, state, VERDICTS.get(i % VERDICTS.size()));
            if (state.equals("RESEARCHING") && researched == 0) {
                researched = id;
            }
        }
        return new Fixture(articleId, researched);
    }

    /** Brings a new claim to a state the way Workflow.claimIn does, with a verdict of its own. */
    private static void bring(long id, String state, String verdict) {
        if (state.equals("NEW")) {
            return;
        }
        if (state.equals("DISMISSED")) {
            Workflow.move(Workflow.SETUP_EDITOR, id, "DISMISSED", Map.of("reason", "OTHER"), 200);
            return;
        }
        Workflow.move(Workflow.SETUP_EDITOR, id, "RESEARCHING", Map.of("assignee",
                Workflow.SETUP_REVIEWER.username()), 200);
        Workflow.verdict(id, verdict);
        Workflow.evidence(id);
        if (state.equals("RESEARCHING")) {
            return;
        }
        Workflow.move(Workflow.SETUP_REVIEWER, id, "IN_REVIEW", Map.of(), 200);
        if (state.equals("IN_REVIEW")) {
            return;
        }
        Workflow.move(Workflow.SETUP_EDITOR, id, "APPROVED", Map.of(), 200);
        if (state.equals("APPROVED")) {
            return;
        }
        Workflow.move(Workflow.SETUP_EDITOR_2, id, "PUBLISHED", Map.of(), 200);
    }
}
