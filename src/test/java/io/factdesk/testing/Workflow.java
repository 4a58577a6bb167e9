package io.factdesk.testing;

import io.restassured.path.json.JsonPath;
import java.util.Map;

/**
 * Puts claims into any review state through the API, as a newsroom would: a setup reviewer
 * researches and submits, setup editors approve, publish and dismiss. The users acting in a test
 * are never the setup users, so four eyes never gets in the way unless a test wants it to.
 */
public final class Workflow {

    public static final Api.Account SETUP_REVIEWER = new Api.Account("setup-reviewer", "setup-reviewer-pw");
    public static final Api.Account SETUP_EDITOR = new Api.Account("setup-editor", "setup-editor-pw");
    public static final Api.Account SETUP_EDITOR_2 = new Api.Account("setup-editor-2", "setup-editor-2-pw");

    private static boolean usersReady;

    private Workflow() {
    }

    public static synchronized void ensureUsers() {
        if (usersReady) {
            return;
        }
        for (var account : new Api.Account[] { SETUP_REVIEWER, SETUP_EDITOR, SETUP_EDITOR_2 }) {
            String role = account == SETUP_REVIEWER ? "reviewer" : "editor";
            int status = Api.asAdmin().body(Map.of("username", account.username(), "password", account.password(),
                    "roles", java.util.List.of(role))).post("/api/users").statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("Could not create " + account.username() + ": " + status);
            }
        }
        usersReady = true;
    }

    /** A fresh claim on a fresh article, with statement and claimant: NEW. */
    public static long newClaim() {
        ensureUsers();
        var article = Articles.importText(Articles.unique("Workflow"), "The minister said that 40 percent of "
                + "the budget went to schools. The opposition said it was 12 percent.");
        return Articles.markByQuote(article.id(), "40 percent of the budget went to schools", "Other");
    }

    public static JsonPath claim(long id) {
        return Api.asReviewer().get("/api/claims/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static long version(long id) {
        return claim(id).getLong("version");
    }

    public static JsonPath move(Api.Account as, long id, String to, Map<String, Object> extra, int expected) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("to", to);
        body.put("version", version(id));
        return Api.as(as).body(body).post("/api/claims/" + id + "/transitions").then().statusCode(expected)
                .extract().jsonPath();
    }

    public static void verdict(long id, String label) {
        Api.as(SETUP_REVIEWER).body(Map.of("label", label, "rationale", "The budget office says 12 percent.",
                "version", version(id))).put("/api/claims/" + id + "/verdict").then().statusCode(200);
    }

    public static void evidence(long id) {
        Api.as(SETUP_REVIEWER).body(Map.of("source", Map.of("url", "https://budget.example.org/report-"
                + Articles.unique(""), "title", "Budget report", "publisher", "Budget office", "accessedAt",
                "2024-01-15"), "excerpt", "Schools: 12 percent", "stance", "refutes"))
                .post("/api/claims/" + id + "/evidence").then().statusCode(201);
    }

    /** A claim in the given state, brought there by the setup users. */
    public static long claimIn(String state) {
        long id = newClaim();
        if (state.equals("NEW")) {
            return id;
        }
        if (state.equals("DISMISSED")) {
            move(SETUP_EDITOR, id, "DISMISSED", Map.of("reason", "OTHER"), 200);
            return id;
        }
        move(SETUP_EDITOR, id, "RESEARCHING", Map.of("assignee", SETUP_REVIEWER.username()), 200);
        verdict(id, "Mostly false");
        evidence(id);
        if (state.equals("RESEARCHING")) {
            return id;
        }
        move(SETUP_REVIEWER, id, "IN_REVIEW", Map.of(), 200);
        if (state.equals("IN_REVIEW")) {
            return id;
        }
        move(SETUP_EDITOR, id, "APPROVED", Map.of(), 200);
        if (state.equals("APPROVED")) {
            return id;
        }
        move(SETUP_EDITOR_2, id, "PUBLISHED", Map.of(), 200);
        return id;
    }
}
