package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An editor's note reaches the move they press, and publishing asks before it makes a claim public. */
@QuarkusTest
@ExtendWith(Browser.class)
class MoveNoteBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aNoteTypedBeforeApproveIsInTheClaimsHistory(WebDriver driver) {
        long id = Workflow.claimIn("IN_REVIEW");
        new ReaderPage(driver, base.toString()).signIn("editor", "editor-demo");
        ClaimPage claim = new ClaimPage(driver, base.toString());
        claim.open(id);
        // The note box comes before both moves, Send back first: the note goes with the one pressed.
        claim.note("Figures match the budget office table.");
        claim.move("APPROVED");

        driver.get(base + "claims/" + id + "/history");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Figures match the budget office table.");
    }

    @Test
    void publishingAsksFirstWithTheButtonAndWithTheKey(WebDriver driver) {
        long id = Workflow.claimIn("APPROVED");
        new ReaderPage(driver, base.toString()).signIn("editor", "editor-demo");
        ClaimPage claim = new ClaimPage(driver, base.toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        claim.open(id);

        claim.transitionButton("PUBLISHED").click();
        wait.until(d -> !d.findElements(By.id("confirm")).isEmpty());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Publish claim " + id + "?");
        assertThat(driver.findElement(By.id("confirm-verdict")).getText()).isEqualTo("Mostly false");
        assertThat(driver.findElement(By.id("confirm-what")).getText()).contains("/public/claims/" + id)
                .contains("ClaimReview").contains("visible to anyone");
        driver.findElement(By.id("confirm-no")).click();
        wait.until(d -> !d.findElements(By.id("workflow")).isEmpty());
        assertThat(claim.state()).isEqualTo("APPROVED");
        assertThat(Workflow.claim(id).getString("state")).isEqualTo("APPROVED");

        new Actions(driver).sendKeys("p").perform();
        wait.until(d -> !d.findElements(By.id("confirm")).isEmpty());
        assertThat(Workflow.claim(id).getString("state")).isEqualTo("APPROVED");
        driver.findElement(By.id("confirm-yes")).click();
        wait.until(d -> !d.findElements(By.id("workflow")).isEmpty() && claim.state().equals("PUBLISHED"));
        assertThat(Workflow.claim(id).getString("state")).isEqualTo("PUBLISHED");
    }
}
