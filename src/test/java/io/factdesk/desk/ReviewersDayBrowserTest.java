package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18 in a real browser (docs/ui.md): a wrong password keeps the user name; a selection says its words, not
 * its offsets, leaves the topic to the reviewer, and warns when it runs over a paragraph's end.
 */
@QuarkusTest
@ExtendWith(Browser.class)
class ReviewersDayBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aWrongPasswordKeepsTheUserName(WebDriver driver) {
        driver.manage().deleteAllCookies();
        driver.get(base.toString().replaceAll("/$", "") + "/login");
        driver.findElement(By.id("j_username")).sendKeys(Api.REVIEWER.username());
        driver.findElement(By.id("j_password")).sendKeys("not-the-password");
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("error=true"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(
                d -> Api.REVIEWER.username().equals(d.findElement(By.id("j_username")).getDomProperty("value")));
        assertThat(driver.findElement(By.id("sign-in-error")).getText())
                .isEqualTo("The user name or password is wrong.");
        assertThat(driver.findElement(By.id("j_password")).getDomProperty("value")).isEmpty();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("j_password");
    }

    @Test
    void aSelectionIsNamedByItsWordsNeedsATopicAndWarnsAcrossParagraphs(WebDriver driver) {
        driver.manage().deleteAllCookies();
        Articles.ImportedArticle article = Articles.importDemoCopy();
        ReaderPage reader = new ReaderPage(driver, base.toString());
        reader.signIn(Api.REVIEWER.username(), Api.REVIEWER.password());
        driver.get(base.toString().replaceAll("/$", "") + "/articles/" + article.id());

        reader.selectWithMouse("Assad insisted", "political transition");
        assertThat(driver.findElement(By.id("selection-hint")).getText()).isEqualTo(
                "Selected \u201cAssad insisted his Russian counterpart Vladimir Putin and Foreign Minister Se\u2026\u201d:"
                        + " write the statement, then create the claim.");
        assertThat(driver.findElement(By.id("paragraph-warning")).isDisplayed()).isFalse();
        assertThat(new Select(driver.findElement(By.id("f-topicId"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEmpty();

        reader.selectWithMouse("Only the Syrian people", "a negotiated settlement");
        assertThat(driver.findElement(By.id("paragraph-warning")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("paragraph-warning")).getText())
                .isEqualTo("Your selection spans more than one paragraph: check that it is one claim.");
    }
}
