package io.factdesk.account;

import static io.factdesk.testing.Articles.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.factdesk.testing.Api.Account;
import io.factdesk.testing.Api;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Users and roles over the JSON API, for admins only (issue 2, sections 5 and 6). */
@QuarkusTest
class UserApiTest {

    static final String PASSWORD = "a-long-enough-password";

    @Test
    void adminCreatesAUserWhoCanThenSignInWithBasic() {
        String username = unique("newbie-");

        Response created = Api.asAdmin()
                .body(Map.of("username", username, "displayName", "New Reviewer", "password", PASSWORD,
                        "roles", List.of("reviewer")))
                .when().post("/api/users");
        created.then().statusCode(201)
                .body("username", equalTo(username))
                .body("displayName", equalTo("New Reviewer"))
                .body("roles", contains("reviewer"))
                .body("version", equalTo(0))
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")));
        long id = created.jsonPath().getLong("id");
        created.then().header("Location", endsWith("/api/users/" + id));

        Api.as(new Account(username, PASSWORD)).when().get("/api/users/me")
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("username", equalTo(username))
                .body("roles", contains("reviewer"));

        Api.as(new Account(username, PASSWORD)).when().get("/api/articles")
                .then().statusCode(200);
    }

    @Test
    void adminListsAndReadsUsers() {
        long id = createUser(unique("listed-"), "editor");

        Api.asAdmin().when().get("/api/users?size=200")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(200))
                .body("total", greaterThanOrEqualTo(5))
                .body("items.username", hasItems("admin", "reviewer", "editor", "demo-admin"))
                .body("items.id", hasItem((int) id))
                .body("items[0]", not(hasKey("passwordHash")));

        Api.asAdmin().when().get("/api/users/{id}", id)
                .then().statusCode(200)
                .body("roles", contains("editor"));
    }

    @Test
    void demoAdminHasTheAdminRole() {
        Api.as(Api.DEMO_ADMIN).when().get("/api/users?size=1")
                .then().statusCode(200);
    }

    @Test
    void everySignedInUserCanReadWhoTheyAre() {
        Api.asReviewer().when().get("/api/users/me")
                .then().statusCode(200)
                .body("username", equalTo("reviewer"))
                .body("roles", contains("reviewer"));
        Api.asEditor().when().get("/api/users/me")
                .then().statusCode(200)
                .body("roles", contains("editor"));
    }

    @Test
    void duplicateUsernameIsRefusedWith409() {
        String username = unique("twice-");
        createUser(username, "reviewer");

        Api.asAdmin().body(Map.of("username", username, "password", PASSWORD, "roles", List.of("editor")))
                .when().post("/api/users")
                .then().spec(Problems.problem(409, "duplicate-user"))
                .body("errors.field", contains("username"));
    }

    @Test
    void shortPasswordAndUnknownRoleAreRefusedNamingEachField() {
        String username = unique("invalid-");

        Api.asAdmin().body(Map.of("username", username, "password", "short", "roles", List.of("superuser")))
                .when().post("/api/users")
                .then().spec(Problems.invalid("password", "roles"));
        Api.asAdmin().body(Map.of("username", "Not Valid!", "password", PASSWORD, "roles", List.of()))
                .when().post("/api/users")
                .then().spec(Problems.invalid("username", "roles"));

        Api.asAdmin().when().get("/api/users?size=200")
                .then().statusCode(200)
                .body("items.username", not(hasItem(username)));
    }

    @Test
    void adminChangesRolesNamingTheVersion() {
        String username = unique("promoted-");
        long id = createUser(username, "reviewer");

        Api.asAdmin().body(Map.of("roles", List.of("editor"), "version", 0))
                .when().patch("/api/users/{id}", id)
                .then().statusCode(200)
                .body("roles", contains("editor"))
                .body("version", equalTo(1));

        Api.as(new Account(username, PASSWORD)).when().get("/api/users/me")
                .then().statusCode(200)
                .body("roles", contains("editor"));
    }

    @Test
    void roleChangeWithAStaleVersionIsRefusedWith409() {
        String username = unique("raced-");
        long id = createUser(username, "reviewer");
        Api.asAdmin().body(Map.of("roles", List.of("editor"), "version", 0))
                .when().patch("/api/users/{id}", id)
                .then().statusCode(200);

        Api.as(Api.DEMO_ADMIN).body(Map.of("roles", List.of("admin"), "version", 0))
                .when().patch("/api/users/{id}", id)
                .then().spec(Problems.problem(409, "stale-version"))
                .body("currentVersion", equalTo(1));

        Api.asAdmin().when().get("/api/users/{id}", id)
                .then().statusCode(200)
                .body("roles", contains("editor"))
                .body("version", equalTo(1));
    }

    @Test
    void roleChangeWithoutVersionOrWithUnknownRoleIsRefusedWith422() {
        long id = createUser(unique("unchanged-"), "reviewer");

        Api.asAdmin().body(Map.of("roles", List.of("editor")))
                .when().patch("/api/users/{id}", id)
                .then().spec(Problems.invalid("version"));
        Api.asAdmin().body(Map.of("roles", List.of("owner"), "version", 0))
                .when().patch("/api/users/{id}", id)
                .then().spec(Problems.invalid("roles"));

        Api.asAdmin().when().get("/api/users/{id}", id)
                .then().statusCode(200)
                .body("roles", contains("reviewer"))
                .body("version", equalTo(0));
    }

    @Test
    void unknownUserIsA404Problem() {
        Api.asAdmin().when().get("/api/users/{id}", 987654321)
                .then().spec(Problems.problem(404, "not-found"));
        Api.asAdmin().body(Map.of("roles", List.of("editor"), "version", 0))
                .when().patch("/api/users/{id}", 987654321)
                .then().spec(Problems.problem(404, "not-found"));
    }

    @Test
    void reviewerAndEditorCannotCreateUsersOrChangeRoles() {
        String username = unique("refused-");
        Map<String, Object> request = Map.of("username", username, "password", PASSWORD,
                "roles", List.of("admin"));

        Api.asReviewer().body(request).when().post("/api/users")
                .then().spec(Problems.problem(403, "forbidden"));
        Api.asEditor().body(request).when().post("/api/users")
                .then().spec(Problems.problem(403, "forbidden"));

        long reviewerId = Api.asReviewer().when().get("/api/users/me").jsonPath().getLong("id");
        Api.asReviewer().body(Map.of("roles", List.of("admin"), "version", 0))
                .when().patch("/api/users/{id}", reviewerId)
                .then().spec(Problems.problem(403, "forbidden"));
        Api.asReviewer().when().get("/api/users/{id}", reviewerId)
                .then().spec(Problems.problem(403, "forbidden"));

        Api.asAdmin().when().get("/api/users?size=200")
                .then().statusCode(200)
                .body("items.username", not(hasItem(username)));
        Api.asReviewer().when().get("/api/users/me")
                .then().statusCode(200)
                .body("roles", contains("reviewer"));
    }

    static long createUser(String username, String role) {
        return Api.asAdmin().body(Map.of("username", username, "password", PASSWORD, "roles", List.of(role)))
                .when().post("/api/users")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
