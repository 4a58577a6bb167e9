package io.factdesk.account;

import static io.factdesk.testing.Articles.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.factdesk.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A verified password or token is remembered for a minute, but never past a change of the user's roles:
 * the next request after the change acts with the new roles.
 */
@QuarkusTest
class RememberedCredentialsTest {

    @Test
    void aRoleChangeTakesEffectOnTheNextBasicAndTokenRequest() {
        String username = unique("remembered-");
        Api.Account account = new Api.Account(username, "a-long-enough-password");
        long id = Api.asAdmin().body(Map.of("username", username, "password", account.password(), "roles",
                List.of("admin"))).post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        String token = Api.as(account).body(Map.of("name", "script")).post("/api/users/me/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");

        // Remembered as an admin: an admin may list the users.
        Api.as(account).get("/api/users?size=1").then().statusCode(200);
        Api.anonymous().header("Authorization", "Bearer " + token).get("/api/users?size=1").then().statusCode(200);

        Api.asAdmin().body(Map.of("roles", List.of("reviewer"), "version", 0)).patch("/api/users/{id}", id)
                .then().statusCode(200).body("roles", contains("reviewer"));

        Api.as(account).get("/api/users?size=1").then().statusCode(403);
        Api.anonymous().header("Authorization", "Bearer " + token).get("/api/users?size=1").then().statusCode(403);
        Api.as(account).get("/api/users/me").then().statusCode(200).body("username", equalTo(username));
    }

    @Test
    void aWrongPasswordIsRefusedEvenRightAfterTheRightOneWasRemembered() {
        Api.asReviewer().get("/api/users/me").then().statusCode(200);
        Api.as(new Api.Account(Api.REVIEWER.username(), Api.REVIEWER.password() + "x")).get("/api/users/me")
                .then().statusCode(401);
    }
}
