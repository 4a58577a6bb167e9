package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The review story of the workflow issue, in a real Chromium, from marking to publishing. */
@QuarkusTest
@ExtendWith(Browser.class)
class ReviewStoryBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aReviewerResearchesAndSubmitsAndAnEditorApprovesAndPublishes(WebDriver driver) throws IOException {
        ReaderPage reader = new ReaderPage(driver, base.toString());
        reader.signIn("reviewer", "reviewer-demo");
        reader.importArticle("Review story " + System.nanoTime(), demoText(), false);
        reader.selectWithMouse("more than 450.000 Syrians", "more than 450.000 Syrians");
        long claimId = reader.createClaim("More than 450,000 Syrians have been killed.", "Al Jazeera",
                "Casualty figures");

        ClaimPage claim = new ClaimPage(driver, base.toString());
        claim.open(claimId);
        assertThat(claim.state()).isEqualTo("NEW");
        claim.move("RESEARCHING");
        assertThat(driver.findElement(By.id("assignee")).getText()).isEqualTo("reviewer");

        claim.attachNewSource("https://www.ohchr.org/en/syria-casualties-" + System.nanoTime(),
                "UN human rights office: Syria casualty estimate", "at least 306,887 civilians", "refutes");
        claim.setVerdict("Mostly false", "Estimates differ; the **UN** counts fewer civilian deaths.");
        claim.move("IN_REVIEW");

        // The reviewer who submitted it cannot approve it.
        assertThat(claim.transitionButton("APPROVED").isEnabled()).isFalse();
        assertThat(claim.whyNot("APPROVED")).contains("Only editors");
        Browser.snapshot(driver, "claim-in-review-as-reviewer");

        driver.manage().deleteAllCookies();
        reader.signIn("editor", "editor-demo");
        claim.open(claimId);
        claim.move("APPROVED");
        claim.move("PUBLISHED");
        assertThat(driver.findElement(By.cssSelector(".page-header .verdict")).getText()).isEqualTo("Mostly false");
        assertThat(driver.findElement(By.id("evidence")).getText()).contains("UN human rights office");
        // A published claim is read-only: no assignment, no verdict or field forms.
        assertThat(driver.findElements(By.id("assignment"))).isEmpty();
        assertThat(driver.findElements(By.id("f-label"))).isEmpty();
        Browser.snapshot(driver, "claim-published-as-editor");
    }

    private static String demoText() throws IOException {
        try (InputStream in = ReviewStoryBrowserTest.class.getResourceAsStream("/demo/syria-2016-07-14.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
