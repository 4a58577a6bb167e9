package io.factdesk.account;

import static io.factdesk.testing.Articles.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factdesk.testing.Api;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins by form, HTTP Basic and API token are throttled per account and per client address;
 * the history keeps one event when an account first fails in a window and one when it is throttled,
 * however many attempts follow. Each test comes from an address of its own (X-Forwarded-For, trusted
 * here only).
 */
@QuarkusTest
@TestProfile(SignInThrottleTest.LowLimits.class)
class SignInThrottleTest {

    static final String PASSWORD = "a-long-enough-password";

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factdesk.sign-in.max-failures-per-account", "3",
                    "factdesk.sign-in.max-failures-per-address", "6",
                    "factdesk.sign-in.window", "PT10M",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    // Tests with a profile run last: keeping the suite's data lets .ci/run verify the whole chain.
                    "quarkus.flyway.clean-at-start", "false");
        }
    }

    @Test
    void formSignInIsRefusedWith429AfterThreeFailuresEvenWithTheRightPassword() {
        String address = address();
        String username = newUser();
        for (int i = 0; i < 3; i++) {
            form(address, username, "wrong-" + i).then().statusCode(303)
                    .header("Location", containsString("error=true"));
        }
        String location = form(address, username, PASSWORD).then().statusCode(302)
                .extract().header("Location");
        org.hamcrest.MatcherAssert.assertThat(location, containsString("/login?throttled="));

        given().redirects().follow(false).get(location).then().statusCode(429)
                .header("Retry-After", matchesPattern("\\d+"))
                .body(containsString("Too many failed sign-ins"), containsString("Try again in"));
        // Another account from another address is not held back.
        form(address(), Api.REVIEWER.username(), Api.REVIEWER.password()).then().statusCode(302)
                .header("Location", endsWith("/articles"));
    }

    @Test
    void basicIsRefusedWith429ProblemAndRetryAfterAfterThreeFailures() {
        String address = address();
        String username = newUser();
        for (int i = 0; i < 3; i++) {
            basic(address, username, "wrong-" + i).get("/api/users/me").then().spec(Problems.problem(401));
        }
        basic(address, username, PASSWORD).get("/api/users/me").then().spec(Problems.problem(429))
                .header("Retry-After", matchesPattern("\\d+"))
                .body("detail", containsString("Try again in"));
    }

    @Test
    void badTokensFromOneAddressAreRefusedWith429AfterSix() {
        String address = address();
        for (int i = 0; i < 6; i++) {
            given().header("X-Forwarded-For", address).header("Authorization", "Bearer fdt_wrong-" + i)
                    .get("/api/articles").then().statusCode(401);
        }
        given().header("X-Forwarded-For", address).header("Authorization", "Bearer fdt_wrong-again")
                .get("/api/articles").then().spec(Problems.problem(429)).header("Retry-After", matchesPattern("\\d+"));
        // Basic from that address is held back too, whoever it names.
        basic(address, Api.REVIEWER.username(), Api.REVIEWER.password()).get("/api/users/me").then().statusCode(429);
    }

    @Test
    void twentyFailedSignInsOfOneAccountLeaveTwoHistoryEvents() throws Exception {
        String username = newUser();
        String address = address();
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            int status = basic(address, username, "wrong-" + i).get("/api/users/me").statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertEquals(17, refused, "all but the first three answered 429");

        List<Map<String, Object>> events = failedSignIns(username, 2);
        assertEquals(List.of(1, 3), events.stream().map(e -> ((Map<?, ?>) e.get("after")).get("failuresInWindow"))
                .sorted().toList());
        Api.asAdmin().get("/api/history?type=SIGN_IN_FAILED&size=200").then().statusCode(200)
                .body(not(containsString("wrong-")));
    }

    static String newUser() {
        String username = unique("throttled-");
        Api.asAdmin().body(Map.of("username", username, "password", PASSWORD, "roles", List.of("reviewer")))
                .post("/api/users").then().statusCode(201);
        return username;
    }

    private static int next = 1;

    /** An address of its own for each test (TEST-NET-3). */
    static synchronized String address() {
        return "203.0.113." + next++;
    }

    static io.restassured.response.Response form(String address, String username, String password) {
        return given().redirects().follow(false).header("X-Forwarded-For", address)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
    }

    static RequestSpecification basic(String address, String username, String password) {
        return given().header("X-Forwarded-For", address).accept("application/json").auth().preemptive()
                .basic(username, password);
    }

    /** The failed sign-in events naming this user, once there are {@code expected} (they land shortly after). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> failedSignIns(String username, int expected) throws InterruptedException {
        List<Map<String, Object>> mine = List.of();
        for (int i = 0; i < 100 && mine.size() < expected; i++) {
            Thread.sleep(100);
            List<Map<String, Object>> items = Api.asAdmin().queryParam("type", "SIGN_IN_FAILED")
                    .queryParam("size", 200).get("/api/history").then().statusCode(200).extract().jsonPath()
                    .getList("items");
            mine = items.stream().filter(e -> username.equals(((Map<String, Object>) e.get("after")).get("username")))
                    .toList();
        }
        // Some more time for events that should not come.
        Thread.sleep(500);
        List<Map<String, Object>> items = Api.asAdmin().queryParam("type", "SIGN_IN_FAILED")
                .queryParam("size", 200).get("/api/history").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(e -> username.equals(((Map<String, Object>) e.get("after")).get("username")))
                .toList();
    }
}
