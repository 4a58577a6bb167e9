package io.factdesk.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TopicApiTest {

    @Test
    void theFiveDefaultTopicsAreListedForEveryone() {
        given().auth().preemptive().basic("reviewer", "reviewer-demo").get("/api/topics")
                .then().statusCode(200).body("name", hasItems("Casualty figures", "Ceasefire timeline",
                        "Military cooperation", "Political transition", "Other"));
    }

    @Test
    void anEditorAddsRenamesAndRetiresATopic() {
        String name = "Refugees " + UUID.randomUUID();
        var created = given().auth().preemptive().basic("editor", "editor-demo").contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\"}").post("/api/topics")
                .then().statusCode(201).body("name", equalTo(name)).extract().jsonPath();
        long id = created.getLong("id");

        given().auth().preemptive().basic("editor", "editor-demo").contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + " (renamed)\", \"retired\": true, \"version\": "
                        + created.getLong("version") + "}")
                .patch("/api/topics/" + id).then().statusCode(200).body("retired", equalTo(true));

        given().auth().preemptive().basic("reviewer", "reviewer-demo").get("/api/topics")
                .then().statusCode(200).body("id", not(hasItem((int) id)));
        given().auth().preemptive().basic("reviewer", "reviewer-demo").queryParam("retired", true).get("/api/topics")
                .then().statusCode(200).body("find { it.id == " + id + " }.name", equalTo(name + " (renamed)"));
    }

    @Test
    void aReviewerCannotAddTopicsAndNamesStayUnique() {
        given().auth().preemptive().basic("reviewer", "reviewer-demo").contentType(ContentType.JSON)
                .body("{\"name\": \"Anything\"}").post("/api/topics")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().preemptive().basic("editor", "editor-demo").contentType(ContentType.JSON)
                .body("{\"name\": \"other\"}").post("/api/topics")
                .then().statusCode(409).body("errors[0].field", equalTo("name"));
    }

    @Test
    void aStaleTopicEditIsRefusedWith409() {
        long id = given().auth().preemptive().basic("editor", "editor-demo").contentType(ContentType.JSON)
                .body("{\"name\": \"Stale " + UUID.randomUUID() + "\"}").post("/api/topics")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().preemptive().basic("editor", "editor-demo").contentType(ContentType.JSON)
                .body("{\"name\": \"Renamed " + UUID.randomUUID() + "\", \"version\": 0}").patch("/api/topics/" + id)
                .then().statusCode(200).body("version", equalTo(1));
        given().auth().preemptive().basic("editor", "editor-demo").contentType(ContentType.JSON)
                .body("{\"position\": 10, \"version\": 0}").patch("/api/topics/" + id)
                .then().statusCode(409).body("type", equalTo("https://factdesk.io/problems/stale-version"));
    }
}
