package io.factdesk.desk;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A newsroom for workboard tests: a fresh article per test, its claims put into any state through
 * the API by setup users (never the users a test acts as, so four eyes stays out of the way unless
 * a test wants it), and the board as a signed-in browser sees it.
 */
final class Desk {

    static final Api.Account SETUP_REVIEWER = new Api.Account("wb-setup-reviewer", "wb-setup-reviewer-pw");
    static final Api.Account SETUP_EDITOR = new Api.Account("wb-setup-editor", "wb-setup-editor-pw");
    static final Api.Account SETUP_EDITOR_2 = new Api.Account("wb-setup-editor-2", "wb-setup-editor-2-pw");

    static final List<String> STATES = List.of("NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED",
            "DISMISSED");

    private static boolean usersReady;

    private Desk() {
    }

    static synchronized void ensureUsers() {
        if (usersReady) {
            return;
        }
        for (Api.Account account : List.of(SETUP_REVIEWER, SETUP_EDITOR, SETUP_EDITOR_2)) {
            String role = account == SETUP_REVIEWER ? "reviewer" : "editor";
            int status = Api.asAdmin().body(Map.of("username", account.username(), "password", account.password(),
                    "roles", List.of(role))).post("/api/users").statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("Could not create " + account.username() + ": " + status);
            }
        }
        usersReady = true;
    }

    /** An article of {@code sentences} numbered sentences, each one a claim's quote: "Fact 3 is true." */
    static Articles.ImportedArticle article(int sentences) {
        ensureUsers();
        StringBuilder body = new StringBuilder("Workboard test ").append(Articles.unique("")).append(".");
        for (int i = 1; i <= sentences; i++) {
            body.append(" Fact ").append(i).append(" is true.");
        }
        return Articles.importText(Articles.unique("Board "), body.toString());
    }

    /** Marks "Fact n is true" on the article as a NEW claim. */
    static long claim(long articleId, int n, String topic, String statement) {
        return Articles.markClaim(articleId, Map.of("quote", Map.of("exact", "Fact " + n + " is true."), "topic", topic,
                "statement", statement, "claimant", "The minister"));
    }

    static long claim(long articleId, int n) {
        return claim(articleId, n, "Other", "Statement of fact " + n);
    }

    static JsonPath get(long id) {
        return Api.asEditor().get("/api/claims/" + id).then().statusCode(200).extract().jsonPath();
    }

    static String state(long id) {
        return get(id).getString("state");
    }

    static JsonPath move(Api.Account as, long id, String to, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("to", to);
        body.put("version", get(id).getLong("version"));
        return Api.as(as).body(body).post("/api/claims/" + id + "/transitions").then().statusCode(200)
                .extract().jsonPath();
    }

    static void verdict(long id, String label) {
        Api.as(SETUP_REVIEWER).body(Map.of("label", label, "rationale", "The record says otherwise.", "version",
                get(id).getLong("version"))).put("/api/claims/" + id + "/verdict").then().statusCode(200);
    }

    static void evidence(long id) {
        Api.as(SETUP_REVIEWER).body(Map.of("source", Map.of("url", "https://records.example.org/"
                + Articles.unique(""), "title", "The record", "publisher", "Records office", "accessedAt",
                "2024-01-15"), "excerpt", "As recorded", "stance", "refutes"))
                .post("/api/claims/" + id + "/evidence").then().statusCode(201);
    }

    /** Brings a NEW claim to the state by the rules, as the setup users. */
    static long bring(long id, String state) {
        switch (state) {
            case "NEW":
                return id;
            case "DISMISSED":
                move(SETUP_EDITOR, id, "DISMISSED", Map.of("reason", "OTHER"));
                return id;
            default:
                break;
        }
        move(SETUP_EDITOR, id, "RESEARCHING", Map.of("assignee", SETUP_REVIEWER.username()));
        if (state.equals("RESEARCHING")) {
            return id;
        }
        verdict(id, "Mostly false");
        evidence(id);
        move(SETUP_REVIEWER, id, "IN_REVIEW", Map.of());
        if (state.equals("IN_REVIEW")) {
            return id;
        }
        move(SETUP_EDITOR, id, "APPROVED", Map.of());
        if (state.equals("APPROVED")) {
            return id;
        }
        move(SETUP_EDITOR_2, id, "PUBLISHED", Map.of());
        return id;
    }

    /** How many claims the API finds for this query (e.g. {@code article=3&state=NEW}). */
    static long apiTotal(String query) {
        return Api.asEditor().get("/api/claims?size=1&" + query).then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    /** A signed-in browser: its session, its CSRF cookie, and the pages it opens. */
    record Session(String session, String csrfCookie) {

        static Session of(Api.Account account) {
            String session = Browser.signIn(account);
            return new Session(session, Browser.open(session, "/articles").csrfCookie());
        }

        Browser.Page open(String path) {
            return Browser.open(session, csrfCookie, path);
        }

        Document board(String query) {
            return open("/workboard" + (query.isEmpty() ? "" : "?" + query)).html();
        }

        /** Sends the bulk form as the board page's browser would; fields are name/value pairs, repeatable. */
        Response post(Browser.Page page, String... fields) {
            var request = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, csrfCookie)
                    .contentType(ContentType.URLENC).formParam(Browser.CSRF_FIELD, page.csrfToken());
            for (int i = 0; i < fields.length; i += 2) {
                request.formParam(fields[i], fields[i + 1]);
            }
            return request.when().post("/workboard/move");
        }

        static Document html(Response response) {
            return Jsoup.parse(response.asString());
        }
    }
}
