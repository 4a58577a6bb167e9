package io.factdesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 4's browser test: a claim taken through the review workflow shows each step in its
 * timeline, in order, with the right actors, and its as-of view at the first event shows the
 * original statement.
 */
@QuarkusTest
@ExtendWith(Browser.class)
class ClaimTimelineBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aReviewedClaimsTimelineShowsEveryStepAndTheOriginalStatement(WebDriver driver) throws Exception {
        long article = Articles.importDemoCopy().id();
        long claim = Articles.markByQuote(article, "22-nation", "Other");
        transition(Api.asReviewer(), claim, "RESEARCHING", null);
        Api.asReviewer().body(Map.of("statement", "The ISSG has 22 member nations.", "version", version(claim)))
                .when().patch("/api/claims/{id}", claim).then().statusCode(200);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("url", "https://www.un.org/press/en/2016/" + Articles.unique("issg") + ".doc.htm");
        source.put("title", "ISSG statement");
        source.put("publisher", "United Nations");
        source.put("accessedAt", "2016-07-15");
        source.put("type", "OFFICIAL_STATEMENT");
        Api.asReviewer().body(Map.of("source", source, "stance", "supports", "excerpt", "22 nations"))
                .when().post("/api/claims/{id}/evidence", claim).then().statusCode(201);
        Api.asReviewer().body(Map.of("label", "True", "rationale", "The UN lists 22 members.", "version",
                version(claim))).when().put("/api/claims/{id}/verdict", claim).then().statusCode(200);
        transition(Api.asReviewer(), claim, "IN_REVIEW", "Ready for review");
        transition(Api.asEditor(), claim, "APPROVED", null);
        transition(Api.asEditor(), claim, "PUBLISHED", null);

        signIn(driver, "editor", "editor-demo");
        driver.get(url("/claims/" + claim + "/history"));
        List<WebElement> events = driver.findElements(By.cssSelector(".timeline > .timeline-event"));
        assertThat(events).extracting(e -> e.getDomAttribute("data-type")).containsExactly("CLAIM_CREATED",
                "ASSIGNED", "TRANSITION", "CLAIM_EDITED", "EVIDENCE_ADDED", "VERDICT_SET", "TRANSITION",
                "TRANSITION", "TRANSITION");
        assertThat(events).extracting(e -> e.findElement(By.cssSelector(".actor")).getText()).containsExactly(
                "reviewer", "reviewer", "reviewer", "reviewer", "reviewer", "reviewer", "reviewer", "editor",
                "editor");
        assertThat(events.get(2).getText()).contains("moved the claim from NEW to RESEARCHING");
        assertThat(events.get(6).getText()).contains("to IN_REVIEW").contains("Ready for review");
        assertThat(events.get(8).getText()).contains("from APPROVED to PUBLISHED");
        assertThat(events.get(3).findElement(By.cssSelector("dd[data-field=statement] ins")).getText())
                .contains("ISSG");
        WebElement time = events.get(0).findElement(By.cssSelector("time.local-time"));
        assertThat(time.getText()).as("shown in the reader's time zone").isNotEqualTo(time.getDomAttribute("datetime"));
        screenshot(driver, "claim-timeline");

        events.get(0).findElement(By.cssSelector("a.as-of-link")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("as-of")));
        assertThat(driver.findElement(By.cssSelector("#as-of dd[data-field=statement]")).getText())
                .isEqualTo("Statement about 22-nation");
        assertThat(driver.findElement(By.cssSelector("#as-of dd[data-field=state]")).getText()).isEqualTo("NEW");
        screenshot(driver, "claim-as-of");

        driver.get(url("/history?article=" + article));
        assertThat(driver.findElement(By.cssSelector(".verification-ok")).getText()).contains("The history verifies");
        assertThat(driver.findElements(By.cssSelector(".timeline-event"))).hasSize(10);
        screenshot(driver, "desk-history");
    }

    private void signIn(WebDriver driver, String user, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/articles"));
    }

    private static void transition(RequestSpecification as, long claim, String to, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("comment", comment);
        body.put("version", version(claim));
        as.body(body).when().post("/api/claims/{id}/transitions", claim).then().statusCode(200);
    }

    private static long version(long claim) {
        return Api.asReviewer().when().get("/api/claims/{id}", claim).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** Kept under target/browser-screens/ for people to look at. */
    private static void screenshot(WebDriver driver, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "browser-screens"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
