package io.factdesk.desk;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The claim page as a reviewer or editor works it: transitions, evidence, verdict. */
final class ClaimPage {

    private final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;

    ClaimPage(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // A wait that spans a form post sees the old page go and the new one come.
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class);
    }

    void open(long claimId) {
        driver.get(base + "/claims/" + claimId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("workflow")));
    }

    String state() {
        return driver.findElement(By.cssSelector(".page-header .badge[data-state]")).getDomAttribute("data-state");
    }

    /** Clicks the transition's button (confirming when asked, as for publishing) and waits for the new state. */
    void move(String to) {
        transitionButton(to).click();
        wait.until(d -> !d.findElements(By.id("confirm")).isEmpty() || state().equals(to));
        if (!driver.findElements(By.id("confirm")).isEmpty()) {
            driver.findElement(By.id("confirm-yes")).click();
        }
        wait.until(d -> state().equals(to));
    }

    /** Types the note that goes with the next move. */
    void note(String text) {
        driver.findElement(By.cssSelector("#moves textarea[name=comment]")).sendKeys(text);
    }

    WebElement transitionButton(String to) {
        return driver.findElement(By.cssSelector("#moves .transition[data-to='" + to + "'] button"));
    }

    String whyNot(String to) {
        return driver.findElement(By.id("why-" + to)).getText();
    }

    void attachNewSource(String url, String title, String excerpt, String stance) {
        driver.findElement(By.cssSelector("#evidence-form details.new-source summary")).click();
        driver.findElement(By.id("f-source.url")).sendKeys(url);
        driver.findElement(By.id("f-source.title")).sendKeys(title);
        driver.findElement(By.id("f-excerpt")).sendKeys(excerpt);
        driver.findElement(By.cssSelector("#evidence-form input[name=stance][value='" + stance + "']")).click();
        driver.findElement(By.cssSelector("#evidence-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence"), title));
    }

    void setVerdict(String label, String rationale) {
        new Select(driver.findElement(By.id("f-label"))).selectByValue(label);
        driver.findElement(By.id("f-rationale")).sendKeys(rationale);
        driver.findElement(By.cssSelector("#verdict button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Verdict saved"));
    }
}
