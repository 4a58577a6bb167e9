package io.factdesk.report;

import static io.factdesk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.testing.Api;
import io.factdesk.testing.Browser;
import io.factdesk.testing.ReportFixture;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Anonymous requests cannot make the server render: the cache key holds nothing the client chooses
 * (the public links are under the configured base, not the request's Host), a report or page that
 * is not public is a 404 before anything is rendered, and a client may have only a few renders in
 * flight at once.
 */
@QuarkusTest
class ReportRenderLimitTest {

    /** The addresses a test client on this machine connects from. */
    private static final List<String> THIS_MACHINE = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");

    @Inject
    RenderLimit renders;

    @Inject
    ReportCache cache;

    @Test
    void aHostHeaderNeitherRendersAgainNorEntersTheLinks() {
        // The server does read the Host header: a redirect it builds is under it.
        Browser.anonymous().header("Host", "evil.example").get("/admin/organisation").then().statusCode(303)
                .header("Location", startsWith("http://evil.example"));
        long article = ReportFixture.demo().articleId();
        String report = "/api/articles/" + article + "/report?format=pdf";
        Api.anonymous().header("Host", "first.example").get(report).then().statusCode(200);
        Browser.anonymous().header("Host", "first.example").get("/public/articles/" + article).then().statusCode(200);
        long rendered = renders.started();

        for (String host : List.of("second.example", "third.example:8443", "evil.example")) {
            Api.anonymous().header("Host", host).get(report).then().statusCode(200);
            String page = Browser.anonymous().header("Host", host).get("/public/articles/" + article).then()
                    .statusCode(200).extract().asString();
            assertThat(page).doesNotContain(host);
        }
        assertThat(renders.started()).as("renders after asking with other Host headers").isEqualTo(rendered);
        String html = Api.anonymous().header("Host", "evil.example").get("/api/articles/" + article
                + "/report?format=html").then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("evil.example").contains("/public/claims/");
    }

    @Test
    void whatIsNotPublicIs404WithoutRendering() {
        long claim = Workflow.claimIn("APPROVED");
        long article = Workflow.claim(claim).getLong("articleId");
        long missing = 987_654_321L;
        long rendered = renders.started();
        for (long id : List.of(article, missing)) {
            for (String format : List.of("pdf", "html", "json")) {
                Api.anonymous().get("/api/articles/" + id + "/report?format=" + format).then().spec(problem(404));
            }
            Browser.anonymous().get("/public/articles/" + id).then().statusCode(404);
        }
        for (long id : List.of(claim, missing)) {
            Browser.anonymous().get("/public/claims/" + id).then().statusCode(404);
            Api.anonymous().get("/api/claims/" + id + "/claimreview").then().spec(problem(404));
        }
        assertThat(renders.started()).as("renders for answers that are 404").isEqualTo(rendered);
    }

    @Test
    void aClientWithRendersInFlightIsToldWhenToComeBack() {
        long article = ReportFixture.demo().articleId();
        String report = "/api/articles/" + article + "/report?format=pdf";
        cache.clear();
        occupy(THIS_MACHINE.size() * RenderLimit.PER_CLIENT, () -> {
            Api.anonymous().get(report).then().spec(problem(429, "too-many-renders"))
                    .header("Retry-After", equalTo(String.valueOf(RenderLimit.RETRY_AFTER_SECONDS)))
                    .body("detail", containsString("being rendered already"));
            return null;
        });
        Api.anonymous().get(report).then().statusCode(200);
    }

    @Test
    void theSlotsOfOneClientAreItsOwn() {
        long before = renders.started();
        String inner = renders.render("192.0.2.1", () -> renders.render("192.0.2.1", () -> {
            try {
                renders.render("192.0.2.1", () -> "third");
                return "admitted a third";
            } catch (RenderLimit.TooManyRenders e) {
                return renders.render("192.0.2.2", () -> "another client");
            }
        }));
        assertThat(inner).isEqualTo("another client");
        assertThat(renders.render("192.0.2.1", () -> "slots given back")).isEqualTo("slots given back");
        assertThat(renders.started() - before).isEqualTo(4);
    }

    /** Runs {@code then} while every address of this machine has {@code slots} renders in flight. */
    private <T> T occupy(int slots, Supplier<T> then) {
        if (slots == 0) {
            return then.get();
        }
        String client = THIS_MACHINE.get((slots - 1) % THIS_MACHINE.size());
        return renders.render(client, () -> occupy(slots - 1, then));
    }
}
