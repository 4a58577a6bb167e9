package io.factdesk.desk;

import io.factdesk.testing.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a reviewer does in the browser: sign in, import, select text with the mouse, mark a claim. */
final class ReaderPage {

    /** Viewport coordinates of the first character of one text and the last character of another. */
    private static final String LOCATE = """
            const [from, to] = arguments;
            const body = document.getElementById('article-body');
            const nodes = []; let text = '';
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const n = walker.currentNode;
              if (n.parentElement.closest('.seg')) { nodes.push([n, text.length]); text += n.data; }
            }
            const a = text.indexOf(from);
            const b = text.indexOf(to, a) + to.length;
            if (a < 0 || b < to.length) return null;
            const at = (i) => { for (let k = nodes.length - 1; k >= 0; k--) if (nodes[k][1] <= i) return [nodes[k][0], i - nodes[k][1]]; };
            const rect = (i, len) => { const [n, o] = at(i); const r = document.createRange(); r.setStart(n, o); r.setEnd(n, o + len); return r.getClientRects()[0]; };
            at(a)[0].parentElement.scrollIntoView({block: 'center'});
            const last = to.codePointAt(to.length - 1) > 0xffff || (to.charCodeAt(to.length - 1) & 0xfc00) === 0xdc00 ? 2 : 1;
            const s = rect(a, 1), e = rect(b - last, last);
            return [s.left + 1, s.top + s.height / 2, e.right - 1, e.top + e.height / 2];
            """;

    private final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;

    ReaderPage(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    void signIn(String user, String password) {
        Browser.signIn(driver, base, user, password);
    }

    /** Imports through the form; text typed when {@code type} is true, else set as the field's value. */
    long importArticle(String title, String text, boolean type) {
        driver.get(base + "/articles/new");
        driver.findElement(By.id("f-title")).sendKeys(title);
        WebElement body = driver.findElement(By.id("f-text"));
        if (type) {
            body.sendKeys(text);
        } else {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", body, text);
        }
        driver.findElement(By.cssSelector(".import-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-body")));
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*/articles/(\\d+).*", "$1"));
    }

    /** Drags the mouse from the first character of {@code from} to the last character of {@code to}. */
    void selectWithMouse(String from, String to) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) ((JavascriptExecutor) driver).executeScript(LOCATE, from, to);
        if (xy == null) {
            throw new AssertionError("The text to select is not on the page: " + from + " … " + to);
        }
        String before = chosenRange();
        new Actions(driver)
                .moveToLocation(xy.get(0).intValue(), xy.get(1).intValue())
                .clickAndHold()
                .moveToLocation(xy.get(2).intValue(), xy.get(3).intValue())
                .release()
                .perform();
        // A second selection must wait for its own offsets, not pass on the first one's.
        wait.until(d -> !chosenRange().equals("-") && !chosenRange().equals(before));
    }

    private String chosenRange() {
        return driver.findElement(By.name("start")).getDomProperty("value") + "-"
                + driver.findElement(By.name("end")).getDomProperty("value");
    }

    String selectedQuote() {
        return driver.findElement(By.id("f-quote")).getDomProperty("value");
    }

    /** Fills the new-claim form and submits it; returns the id of the claim created. */
    long createClaim(String statement, String topic) {
        return createClaim(statement, null, topic);
    }

    long createClaim(String statement, String claimant, String topic) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-statement")));
        driver.findElement(By.id("f-statement")).sendKeys(statement);
        if (claimant != null) {
            driver.findElement(By.id("f-claimant")).sendKeys(claimant);
        }
        new Select(driver.findElement(By.id("f-topicId"))).selectByVisibleText(topic);
        driver.findElement(By.cssSelector("#claim-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("created="));
        return Long.parseLong(driver.getCurrentUrl().replaceAll(".*created=(\\d+).*", "$1"));
    }

    /** The highlighted spans of one claim, in reading order. */
    List<WebElement> highlightsOf(long claimId) {
        return driver.findElements(By.cssSelector("#article-body .hl")).stream()
                .filter(e -> List.of(e.getDomAttribute("data-claims").split(" ")).contains(String.valueOf(claimId)))
                .toList();
    }

    WebElement listItem(long claimId) {
        return driver.findElement(By.cssSelector("#claim-list li[data-claim-id='" + claimId + "']"));
    }
}
