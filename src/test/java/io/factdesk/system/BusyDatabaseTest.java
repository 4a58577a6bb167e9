package io.factdesk.system;

import static io.factdesk.testing.Problems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.factdesk.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When every database connection stays in use past the acquisition timeout, a caller is told the
 * server is busy (503 with Retry-After), not that it failed (500); and it works again once a
 * connection is free. The pool here has two connections (what Flyway needs at start), which the
 * test holds.
 */
@QuarkusTest
@TestProfile(BusyDatabaseTest.OneConnection.class)
class BusyDatabaseTest {

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Tests with a profile run last: keeping the suite's data lets .ci/run verify the whole chain it left.
            return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S", "quarkus.flyway.clean-at-start", "false");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRequestThatFindsNoFreeConnectionIsA503TheCallerMayRetry() throws Exception {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            Api.anonymous().get("/api/articles/1/report?format=json").then().spec(problem(503))
                    .header("Retry-After", equalTo("1"))
                    .body("detail", containsString("try again"));
        }
        Api.anonymous().get("/api/articles/999999/report?format=json").then().spec(problem(404));
    }
}
