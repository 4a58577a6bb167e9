package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An editor works the workboard and a claim with the keyboard alone. */
@QuarkusTest
@ExtendWith(Browser.class)
class KeyboardBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theWorkboardAndTheClaimPageAnswerToTheirKeys(WebDriver driver) {
        ReaderPage reader = new ReaderPage(driver, base.toString());
        reader.signIn("editor", "editor-demo");
        long article = reader.importArticle("Keyboard " + System.nanoTime(),
                "The council said 3 bridges were repaired in 2023.", false);
        reader.selectWithMouse("3 bridges were repaired", "3 bridges were repaired");
        long claimId = reader.createClaim("Three bridges were repaired in 2023.", "Other");

        driver.get(base + "workboard?article=" + article);
        Actions keys = new Actions(driver);
        Browser.snapshot(driver, "workboard");
        keys.sendKeys("?").perform();
        assertThat(driver.findElement(By.cssSelector(".keys-overlay")).getText()).contains("Next claim")
                .contains("Open the claim");
        keys.sendKeys(Keys.ESCAPE).perform();
        assertThat(driver.findElements(By.cssSelector(".keys-overlay"))).isEmpty();

        keys.sendKeys("j").perform();
        assertThat(driver.switchTo().activeElement().getDomAttribute("data-claim-id")).isEqualTo(String.valueOf(claimId));
        keys.sendKeys("o").perform();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> d.getCurrentUrl().contains("/claims/" + claimId));

        ClaimPage claim = new ClaimPage(driver, base.toString());
        assertThat(claim.state()).isEqualTo("NEW");
        new Actions(driver).sendKeys("r").perform();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> claim.state().equals("RESEARCHING"));
        assertThat(driver.findElement(By.id("assignee")).getText()).isEqualTo("editor");
    }
}
