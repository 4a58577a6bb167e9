package io.factdesk.testing;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;
import org.hamcrest.Matcher;

/**
 * What every refusal of the API looks like to its caller: an RFC 9457 problem document with the
 * status repeated in the body, a type, a title and a detail, and nothing of the server's insides.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Package names and stack frame markers that must never reach a caller. */
    private static final String LEAK = "(?s).*(Exception|Caused by|\\tat |at io\\.|at java\\.|"
            + "\\b(java|javax|jakarta|io\\.quarkus|io\\.vertx|org\\.hibernate|org\\.jboss|com\\.fasterxml)\\.[a-z]).*";

    private Problems() {
    }

    /** A problem+json response with this status and no Java class name or stack trace. */
    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectHeader("Content-Type", startsWith(MEDIA_TYPE))
                .expectBody("status", equalTo(status))
                .expectBody("type", startsWith("https://"))
                .expectBody("title", not(emptyOrNullString()))
                .expectBody("detail", not(emptyOrNullString()))
                .expectBody(not(leaksInternals()))
                .build();
    }

    /** A problem of this status whose {@code type} ends with the slug, e.g. "stale-version". */
    public static ResponseSpecification problem(int status, String typeSlug) {
        return new ResponseSpecBuilder().addResponseSpecification(problem(status))
                .expectBody("type", endsWith("/" + typeSlug))
                .build();
    }

    /** A 422 that names each of these fields in {@code errors}. */
    public static ResponseSpecification invalid(String... fields) {
        return new ResponseSpecBuilder().addResponseSpecification(problem(422))
                .expectBody("errors.field", hasItems(fields))
                .build();
    }

    /** A 400 that names each of these fields in {@code errors}. */
    public static ResponseSpecification malformed(String... fields) {
        return new ResponseSpecBuilder().addResponseSpecification(problem(400))
                .expectBody("errors.field", hasItems(fields))
                .build();
    }

    /** Matches a text that shows a Java class name or a stack frame (use with not()). */
    public static Matcher<String> leaksInternals() {
        return matchesPattern(LEAK);
    }
}
