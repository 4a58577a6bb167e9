package io.factdesk.history;

import static io.factdesk.testing.Articles.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-ins, failed sign-ins, users, roles and tokens are in the history, for admins, without secrets. */
@QuarkusTest
class SecurityEventsTest {

    static final String PASSWORD = "a-long-enough-password";

    @Test
    void usersRolesAndTokensAreRecordedWithoutPasswordsOrSecrets() {
        String username = unique("audited-");
        long id = Api.asAdmin().body(Map.of("username", username, "password", PASSWORD, "roles", List.of("reviewer")))
                .when().post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asAdmin().body(Map.of("roles", List.of("editor"), "version", 0))
                .when().patch("/api/users/{id}", id).then().statusCode(200);
        Api.Account account = new Api.Account(username, PASSWORD);
        JsonPath token = Api.as(account).body(Map.of("name", "nightly script"))
                .when().post("/api/users/me/tokens").then().statusCode(201).extract().jsonPath();
        Api.as(account).when().delete("/api/users/me/tokens/{id}", token.getLong("id")).then().statusCode(204);

        JsonPath created = securityEvents("USER_CREATED", "admin", username);
        assertThat(created.getMap("items[0].after")).containsEntry("username", username)
                .containsEntry("roles", List.of("reviewer")).doesNotContainKeys("password", "passwordHash");
        JsonPath roles = securityEvents("ROLES_CHANGED", "admin", username);
        assertThat(roles.getList("items[0].before.roles")).containsExactly("reviewer");
        assertThat(roles.getList("items[0].after.roles")).containsExactly("editor");
        JsonPath issued = securityEvents("TOKEN_ISSUED", username, "nightly script");
        assertThat(issued.getLong("items[0].after.tokenId")).isEqualTo(token.getLong("id"));
        securityEvents("TOKEN_REVOKED", username, "nightly script");

        String everything = Api.asAdmin().queryParam("format", "jsonl").when().get("/api/history/export")
                .then().statusCode(200).extract().asString();
        assertThat(everything).doesNotContain(PASSWORD).doesNotContain(token.getString("token"))
                .doesNotContain("$2a$").doesNotContain("$2b$");
    }

    @Test
    void signInsAndFailedAttemptsAreRecordedForAdminsToSee() {
        String username = unique("signs-in-");
        Api.asAdmin().body(Map.of("username", username, "password", PASSWORD, "roles", List.of("reviewer")))
                .when().post("/api/users").then().statusCode(201);

        Browser.signIn(new Api.Account(username, PASSWORD));
        Api.as(new Api.Account(username, "not-the-password")).when().get("/api/users/me").then().statusCode(401);

        Map<String, Object> signIn = eventually("SIGN_IN", username);
        assertThat(signIn.get("actor")).isEqualTo(username);
        assertThat(signIn.get("after")).isEqualTo(Map.of("mechanism", "form"));
        Map<String, Object> failed = eventually("SIGN_IN_FAILED", username);
        assertThat(failed.get("actor")).isNull();
        assertThat(failed.get("after")).isEqualTo(Map.of("mechanism", "basic", "username", username,
                "failuresInWindow", 1, "throttled", false));
        assertThat(failed.toString()).doesNotContain("not-the-password");
    }

    /** The newest events of a type by an actor, checked to mention a text. */
    private static JsonPath securityEvents(String type, String actor, String mentions) {
        JsonPath events = Api.asAdmin().queryParam("type", type).queryParam("actor", actor)
                .when().get("/api/history").then().statusCode(200).extract().jsonPath();
        assertThat(events.getList("items")).as("%s events by %s", type, actor).isNotEmpty();
        assertThat(events.prettify()).contains(mentions);
        return events;
    }

    /**
     * Sign-in events come from Quarkus' asynchronous security events: they land shortly after the
     * response. Waits up to ten seconds for the newest one that names the user.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> eventually(String type, String username) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<Map<String, Object>> items = Api.asAdmin().queryParam("type", type).queryParam("size", 200)
                    .when().get("/api/history").then().statusCode(200).extract().jsonPath().getList("items");
            for (Map<String, Object> item : items) {
                Map<String, Object> after = (Map<String, Object>) item.get("after");
                if (username.equals(item.get("actor")) || username.equals(after.get("username"))) {
                    return item;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No " + type + " event for " + username + " within 10 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
