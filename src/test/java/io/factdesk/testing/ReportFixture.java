package io.factdesk.testing;

import static io.factdesk.testing.Workflow.SETUP_EDITOR;
import static io.factdesk.testing.Workflow.SETUP_EDITOR_2;
import static io.factdesk.testing.Workflow.SETUP_REVIEWER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo article as the report tests see it: three claims published, one per topic (one of them
 * corrected after publication), and one still being researched. Built once per test run through
 * the API, as a newsroom would build it.
 */
public final class ReportFixture {

    /**
     * @param published the published claims in reading order: ceasefire, military cooperation, casualties
     * @param corrected the casualty figures claim, corrected after publication
     */
    public record Demo(long articleId, List<Long> published, long unpublished, long corrected) {
    }

    /** The verdicts of the published claims, in reading order (the last after its correction). */
    public static final List<String> VERDICTS = List.of("Misleading", "Half true", "Mostly false");
    /** The verdict the corrected claim carried before its correction. */
    public static final String FIRST_VERDICT = "Mostly true";
    public static final String UNPUBLISHED_VERDICT = "True";
    /** The sources of the published claims in reading order, then that of the unpublished one. */
    public static final List<String> SOURCE_TITLES = List.of("ISSG statement, Munich, 11 February 2016",
            "White House press briefing, 14 July 2016", "SOHR casualty count, July 2016",
            "UN Security Council resolution 2254");
    public static final String CORRECTION_NOTE = "The count was 280,000 at the time, not 450,000; see SOHR.";

    private static Demo demo;

    private ReportFixture() {
    }

    public static synchronized Demo demo() {
        if (demo == null) {
            demo = build();
        }
        return demo;
    }

    private static Demo build() {
        Workflow.ensureUsers();
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", Articles.DEMO_TITLE);
        article.put("body", Articles.DEMO_TEXT);
        article.put("publishedAt", Articles.DEMO_PUBLISHED_AT);
        article.put("language", "en");
        long articleId = Articles.importArticle(article).id();

        long casualties = mark(articleId, "more than 450.000 Syrians", "Casualty figures",
                "More than 450,000 Syrians have been killed in the conflict.", "Al Jazeera", "organization");
        long ceasefire = mark(articleId, "a nationwide ceasefire will precede Geneva-based talks", "Ceasefire timeline",
                "Under the ISSG plan a nationwide ceasefire comes before the Geneva talks.", "Al Jazeera",
                "organization");
        long cooperation = mark(articleId,
                "the United States is not conducting or coordinating military operations with Russia",
                "Military cooperation", "The US is not conducting or coordinating military operations with Russia.",
                "Josh Earnest", "person");
        long members = mark(articleId, "22-nation", "Other",
                "The International Syria Support Group has 22 member nations.", "Al Jazeera", "organization");

        long s1 = source(SOURCE_TITLES.get(2), "https://www.syriahr.com/en/?p=48000", "Syrian Observatory for Human Rights",
                "https://web.archive.org/web/20160715000000/https://www.syriahr.com/en/?p=48000");
        long s2 = source(SOURCE_TITLES.get(0), "https://www.state.gov/issg-munich-statement", "US Department of State",
                null);
        long s3 = source(SOURCE_TITLES.get(1), "https://obamawhitehouse.archives.gov/briefing-room/2016-07-14",
                "The White House", null);
        long s4 = source(SOURCE_TITLES.get(3), "https://undocs.org/S/RES/2254(2015)", "United Nations", null);

        research(casualties, FIRST_VERDICT, "SOHR counted **more than 280,000** deaths by July 2016; other "
                + "estimates reach 400,000.", s1, "refutes", "More than 280,000 people have been killed.");
        research(ceasefire, VERDICTS.get(0), "The ISSG set a cessation of hostilities, not a *nationwide ceasefire*.",
                s2, "context", "The ISSG agreed to implement a nationwide cessation of hostilities.");
        research(cooperation, VERDICTS.get(1), "The spokesman said so; talks on cooperation were under way.\n\n"
                + "## Why half true\n\nThe two militaries were discussing a joint command at the time.", s3,
                "supports", null);
        research(members, UNPUBLISHED_VERDICT, "The ISSG had 20 members and two organisations.", s4, "context",
                null);
        for (long id : List.of(casualties, ceasefire, cooperation)) {
            publish(id);
        }
        // A correction: reopened with its note, verdict changed, published again.
        Workflow.move(SETUP_EDITOR, casualties, "RESEARCHING", Map.of("comment", CORRECTION_NOTE), 200);
        Api.as(SETUP_REVIEWER).body(Map.of("label", VERDICTS.get(2),
                "rationale", "SOHR counted **more than 280,000** deaths by July 2016, not 450,000.", "version",
                Workflow.version(casualties))).put("/api/claims/" + casualties + "/verdict").then().statusCode(200);
        publish(casualties);
        return new Demo(articleId, List.of(ceasefire, cooperation, casualties), members, casualties);
    }

    private static long mark(long articleId, String exact, String topic, String statement, String claimant,
            String claimantType) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("quote", Map.of("exact", exact));
        request.put("topic", topic);
        request.put("statement", statement);
        request.put("claimant", claimant);
        request.put("claimDate", "2016-07-14");
        request.put("claimantType", claimantType);
        return Articles.markClaim(articleId, request);
    }

    private static long source(String title, String url, String publisher, String archivedUrl) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("url", url);
        request.put("title", title);
        request.put("publisher", publisher);
        request.put("accessedAt", "2016-07-20");
        if (archivedUrl != null) {
            request.put("archivedUrl", archivedUrl);
        }
        return Api.as(SETUP_REVIEWER).body(request).post("/api/sources").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static void research(long claimId, String verdict, String rationale, long sourceId, String stance,
            String excerpt) {
        Workflow.move(SETUP_EDITOR, claimId, "RESEARCHING", Map.of("assignee", SETUP_REVIEWER.username()), 200);
        Api.as(SETUP_REVIEWER).body(Map.of("label", verdict, "rationale", rationale, "version",
                Workflow.version(claimId))).put("/api/claims/" + claimId + "/verdict").then().statusCode(200);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("sourceId", sourceId);
        evidence.put("stance", stance);
        if (excerpt != null) {
            evidence.put("excerpt", excerpt);
        }
        Api.as(SETUP_REVIEWER).body(evidence).post("/api/claims/" + claimId + "/evidence").then().statusCode(201);
    }

    private static void publish(long claimId) {
        Workflow.move(SETUP_REVIEWER, claimId, "IN_REVIEW", Map.of(), 200);
        Workflow.move(SETUP_EDITOR, claimId, "APPROVED", Map.of(), 200);
        Workflow.move(SETUP_EDITOR_2, claimId, "PUBLISHED", Map.of(), 200);
    }
}
