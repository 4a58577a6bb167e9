package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.article.LocalSite;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Another newsroom's article with a fact-check embedded, in a real Chromium: the host page is served by a second
 * local server (127.0.0.1, another port: another origin than the desk's localhost); its first frame holds the
 * claim's card, which renders; its second frame holds the claim's public page, which the browser refuses to show
 * in a frame.
 */
@QuarkusTest
@ExtendWith(Browser.class)
class EmbedBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anotherSiteFramesTheCardButNotThePublicPage(WebDriver driver) throws Exception {
        long claim = Workflow.claimIn("PUBLISHED");
        String statement = Workflow.claim(claim).getString("statement");
        String desk = base.toString().replaceAll("/$", "");
        try (LocalSite newsroom = new LocalSite()) {
            newsroom.html("/story", "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Our story"
                    + "</title></head><body><h1>Our story</h1><p>Before the check.</p>"
                    + "<iframe id=\"card\" src=\"" + desk + "/public/claims/" + claim + "/embed\" width=\"560\""
                    + " height=\"300\"></iframe>"
                    + "<iframe id=\"page\" src=\"" + desk + "/public/claims/" + claim + "\" width=\"560\""
                    + " height=\"300\"></iframe><p>After the check.</p></body></html>");
            driver.get(newsroom.url("/story"));
            assertThat(driver.getCurrentUrl()).startsWith("http://127.0.0.1:" + newsroom.port());
            assertThat(desk).doesNotContain("127.0.0.1:" + newsroom.port());

            driver.switchTo().frame(driver.findElement(By.id("card")));
            WebElement headline = new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.findElements(By.cssSelector("article.card h1")).stream().findFirst().orElse(null));
            assertThat(headline.getText()).isEqualTo(statement);
            WebElement verdict = driver.findElement(By.cssSelector(".verdict"));
            assertThat(verdict.getText()).isEqualTo("Mostly false");
            assertThat(verdict.getCssValue("border-top-width")).as("the card's style sheet applies under its CSP")
                    .isEqualTo("2px");
            assertThat(driver.findElement(By.linkText("Read the full fact-check")).getAttribute("href"))
                    .endsWith("/public/claims/" + claim);
            driver.switchTo().defaultContent();
            Browser.snapshot(driver, "embedded-card");

            driver.switchTo().frame(driver.findElement(By.id("page")));
            // The refused frame holds the browser's error page, never the claim's page (driver.get waited for the
            // host page's load, which waits for its frames).
            assertThat(driver.findElements(By.cssSelector(".verdict"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector("script[type='application/ld+json']"))).isEmpty();
            assertThat(driver.getPageSource()).doesNotContain(statement);
            driver.switchTo().defaultContent();
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Our story");
        }
    }
}
