package io.factdesk.desk;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The keys of the workboard, the claim page and the reader, in a real Chromium. */
@QuarkusTest
@ExtendWith(Browser.class)
class KeysBrowserTest {

    @TestHTTPResource("/")
    URL base;

    WebDriver driver;
    WebDriverWait wait;

    void signIn(WebDriver driver, String user, String password) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(base + "login");
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/articles"));
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    String active(String attribute) {
        return driver.switchTo().activeElement().getDomAttribute(attribute);
    }

    List<String> overlayKeys() {
        return driver.findElements(By.cssSelector(".keys-overlay .keys-list dd")).stream().map(WebElement::getText)
                .toList();
    }

    String claimState() {
        return driver.findElement(By.cssSelector(".page-header h1 .badge[data-state]")).getDomAttribute("data-state");
    }

    @Test
    void anEditorWorksTheBoardWithTheKeyboard(WebDriver driver) {
        var article = Desk.article(3);
        long first = Desk.claim(article.id(), 1);
        long second = Desk.claim(article.id(), 2);
        signIn(driver, "editor", "editor-demo");
        driver.get(base + "workboard?article=" + article.id());
        assertThat(driver.findElement(By.cssSelector("[data-keys-help]")).isDisplayed()).isTrue();

        press("?");
        assertThat(overlayKeys()).contains("Next claim", "Previous claim", "Open the claim",
                "Select or unselect the claim for a bulk move", "Search the claims");
        press("j"); // nothing moves behind the overlay
        assertThat(driver.findElements(By.cssSelector(".board-card.is-active"))).isEmpty();
        press(Keys.ESCAPE);
        assertThat(driver.findElements(By.cssSelector(".keys-overlay"))).isEmpty();

        // Newest first: the second claim leads the column.
        press("j");
        assertThat(active("data-claim-id")).isEqualTo(String.valueOf(second));
        press("j");
        assertThat(active("data-claim-id")).isEqualTo(String.valueOf(first));
        press("x");
        press("k");
        assertThat(active("data-claim-id")).isEqualTo(String.valueOf(second));
        press("x");
        assertThat(driver.findElement(By.id("selected-count")).getText()).isEqualTo("2");
        press("x");
        assertThat(driver.findElement(By.id("selected-count")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.cssSelector(".board-card[data-claim-id='" + first + "'] input[name=ids]"))
                .isSelected()).isTrue();

        // The reason appears only for a dismissal; the toolbar then moves the selection.
        WebElement reason = driver.findElement(By.cssSelector(".bulk-reason"));
        assertThat(reason.isDisplayed()).isFalse();
        new Select(driver.findElement(By.id("b-to"))).selectByValue("DISMISSED");
        assertThat(reason.isDisplayed()).isTrue();
        new Select(driver.findElement(By.id("b-reason"))).selectByValue("OPINION");
        driver.findElement(By.cssSelector("#bulk-toolbar button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bulk-outcome")));
        assertThat(driver.findElement(By.cssSelector(".bulk-outcome")).getText()).contains("1 moved to Dismissed");
        assertThat(Desk.state(first)).isEqualTo("DISMISSED");

        // Typing in the search box is text, not keys; "/" gets there.
        press("/");
        assertThat(active("name")).isEqualTo("q");
        press("jk");
        assertThat(driver.switchTo().activeElement().getDomProperty("value")).isEqualTo("jk");
        driver.findElement(By.cssSelector("h1")).click();

        press("j");
        press("o");
        wait.until(ExpectedConditions.urlContains("/claims/"));
        assertThat(driver.getCurrentUrl()).matches(".*/claims/(" + first + "|" + second + ")$");
    }

    @Test
    void theClaimPageOffersAKeyForEachMoveTheUserMayMake(WebDriver driver) {
        var article = Desk.article(2);
        long fresh = Desk.claim(article.id(), 1);
        signIn(driver, "editor", "editor-demo");
        driver.get(base + "claims/" + fresh);

        press("?");
        assertThat(overlayKeys()).contains("Start research", "Dismiss (asks for the reason first)")
                .noneMatch(label -> label.startsWith("Approve") || label.startsWith("Publish"));
        press(Keys.ESCAPE);

        // Dismissing needs a reason: the key puts the cursor there and moves nothing.
        press("d");
        assertThat(active("name")).isEqualTo("reason");
        assertThat(claimState()).isEqualTo("NEW");
        driver.findElement(By.cssSelector(".page-header h1")).click();

        press("r");
        wait.ignoring(StaleElementReferenceException.class).until(d -> claimState().equals("RESEARCHING"));
        assertThat(driver.findElement(By.id("assignee")).getText()).isEqualTo("editor");

        // Approving needs the claim in review: no key for it now, and "a" does nothing.
        press("a");
        assertThat(claimState()).isEqualTo("RESEARCHING");
    }

    @Test
    void theReaderOpensTheActiveClaimWithO(WebDriver driver) {
        var article = Desk.article(2);
        long first = Desk.claim(article.id(), 1);
        Desk.claim(article.id(), 2);
        signIn(driver, "reviewer", "reviewer-demo");
        driver.get(base + "articles/" + article.id());

        press("?");
        assertThat(overlayKeys()).contains("Next claim", "Open the active claim", "Clear the active claim");
        press(Keys.ESCAPE);
        press("j");
        assertThat(active("data-claim-id")).isEqualTo(String.valueOf(first));
        press("o");
        wait.until(ExpectedConditions.urlContains("/claims/" + first));
    }
}
