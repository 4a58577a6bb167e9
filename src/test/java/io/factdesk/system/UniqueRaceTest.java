package io.factdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same name created by several requests at the same moment (issue 12): one is created, every other
 * request is told 409 with the field named, on H2 and PostgreSQL alike. The services check for a
 * duplicate before inserting; in a race both checks pass and the database's unique constraint decides.
 */
@QuarkusTest
class UniqueRaceTest {

    private static final int RACERS = 10;

    @Test
    void aTopicNameCreatedTenTimesAtOnceIsCreatedOnceAndRefusedWith409() throws Exception {
        String name = "Race " + Articles.unique("");
        List<Response> answers = race(() -> Api.asEditor().body(Map.of("name", name)).post("/api/topics"));
        assertOneCreatedOthersConflictOn(answers, "name");
    }

    @Test
    void aUsernameCreatedTenTimesAtOnceIsCreatedOnceAndRefusedWith409() throws Exception {
        String username = Articles.unique("racer-");
        List<Response> answers = race(() -> Api.asAdmin().body(Map.of("username", username,
                "password", "a long enough password", "roles", List.of("reviewer"))).post("/api/users"));
        assertOneCreatedOthersConflictOn(answers, "username");
    }

    private static void assertOneCreatedOthersConflictOn(List<Response> answers, String field) {
        assertThat(answers).extracting(Response::statusCode).as("bodies: %s",
                answers.stream().map(r -> r.asString()).toList()).containsOnly(201, 409);
        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        for (Response conflict : answers.stream().filter(r -> r.statusCode() == 409).toList()) {
            assertThat(conflict.contentType()).startsWith("application/problem+json");
            assertThat(conflict.jsonPath().getString("errors[0].field")).isEqualTo(field);
        }
    }

    /**
     * Sends the same request from {@value #RACERS} threads released together. A 503 (every connection
     * busy: nothing was changed, retry after a moment) is sent again, as a client following
     * {@code Retry-After} would, so that each answer counted is the race's own outcome.
     */
    private static List<Response> race(Callable<Response> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(RACERS);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    Response answer = request.call();
                    for (int retry = 0; answer.statusCode() == 503 && retry < 10; retry++) {
                        Thread.sleep(1000L * Integer.parseInt(answer.header("Retry-After")));
                        answer = request.call();
                    }
                    return answer;
                }));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
