package io.factdesk.desk;

import static io.factdesk.desk.VersionEdits.QUOTE;
import static io.factdesk.desk.VersionEdits.REPAIRS;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A claim that could not be placed in a new version of its article, placed by a reviewer in Chromium: on one of
 * the candidates its page offers, or on words chosen in the reader's place mode (docs/ui.md, "Article versions").
 */
@QuarkusTest
@ExtendWith(Browser.class)
class PlaceClaimBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private void openClaim(WebDriver driver, long claim) {
        new ReaderPage(driver, base.toString()).signIn("reviewer", "reviewer-demo");
        driver.get(base + "claims/" + claim);
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    @Test
    void aCandidateOnTheClaimPagePlacesTheClaim(WebDriver driver) {
        VersionEdits.Edited e = VersionEdits.edited();
        openClaim(driver, e.quote());
        assertThat(driver.findElement(By.cssSelector("#anchor-notice h2")).getText())
                .startsWith("The claim could not be placed in version 2");
        List<WebElement> candidates = driver.findElements(By.cssSelector("#candidates .candidate"));
        assertThat(candidates).hasSize(2);
        assertThat(candidates).allMatch(c -> c.findElement(By.cssSelector(".candidate-text")).getText().equals(QUOTE));
        String start = candidates.get(0).getDomAttribute("data-start");
        Browser.snapshot(driver, "claim-orphaned-candidates");
        assertThat(driver.findElement(By.id("place-in-article")).getDomAttribute("href"))
                .isEqualTo("/articles/" + e.article() + "?place=" + e.quote());

        candidates.get(0).findElement(By.cssSelector("button.place-here")).click();
        WebElement flash = waitFor(driver, By.cssSelector(".flash-success"));
        assertThat(flash.getText()).contains("Placed: the claim now stands on the words chosen.");
        assertThat(driver.findElement(By.cssSelector(".anchor-context .exact")).getText()).isEqualTo(QUOTE);
        assertThat(driver.findElements(By.id("anchor-notice"))).as("no 'could not be placed' notice").isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("could not be placed");
        // The reader highlights it again, where the candidate was.
        driver.get(base + "articles/" + e.article());
        assertThat(driver.findElement(By.cssSelector("span.hl[data-claims~='" + e.quote() + "']"))
                .getDomAttribute("data-start")).isEqualTo(start);
    }

    @Test
    void wordsChosenInTheReadersPlaceModePlaceTheClaim(WebDriver driver) {
        VersionEdits.Edited e = VersionEdits.edited();
        openClaim(driver, e.quote());
        driver.findElement(By.id("place-in-article")).click();
        WebElement button = waitFor(driver, By.id("place-submit"));
        assertThat(button.getText()).isEqualTo("Place claim #" + e.quote() + " here");
        assertThat(button.isEnabled()).as("nothing selected yet").isFalse();
        assertThat(driver.findElements(By.id("claim-form"))).as("no new-claim form in place mode").isEmpty();

        new ReaderPage(driver, base.toString()).selectWithMouse(REPAIRS, REPAIRS);
        assertThat(button.isEnabled()).isTrue();
        Browser.snapshot(driver, "reader-place-mode");
        assertThat(driver.findElement(By.id("selection-hint")).getText()).contains(REPAIRS);
        button.click();
        WebElement flash = waitFor(driver, By.cssSelector(".flash-success"));
        assertThat(flash.getText()).contains("Placed");
        assertThat(driver.getCurrentUrl()).contains("/claims/" + e.quote());
        assertThat(driver.findElement(By.cssSelector(".anchor-context .exact")).getText()).isEqualTo(REPAIRS);
        assertThat(driver.findElements(By.id("anchor-notice"))).isEmpty();
        // For people to look at: the changes and the older version as a browser shows them.
        driver.get(base + "articles/" + e.article() + "/versions/2/diff");
        Browser.snapshot(driver, "version-diff");
        driver.get(base + "articles/" + e.article() + "/versions/1");
        Browser.snapshot(driver, "version-older");
        driver.get(base + "articles/" + e.article() + "/versions");
        Browser.snapshot(driver, "versions");
    }
}
