package io.factdesk.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * RestAssured starting points for the JSON API, one per kind of caller. Each call returns a new
 * specification, built after Quarkus has told RestAssured its random test port.
 */
public final class Api {

    /** A user who signs in with a name and a password. */
    public record Account(String username, String password) {
    }

    /** The first admin; its password is {@code %test.factdesk.admin.password}. */
    public static final Account ADMIN = new Account("admin", "admin-test-password");

    /** The demo accounts, created because {@code %test.factdesk.demo.enabled} is on. */
    public static final Account REVIEWER = new Account("reviewer", "reviewer-demo");
    public static final Account EDITOR = new Account("editor", "editor-demo");
    public static final Account DEMO_ADMIN = new Account("demo-admin", "admin-demo");

    private Api() {
    }

    /** A JSON request signed with HTTP Basic (sent up front, as scripts do). */
    public static RequestSpecification as(Account account) {
        return anonymous().auth().preemptive().basic(account.username(), account.password());
    }

    public static RequestSpecification asReviewer() {
        return as(REVIEWER);
    }

    public static RequestSpecification asEditor() {
        return as(EDITOR);
    }

    public static RequestSpecification asAdmin() {
        return as(ADMIN);
    }

    /** A JSON request without credentials. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
