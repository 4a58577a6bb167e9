package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reviewer works the suggested sentences of an imported article in a real Chromium (docs/ui.md,
 * "Suggested claims"): sees them marked and counted, reads why with the keyboard, accepts the casualty
 * figure into the new-claim form, creates the claim, and dismisses another with one click.
 */
@QuarkusTest
@ExtendWith(Browser.class)
class SuggestionsBrowserTest {

    private static final String CASUALTIES = "more than 450.000 Syrians";

    @TestHTTPResource("/")
    URL base;

    @Test
    void reviewerAcceptsTheCasualtyFigureWithTheKeysAndDismissesAnotherWithOneClick(WebDriver driver) {
        long articleId = Articles.importDemoCopy().id();
        ReaderPage reader = openAsReviewer(driver, articleId);
        // The reader may replace what it shows while the test waits (a dismissal's answer, a live refresh):
        // an element found just before it was replaced is looked up again.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);

        List<WebElement> marks = driver.findElements(By.cssSelector("#article-body .sg-mark"));
        int open = marks.size();
        assertThat(open).isGreaterThan(1);
        assertThat(marks).allMatch(WebElement::isDisplayed);
        assertThat(count(driver)).isEqualTo(open + " left to review");
        WebElement underlined = driver.findElement(By.cssSelector("#article-body span.seg.sg"));
        assertThat(underlined.getCssValue("text-decoration-style")).isEqualTo("dotted");
        // The marks are no claim: no highlight and nothing in the claim list.
        assertThat(driver.findElements(By.cssSelector("#article-body .hl"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#claim-list .claim-item"))).isEmpty();

        // The "?" list names the keys.
        Actions keys = new Actions(driver);
        keys.sendKeys("?").perform();
        assertThat(driver.findElement(By.cssSelector(".keys-overlay")).getText())
                .contains("Next / previous suggested sentence");
        keys.sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();

        // s goes from suggestion to suggestion, the focused mark showing why, until the casualty figure.
        WebElement casualtyCard = card(driver, CASUALTIES);
        String key = casualtyCard.getDomAttribute("data-suggestion");
        for (int i = 0; i < open && !("sg-mark-" + key).equals(driver.switchTo().activeElement().getDomAttribute("id"));
                i++) {
            keys.sendKeys("s").perform();
        }
        WebElement mark = driver.switchTo().activeElement();
        assertThat(mark.getDomAttribute("id")).isEqualTo("sg-mark-" + key);
        assertThat(tip(driver, mark)).contains("Suggested claim").contains("Topic: Casualty figures")
                .contains("Figure: more than 450.000");
        assertThat(casualtyCard.getDomAttribute("class")).contains("is-current");
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const c = arguments[0].getBoundingClientRect(), l = arguments[0].parentElement.getBoundingClientRect();"
                        + " return c.top >= l.top - 1 && c.top < l.bottom;", casualtyCard))
                .as("the current card is in view in the list").isTrue();
        Browser.snapshot(driver, "reader-suggestion-reasons");

        // a accepts it: the form is filled, and only the reviewer's click creates the claim.
        keys.sendKeys("a").perform();
        String sentence = casualtyCard.findElement(By.cssSelector(".sg-quote")).getText();
        assertThat(sentence).contains(CASUALTIES);
        assertThat(driver.findElement(By.id("f-quote")).getDomProperty("value")).isEqualTo(sentence);
        assertThat(driver.findElement(By.id("f-statement")).getDomProperty("value")).isEqualTo(sentence);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("f-statement");
        assertThat(new Select(driver.findElement(By.id("f-topicId"))).getFirstSelectedOption().getText())
                .isEqualTo("Casualty figures");
        assertThat(driver.findElement(By.name("start")).getDomProperty("value"))
                .isEqualTo(casualtyCard.getDomAttribute("data-start"));
        assertThat(Articles.claimIdsOf(articleId)).isEmpty();
        Browser.snapshot(driver, "reader-suggestion-accepted");

        submit(driver);
        wait.until(ExpectedConditions.urlContains("created="));
        long claimId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*created=(\\d+).*", "$1"));

        // The claim, with its topic and its figure; the sentence is reviewed now.
        assertThat(reader.listItem(claimId).getText()).contains(CASUALTIES).contains("Casualty figures");
        JsonPath claim = Api.asReviewer().get("/api/claims/{id}", claimId).then().statusCode(200).extract().jsonPath();
        assertThat(claim.getString("topic.name")).isEqualTo("Casualty figures");
        assertThat(claim.getString("quote.exact")).isEqualTo(sentence);
        JsonPath figures = claim;
        assertThat(figures.getList("figures.text", String.class)).anyMatch(t -> t.contains("more than 450.000"));
        assertThat(figures.getDouble("figures.find { it.text.contains('450.000') }.low")).isEqualTo(450000.0);
        assertThat(count(driver)).isEqualTo((open - 1) + " left to review");
        assertThat(driver.findElements(By.id("sg-mark-" + key))).isEmpty();

        // Dismissing another takes one click; it can be brought back.
        WebElement other = driver.findElement(By.cssSelector("#suggestion-list .suggestion-item"));
        String otherKey = other.getDomAttribute("data-suggestion");
        other.findElement(By.cssSelector(".sg-dismiss")).click();
        wait.until(d -> count(d).equals((open - 2) + " left to review"));
        assertThat(driver.findElements(By.id("sg-mark-" + otherKey))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".sg-dismissed summary")).getText())
                .isEqualTo("Show dismissed (1)");
        Browser.snapshot(driver, "reader-suggestion-dismissed");
    }

    @Test
    void hoveringShowsWhyAndUsingOneWithoutAProposedTopicLeavesTheTopicToTheReviewer(WebDriver driver) {
        long articleId = Articles.importDemoCopy().id();
        ReaderPage reader = openAsReviewer(driver, articleId);

        WebElement card = driver.findElements(By.cssSelector("#suggestion-list .suggestion-item")).stream()
                .filter(li -> li.getDomAttribute("data-topic-id").isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("The demo article has a suggestion without a proposed topic"));
        String key = card.getDomAttribute("data-suggestion");
        WebElement sentence = driver.findElement(By.cssSelector("#article-body span.seg.sg[data-suggestion='" + key
                + "']"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", sentence);
        WebElement mark = driver.findElement(By.id("sg-mark-" + key));
        assertThat(tip(driver, mark)).isNull();
        new Actions(driver).moveToElement(sentence).perform();
        assertThat(tip(driver, mark)).contains(card.findElement(By.cssSelector(".sg-why")).getText()
                .replaceAll(" Score .*$", ""));

        String words = card.findElement(By.cssSelector(".sg-quote")).getText();
        card.findElement(By.cssSelector(".sg-use")).click();
        assertThat(driver.getCurrentUrl()).doesNotContain("use="); // filled in the page, not reloaded
        assertThat(driver.findElement(By.id("f-quote")).getDomProperty("value")).isEqualTo(words);
        assertThat(new Select(driver.findElement(By.id("f-topicId"))).getFirstSelectedOption().getText())
                .isEqualTo("Choose a topic");

        // Submitting without choosing is refused beside the topic, with the form kept.
        submit(driver);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("e-topic")));
        assertThat(Articles.claimIdsOf(articleId)).isEmpty();
        assertThat(driver.findElement(By.id("f-quote")).getDomProperty("value")).isEqualTo(words);
    }

    @Test
    void reviewerTakesOnlyTheClauseOfTheCasualtyFigureWithTheKeyboard(WebDriver driver) {
        long articleId = Articles.importDemoCopy().id();
        ReaderPage reader = openAsReviewer(driver, articleId);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        int open = driver.findElements(By.cssSelector("#article-body .sg-mark")).size();

        WebElement casualtyCard = card(driver, CASUALTIES);
        String sentence = casualtyCard.findElement(By.cssSelector(".sg-quote")).getText();
        WebElement link = casualtyCard.findElements(By.cssSelector(".sg-use-clause")).stream()
                .filter(a -> a.getText().contains(CASUALTIES)).findFirst()
                .orElseThrow(() -> new AssertionError("No clause holds the casualty figure"));
        String clause = link.findElement(By.tagName("q")).getText();
        assertThat(clause).contains(CASUALTIES).doesNotContain("12 million");
        assertThat(clause.length()).isLessThan(sentence.length());

        // Focused and taken with Enter, as with Tab: the form holds the clause, the rest is the sentence's.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].focus()", link);
        assertThat(driver.switchTo().activeElement()).isEqualTo(link);
        new Actions(driver).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        assertThat(driver.getCurrentUrl()).doesNotContain("clause="); // filled in the page, not reloaded
        assertThat(driver.findElement(By.id("f-quote")).getDomProperty("value")).isEqualTo(clause);
        assertThat(driver.findElement(By.id("f-statement")).getDomProperty("value")).isEqualTo(clause);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("f-statement");
        assertThat(driver.findElement(By.name("start")).getDomProperty("value"))
                .isEqualTo(link.getDomAttribute("data-start"));
        assertThat(driver.findElement(By.name("end")).getDomProperty("value"))
                .isEqualTo(link.getDomAttribute("data-end"));
        assertThat(new Select(driver.findElement(By.id("f-topicId"))).getFirstSelectedOption().getText())
                .isEqualTo("Casualty figures");
        assertThat(driver.findElement(By.id("selection-hint")).getText())
                .startsWith("Filled from the clause of a suggested sentence");
        Browser.snapshot(driver, "reader-suggestion-clause");

        submit(driver);
        wait.until(ExpectedConditions.urlContains("created="));
        long claimId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*created=(\\d+).*", "$1"));

        // The claim quotes the clause and holds its figure, not the other clause's.
        JsonPath claim = Api.asReviewer().get("/api/claims/{id}", claimId).then().statusCode(200).extract().jsonPath();
        assertThat(claim.getString("quote.exact")).isEqualTo(clause);
        assertThat(claim.getString("topic.name")).isEqualTo("Casualty figures");
        assertThat(claim.getList("figures.text", String.class)).containsExactly(CASUALTIES);
        assertThat(claim.getDouble("figures[0].low")).isEqualTo(450000.0);
        // The clause is most of the sentence, so the sentence counts as reviewed.
        assertThat(count(driver)).isEqualTo((open - 1) + " left to review");
    }

    /**
     * The reader scrolls smoothly unless the reviewer asks for less motion; asking for it here makes every
     * scroll end before the next click, as a person's clicks do.
     */
    /** The reader of {@code articleId}, signed in as the demo reviewer, without animations. */
    private ReaderPage openAsReviewer(WebDriver driver, long articleId) {
        ReaderPage reader = new ReaderPage(driver, base.toString());
        reader.signIn("reviewer", "reviewer-demo");
        withoutMotion(driver);
        driver.get(base + "articles/" + articleId);
        return reader;
    }

    private static void withoutMotion(WebDriver driver) {
        ((org.openqa.selenium.chromium.ChromiumDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("features", List.of(java.util.Map.of("name", "prefers-reduced-motion",
                        "value", "reduce"))));
    }

    /** The tooltip a mark shows now (its ::after), or null when it shows none. */
    private static String tip(WebDriver driver, WebElement mark) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const s = getComputedStyle(arguments[0], '::after');
                return s.display === 'none' ? null : arguments[0].getAttribute('data-tip');""", mark);
    }

    private static void submit(WebDriver driver) {
        WebElement button = driver.findElement(By.cssSelector("#claim-form button[type=submit]"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
    }

    private static String count(WebDriver driver) {
        return driver.findElement(By.id("suggestion-count")).getText();
    }

    private static WebElement card(WebDriver driver, String words) {
        return driver.findElements(By.cssSelector("#suggestion-list .suggestion-item")).stream()
                .filter(li -> li.findElement(By.cssSelector(".sg-quote")).getText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("No suggestion holds \"" + words + "\""));
    }
}
