package io.factdesk.report;

import static org.hamcrest.Matchers.equalTo;

import io.factdesk.testing.Api;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;

/**
 * The organisation's settings as a test finds them, so that it can put them back: the row is shared
 * by every test (reports print it), and another test may have changed it before.
 */
record Settings(String name, String url, String methodology, String correctionsPolicy) {

    static Settings read() {
        JsonPath json = Api.asReviewer().get("/api/organisation").then().statusCode(200).extract().jsonPath();
        return new Settings(json.getString("name"), json.getString("url"), json.getString("methodology"),
                json.getString("correctionsPolicy"));
    }

    static long version() {
        return Api.asReviewer().get("/api/organisation").then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    /** The PUT body of these settings at this version. */
    Map<String, Object> body(long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("url", url);
        body.put("methodology", methodology);
        body.put("correctionsPolicy", correctionsPolicy);
        body.put("version", version);
        return body;
    }

    /** Puts these settings back, as the admin, whatever the version is now. */
    void restore() {
        Api.asAdmin().body(body(version())).put("/api/organisation").then().statusCode(200)
                .body("name", equalTo(name));
    }
}
