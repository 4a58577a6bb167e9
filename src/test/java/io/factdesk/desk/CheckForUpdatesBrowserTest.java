package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The story in Chromium (docs/articles.md, "Check for updates"): a reviewer imports an article by its
 * address, marks a claim on a figure, the publisher corrects the figure, and "Check for updates" brings the new
 * version, flags the claim in the reader and names the changed figure on the claim page.
 */
@QuarkusTest
@ExtendWith(Browser.class)
class CheckForUpdatesBrowserTest {

    private static final String QUOTE = "more than 450,000 people have been killed";

    @TestHTTPResource("/")
    URL base;

    private static String page(String figure) {
        return PublisherSite.story("Syria talks resume in Geneva", "Talks resumed on Monday in Geneva.",
                "The monitoring group said more than " + figure + " people have been killed since 2011.",
                "Both sides sent delegations.");
    }

    @Test
    void aCorrectedFigureIsFoundFlaggedAndNamed(WebDriver driver) throws IOException {
        try (PublisherSite site = new PublisherSite()) {
            String url = site.publish("/syria-talks", page("450,000"));
            ReaderPage reader = new ReaderPage(driver, base.toString());
            reader.signIn("reviewer", "reviewer-demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));

            driver.get(base + "articles/new");
            driver.findElement(By.xpath("//label[input[@name='mode' and @value='url']]")).click();
            driver.findElement(By.id("f-url")).sendKeys(url);
            driver.findElement(By.cssSelector(".import-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-body")));
            long articleId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/articles/(\\d+).*", "$1"));
            assertThat(driver.findElement(By.id("fetched")).getText()).contains(url);

            reader.selectWithMouse("more than 450,000", "have been killed");
            assertThat(reader.selectedQuote()).isEqualTo(QUOTE);
            long claimId = reader.createClaim("More than 450,000 people have been killed in Syria since 2011.",
                    "Casualty figures");
            assertThat(reader.listItem(claimId).findElements(By.cssSelector(".text-changed"))).isEmpty();

            // The publisher corrects the figure.
            site.publish("/syria-talks", page("470,000"));
            driver.findElement(By.cssSelector("#check-updates button")).click();
            WebElement result = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("update-result")));
            // The message and its link (the flash lays them out apart).
            assertThat(result.getText().replaceAll("\\s+", " "))
                    .isEqualTo("Version 2 arrived: 1 claim changed. See what changed");
            assertThat(result.findElement(By.tagName("a")).getDomAttribute("href"))
                    .isEqualTo("/articles/" + articleId + "/versions/2/diff");
            assertThat(driver.findElement(By.id("article-body")).getText()).contains("more than 470,000 people")
                    .doesNotContain("450,000");
            WebElement flag = reader.listItem(claimId).findElement(By.cssSelector(".badge.text-changed"));
            assertThat(flag.getText()).isEqualTo("Text changed");
            Browser.snapshot(driver, "reader-check-for-updates-new-version");

            driver.findElement(By.cssSelector("#claim-" + claimId + " a[href='/claims/" + claimId + "']")).click();
            WebElement notice = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("anchor-notice")));
            assertThat(notice.findElement(By.cssSelector(".old-text")).getText()).isEqualTo(QUOTE);
            assertThat(notice.findElement(By.cssSelector(".new-text")).getText())
                    .isEqualTo("more than 470,000 people have been killed");
            assertThat(notice.findElement(By.cssSelector(".figure-changes")).getText())
                    .contains("450,000").contains("→").contains("470,000");
            Browser.snapshot(driver, "claim-check-for-updates-figure-changed");

            // Checked again with nothing new: said so, and nothing else changes.
            driver.get(base + "articles/" + articleId);
            driver.findElement(By.cssSelector("#check-updates button")).click();
            result = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("update-result")));
            assertThat(result.getText()).startsWith("No change since ")
                    .endsWith("the page's text is still that of version 2.");

            // The site goes down: said beside the button in the desk's words.
            site.fail("/syria-talks", 503);
            driver.findElement(By.cssSelector("#check-updates button")).click();
            result = wait.until(d -> {
                var found = d.findElements(By.cssSelector("#update-result.flash-error"));
                return found.isEmpty() ? null : found.get(0);
            });
            assertThat(result.getText())
                    .isEqualTo("Could not check for updates: the site answered 503 Service Unavailable.");
        }
    }
}
