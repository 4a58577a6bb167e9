package io.factdesk.report;

import static io.factdesk.testing.Articles.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.notNullValue;

import io.factdesk.testing.Api;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The organisation's settings over the JSON API: everyone signed in reads them, admins change them. */
@QuarkusTest
class OrganisationApiTest {

    @Test
    void anySignedInUserReadsTheSettingsButNobodyElse() {
        Api.asReviewer().when().get("/api/organisation")
                .then().statusCode(200)
                .body("name", not(emptyOrNullString()))
                .body("version", notNullValue());
        Api.anonymous().when().get("/api/organisation").then().spec(Problems.problem(401));
    }

    @Test
    void anAdminChangesEverySettingAndTheHistoryRecordsWhatChanged() {
        Settings shipped = Settings.read();
        long version = Settings.version();
        String name = unique("Desk ");
        try {
            Settings changed = new Settings(name, "https://factcheck.example.org/about",
                    "We check **every** figure.", "Corrections are listed in each report.");
            Api.asAdmin().body(changed.body(version))
                    .when().put("/api/organisation")
                    .then().statusCode(200)
                    .body("name", equalTo(name))
                    .body("url", equalTo("https://factcheck.example.org/about"))
                    .body("methodology", equalTo("We check **every** figure."))
                    .body("correctionsPolicy", equalTo("Corrections are listed in each report."))
                    .body("version", equalTo((int) version + 1))
                    .body("updatedAt", notNullValue());

            Api.asReviewer().when().get("/api/organisation")
                    .then().statusCode(200)
                    .body("name", equalTo(name))
                    .body("methodology", equalTo("We check **every** figure."))
                    .body("version", equalTo((int) version + 1));
            Api.asAdmin().queryParam("type", "ORGANISATION_CHANGED").queryParam("actor", "admin")
                    .when().get("/api/history")
                    .then().statusCode(200)
                    .body("items[0].type", equalTo("ORGANISATION_CHANGED"))
                    .body("items[0].actor", equalTo("admin"))
                    .body("items[0].after.name", equalTo(name))
                    .body("items[0].before.name", equalTo(shipped.name()));
        } finally {
            shipped.restore();
        }
    }

    @Test
    void onlyAnAdminMayChangeTheSettings() {
        Settings before = Settings.read();
        long version = Settings.version();
        Map<String, Object> body = new Settings(unique("Not allowed "), null, "m", "c").body(version);

        Api.asEditor().body(body).when().put("/api/organisation").then().spec(Problems.problem(403));
        Api.asReviewer().body(body).when().put("/api/organisation").then().spec(Problems.problem(403));

        Api.asReviewer().when().get("/api/organisation")
                .then().statusCode(200)
                .body("name", equalTo(before.name()))
                .body("version", equalTo((int) version));
    }

    @Test
    void aStaleVersionIsRefusedWith409AndChangesNothing() {
        Settings before = Settings.read();
        long version = Settings.version();
        try {
            Api.asAdmin().body(new Settings(unique("First "), null, before.methodology(),
                    before.correctionsPolicy()).body(version))
                    .when().put("/api/organisation").then().statusCode(200);
            String first = Settings.read().name();

            Api.as(Api.DEMO_ADMIN).body(new Settings(unique("From an old copy "), null, before.methodology(),
                    before.correctionsPolicy()).body(version))
                    .when().put("/api/organisation")
                    .then().spec(Problems.problem(409, "stale-version"))
                    .body("currentVersion", equalTo((int) version + 1));

            Api.asReviewer().when().get("/api/organisation")
                    .then().statusCode(200)
                    .body("name", equalTo(first))
                    .body("version", equalTo((int) version + 1));
        } finally {
            before.restore();
        }
    }

    @Test
    void invalidSettingsAreRefusedWith422NamingEachFieldAndChangeNothing() {
        Settings before = Settings.read();
        long version = Settings.version();

        Api.asAdmin().body(new Settings(" ", "ftp://factcheck.example.org", "m", "c").body(version))
                .when().put("/api/organisation")
                .then().spec(Problems.invalid("name", "url"))
                .body("errors.find { it.field == 'url' }.message", containsString("http:// or https://"));
        Api.asAdmin().body(new Settings("x".repeat(201), "https://example.org/" + "a".repeat(2000),
                "m".repeat(20001), "c".repeat(20001)).body(version))
                .when().put("/api/organisation")
                .then().spec(Problems.invalid("name", "url", "methodology", "correctionsPolicy"));
        Api.asAdmin().body(Map.of("name", "No version"))
                .when().put("/api/organisation")
                .then().spec(Problems.invalid("version"));

        Api.asReviewer().when().get("/api/organisation")
                .then().statusCode(200)
                .body("name", equalTo(before.name()))
                .body("version", equalTo((int) version));
        Api.asAdmin().queryParam("type", "ORGANISATION_CHANGED").when().get("/api/history")
                .then().statusCode(200)
                .body("items.after.name", not(hasItem("x".repeat(201))));
    }
}
