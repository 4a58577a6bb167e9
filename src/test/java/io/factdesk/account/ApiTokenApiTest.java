package io.factdesk.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiTokenApiTest {

    @Test
    void aScriptActsAsTheTokensOwnerUntilTheTokenIsRevoked() {
        var issued = given().auth().preemptive().basic("editor", "editor-demo").contentType(ContentType.JSON)
                .body("{\"name\": \"CMS import\"}")
                .post("/api/users/me/tokens")
                .then().statusCode(201).body("name", equalTo("CMS import")).body("token", startsWith("fdt_"))
                .extract().jsonPath();
        String secret = issued.getString("token");
        long id = issued.getLong("id");

        given().header("Authorization", "Bearer " + secret).get("/api/users/me")
                .then().statusCode(200).body("username", equalTo("editor"));
        // An editor's token may import articles like the editor.
        given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON)
                .body("{\"title\": \"Via token\", \"body\": \"Imported by a script.\"}")
                .post("/api/articles").then().statusCode(201).body("createdBy", equalTo("editor"));

        given().auth().preemptive().basic("editor", "editor-demo").get("/api/users/me/tokens")
                .then().statusCode(200).body("find { it.id == " + id + " }", not(hasKey("token")))
                .body("find { it.id == " + id + " }.lastUsedAt", org.hamcrest.Matchers.notNullValue());

        given().auth().preemptive().basic("editor", "editor-demo").delete("/api/users/me/tokens/" + id)
                .then().statusCode(204);
        given().header("Authorization", "Bearer " + secret).get("/api/users/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anUnknownTokenIsRefusedWith401() {
        given().header("Authorization", "Bearer fdt_not-a-real-token").get("/api/articles")
                .then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void nobodyRevokesAnotherUsersToken() {
        long id = given().auth().preemptive().basic("editor", "editor-demo").contentType(ContentType.JSON)
                .body("{\"name\": \"mine\"}").post("/api/users/me/tokens").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().preemptive().basic("reviewer", "reviewer-demo").delete("/api/users/me/tokens/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aTokenNeedsAName() {
        given().auth().preemptive().basic("editor", "editor-demo").contentType(ContentType.JSON)
                .body("{\"name\": \" \"}").post("/api/users/me/tokens")
                .then().statusCode(422).body("errors[0].field", equalTo("name"));
    }
}
