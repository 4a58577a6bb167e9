package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Live pages (docs/ui.md, "Live pages"): what a colleague does through another session appears on the
 * editor's reader, workboard and claim page without a reload, and what the editor is typing stays as it is.
 */
@QuarkusTest
@ExtendWith(Browser.class)
class LiveDeskBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aColleaguesNewClaimAndItsMoveAppearOnTheWorkboardWhileTheEditorTypes(WebDriver driver) {
        Workflow.ensureUsers();
        var article = Articles.importText(Articles.unique("Live board"),
                "The council said 300 new homes were built last year. The mayor said 12 schools opened.");
        Browser.signIn(driver, base.toString(), "editor", "editor-demo");
        driver.get(base + "workboard?article=" + article.id());
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.notReloaded = true;");
        waitFor(driver, d -> d.findElements(By.cssSelector("[data-live-open]")).size() == 1);
        WebElement search = driver.findElement(By.id("f-q"));
        search.click();
        search.sendKeys("homes bu");

        long claim = Articles.markByQuote(article.id(), "300 new homes were built last year", "Other");
        WebElement card = waitFor(driver, d -> d.findElement(By.cssSelector(
                ".board-column[data-state=NEW] #card-" + claim)));
        assertThat(card.getText()).contains("300 new homes were built last year");
        assertThat(count(driver, "NEW")).isEqualTo("1");

        Workflow.move(Workflow.SETUP_REVIEWER, claim, "RESEARCHING", Map.of(), 200);
        waitFor(driver, d -> d.findElements(By.cssSelector(".board-column[data-state=RESEARCHING] #card-" + claim))
                .size() == 1);
        waitFor(driver, d -> count(d, "RESEARCHING").equals("1") && count(d, "NEW").equals("0"));
        assertThat(driver.findElements(By.cssSelector(".board-column[data-state=NEW] #card-" + claim))).isEmpty();

        assertThat(js.executeScript("return window.notReloaded === true;")).as("no reload").isEqualTo(true);
        assertThat(js.executeScript("return document.activeElement.id;")).as("focus stays").isEqualTo("f-q");
        assertThat(search.getDomProperty("value")).as("what the editor typed stays").isEqualTo("homes bu");
    }

    @Test
    void theClaimPageShowsNewCommentsAndSaysWhoElseEditedTheClaimJustNow(WebDriver driver) {
        long claim = Workflow.newClaim();
        Browser.signIn(driver, base.toString(), "editor", "editor-demo");
        driver.get(base + "claims/" + claim);
        WebElement notice = driver.findElement(By.id("live-notice"));
        waitFor(driver, d -> notice.getDomAttribute("data-live-open") != null);
        assertThat(notice.getText()).isEmpty();

        WebElement typing = driver.findElement(By.cssSelector("#comments textarea[name=body]"));
        typing.click();
        typing.sendKeys("My own draft");

        Api.asReviewer().body(Map.of("body", "The budget office has the figures.")).post("/api/claims/{id}/comments",
                claim).then().statusCode(201);
        waitFor(driver, d -> d.findElement(By.cssSelector("#comments ol.comments")).getText()
                .contains("The budget office has the figures."));
        assertThat(notice.getText()).as("a comment makes nothing stale").isEmpty();

        Api.asReviewer().body(Map.of("statement", "Forty percent went to schools.", "version", Workflow.version(claim)))
                .patch("/api/claims/{id}", claim).then().statusCode(200);
        waitFor(driver, d -> notice.getText().contains("Edited by reviewer just now"));
        assertThat(typing.getDomProperty("value")).as("the draft stays").isEqualTo("My own draft");
        assertThat(((JavascriptExecutor) driver).executeScript("return document.activeElement.name;"))
                .as("focus stays").isEqualTo("body");
        assertThat(notice.getText()).isEqualTo("Edited by reviewer just now — show changes");
        assertThat(notice.findElement(By.linkText("show changes")).getDomAttribute("href"))
                .isEqualTo("/claims/" + claim + "/history");
    }

    @Test
    void aClaimTheReviewerMarksAppearsInTheEditorsReaderAndWorkboardAndTheEditorsMovesRecolourIt(
            WebDriver reviewerBrowser, WebDriver editorBrowser) {
        Workflow.ensureUsers();
        var article = Articles.importText(Articles.unique("Live reader"),
                "The council said 300 new homes were built last year.\n\nThe mayor said 12 schools opened.");
        String reader = base + "articles/" + article.id();

        // The editor has the reader open, and starts a claim of their own in its form …
        Browser.signIn(editorBrowser, base.toString(), "editor", "editor-demo");
        editorBrowser.get(reader);
        String editorsReader = editorBrowser.getWindowHandle();
        openLive(editorBrowser);
        ((JavascriptExecutor) editorBrowser).executeScript(
                "window.untouched = document.querySelectorAll('#article-body p.para')[1];");
        assertThat(editorBrowser.findElements(By.cssSelector("#article-body .hl"))).isEmpty();
        editorBrowser.findElement(By.cssSelector("#new-claim summary")).click();
        WebElement draft = editorBrowser.findElement(By.id("f-statement"));
        draft.click();
        draft.sendKeys("My own draft");
        // … and the workboard of the article in another window.
        editorBrowser.switchTo().newWindow(WindowType.WINDOW);
        editorBrowser.get(base + "workboard?article=" + article.id());
        String editorsBoard = editorBrowser.getWindowHandle();
        openLive(editorBrowser);

        ReaderPage reviewer = new ReaderPage(reviewerBrowser, base.toString());
        reviewer.signIn("reviewer", "reviewer-demo");
        reviewerBrowser.get(reader);
        // The reviewer sees who else reads the article (the line that says so comes before the text).
        waitFor(reviewerBrowser, d -> d.findElement(By.id("presence")).getText().startsWith("Also reading: ED"));
        reviewer.selectWithMouse("300 new homes", "last year");
        long claim = reviewer.createClaim("The council built 300 homes last year.", "Other");
        openLive(reviewerBrowser);

        // The workboard: the new card and its count.
        WebElement card = waitFor(editorBrowser, d -> d.findElement(By.cssSelector(
                ".board-column[data-state=NEW] #card-" + claim)));
        assertThat(card.getText()).contains("300 new homes were built last year");
        waitFor(editorBrowser, d -> count(d, "NEW").equals("1"));
        assertThat(notReloaded(editorBrowser)).as("the workboard was not reloaded").isTrue();

        // The reader: the new highlight and its card; the editor's draft and focus as they were.
        editorBrowser.switchTo().window(editorsReader);
        ReaderPage editor = new ReaderPage(editorBrowser, base.toString());
        waitFor(editorBrowser, d -> !editor.highlightsOf(claim).isEmpty());
        assertThat(text(editor.highlightsOf(claim))).isEqualTo("300 new homes were built last year");
        assertThat(editor.highlightsOf(claim).get(0).getDomAttribute("data-state")).isEqualTo("NEW");
        assertThat(editor.listItem(claim).getText()).contains("New").contains("Other")
                .contains("300 new homes were built last year").contains("The council built 300 homes last year.");
        assertThat(editorBrowser.findElement(By.id("claims-title")).getText()).isEqualTo("Claims (1)");
        assertThat(editorBrowser.findElement(By.id("jump-claims")).getDomProperty("textContent")).isEqualTo("Claims (1)");
        assertThat(editorBrowser.findElements(By.cssSelector(".reader-side > p.empty"))).as("no \"No claims yet\"").isEmpty();
        assertThat(notReloaded(editorBrowser)).as("the reader was not reloaded").isTrue();
        assertThat(((JavascriptExecutor) editorBrowser).executeScript(
                "return document.querySelectorAll('#article-body p.para')[1] === window.untouched;"))
                .as("only the paragraph that changed is replaced").isEqualTo(true);
        assertThat(draft.getDomProperty("value")).as("the draft stays").isEqualTo("My own draft");
        assertThat(((JavascriptExecutor) editorBrowser).executeScript("return document.activeElement.id;"))
                .as("focus stays").isEqualTo("f-statement");

        // The editor takes the claim on and gives it a verdict: the reviewer's reader recolours it.
        editorBrowser.switchTo().window(editorsBoard);
        ClaimPage claimPage = new ClaimPage(editorBrowser, base.toString());
        claimPage.open(claim);
        claimPage.move("RESEARCHING");
        waitFor(reviewerBrowser, d -> "RESEARCHING".equals(reviewer.highlightsOf(claim).get(0)
                .getDomAttribute("data-state")));
        WebElement item = reviewer.listItem(claim);
        assertThat(item.getDomAttribute("data-state")).isEqualTo("RESEARCHING");
        assertThat(item.findElement(By.cssSelector(".badge.state-RESEARCHING")).getText()).isEqualTo("Researching");
        assertThat(item.findElements(By.cssSelector(".badge.verdict"))).isEmpty();

        claimPage.setVerdict("Mostly false", "The council's own report counts 240 homes.");
        waitFor(reviewerBrowser, d -> !item.findElements(By.cssSelector(".badge.verdict")).isEmpty());
        assertThat(item.findElement(By.cssSelector(".badge.verdict")).getText()).isEqualTo("Mostly false");
        assertThat(notReloaded(reviewerBrowser)).as("the reviewer's reader was not reloaded").isTrue();
    }

    @Test
    void aColleaguesClaimWaitsWhileTheEditorSelectsInItsParagraphAndTheChosenPassageStays(WebDriver driver) {
        Workflow.ensureUsers();
        var article = Articles.importText(Articles.unique("Live selection"),
                "The council said 300 new homes were built last year. The mayor said 12 schools opened.");
        Browser.signIn(driver, base.toString(), "editor", "editor-demo");
        driver.get(base + "articles/" + article.id());
        openLive(driver);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        waitFor(driver, d -> readerFetches(js, article.id()) == 1); // once connected, for what changed meanwhile
        js.executeScript(SELECT, "12 schools opened");
        waitFor(driver, d -> "12 schools opened".equals(d.findElement(By.id("f-quote")).getDomProperty("value")));
        String start = driver.findElement(By.name("start")).getDomProperty("value");
        long fetched = readerFetches(js, article.id());

        long claim = Articles.markByQuote(article.id(), "300 new homes were built last year", "Other");
        // The page has fetched the change (and had time to show it): the selection holds it back.
        waitFor(driver, d -> readerFetches(js, article.id()) > fetched);
        js.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 200);");
        assertThat(js.executeScript("return window.getSelection().toString();")).isEqualTo("12 schools opened");
        assertThat(driver.findElements(By.cssSelector("#article-body .hl"))).isEmpty();

        // The editor lets go of the selection: the claim shows, the passage chosen in the form stays.
        js.executeScript("window.getSelection().removeAllRanges();");
        waitFor(driver, d -> !new ReaderPage(d, base.toString()).highlightsOf(claim).isEmpty());
        assertThat(driver.findElement(By.id("f-quote")).getDomProperty("value")).isEqualTo("12 schools opened");
        assertThat(driver.findElement(By.name("start")).getDomProperty("value")).isEqualTo(start);
        assertThat(js.executeScript("return [...CSS.highlights.get('fd-pending')][0].toString();"))
                .as("the chosen passage is still shown on the new text").isEqualTo("12 schools opened");
        assertThat(notReloaded(driver)).isTrue();
    }

    @Test
    void aNewVersionOfTheArticleIsAnnouncedInTheReaderNotSwappedUnderTheEditor(WebDriver driver) {
        Workflow.ensureUsers();
        var article = Articles.importText(Articles.unique("Live version"),
                "The council said 300 new homes were built last year. The mayor said 12 schools opened.");
        Browser.signIn(driver, base.toString(), "editor", "editor-demo");
        driver.get(base + "articles/" + article.id());
        openLive(driver);
        WebElement notice = driver.findElement(By.id("live-notice"));
        assertThat(notice.getText()).isEmpty();

        Api.asReviewer().body(Map.of("body", "The council said 240 new homes were built last year.",
                "note", "Corrected by the publisher")).post("/api/articles/{id}/versions", article.id())
                .then().statusCode(201);
        waitFor(driver, d -> !notice.getText().isEmpty());
        assertThat(notice.getText()).isEqualTo("A new version of this article arrived — read it");
        assertThat(driver.findElement(By.id("article-body")).getText()).as("the text read stays")
                .contains("300 new homes").contains("12 schools opened");
        assertThat(notReloaded(driver)).isTrue();
        notice.findElement(By.linkText("read it")).click();
        waitFor(driver, d -> d.findElement(By.id("article-body")).getText().contains("240 new homes"));
    }

    @Test
    void aSuggestionAColleagueDismissesLeavesTheReaderAndComesBackWhenBroughtBack(WebDriver driver) {
        Workflow.ensureUsers();
        var article = Articles.importText(Articles.unique("Live suggestions"),
                "The council said 300 new homes were built last year.\n\nThe mayor said 12 schools opened in 2025.");
        Browser.signIn(driver, base.toString(), "editor", "editor-demo");
        driver.get(base + "articles/" + article.id());
        openLive(driver);
        WebElement first = driver.findElement(By.cssSelector("#suggestion-list .suggestion-item"));
        String key = first.getDomAttribute("data-suggestion");
        String quote = first.findElement(By.cssSelector(".sg-quote")).getDomProperty("textContent");
        int start = Integer.parseInt(first.getDomAttribute("data-start"));
        int end = Integer.parseInt(first.getDomAttribute("data-end"));
        String open = driver.findElement(By.id("suggestion-count")).getText();

        // A reviewer dismisses it elsewhere: the card leaves the list and shows under "Show dismissed".
        dismissSuggestion(article.id(), start, end);
        waitFor(driver, d -> d.findElements(By.id("sg-" + key)).isEmpty());
        waitFor(driver, d -> d.findElement(By.cssSelector("#suggestions details.sg-dismissed"))
                .getDomProperty("textContent").contains(quote));
        assertThat(driver.findElement(By.cssSelector("#suggestions details.sg-dismissed summary")).getText())
                .isEqualTo("Show dismissed (1)");
        assertThat(driver.findElement(By.id("suggestion-count")).getText()).isNotEqualTo(open);

        // … and brings it back: the card is in the list again, in its place, and "Use as claim" fills the form.
        bringBackSuggestion(article.id(), start, end);
        WebElement back = waitFor(driver, d -> d.findElement(By.id("sg-" + key)));
        assertThat(driver.findElement(By.cssSelector("#suggestion-list .suggestion-item")).getDomAttribute("id"))
                .isEqualTo("sg-" + key);
        assertThat(driver.findElement(By.id("suggestion-count")).getText()).isEqualTo(open);
        waitFor(driver, d -> d.findElements(By.cssSelector("#suggestions details.sg-dismissed")).isEmpty());
        back.findElement(By.cssSelector(".sg-use")).click();
        waitFor(driver, d -> quote.equals(d.findElement(By.id("f-quote")).getDomProperty("value")));
        assertThat(driver.findElement(By.name("start")).getDomProperty("value")).isEqualTo(String.valueOf(start));
        assertThat(notReloaded(driver)).isTrue();
    }

    @Test
    void aSuggestionBroughtBackAppearsOnAReaderThatOpenedWithNone(WebDriver driver) {
        Workflow.ensureUsers();
        var article = Articles.importText(Articles.unique("Live suggestion back"),
                "The council said 300 new homes were built last year.");
        var open = Api.asReviewer().get("/api/articles/{id}/suggestions", article.id()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(open.getList("items")).as("the sentence is suggested").hasSize(1);
        int start = open.getInt("items[0].start");
        int end = open.getInt("items[0].end");
        dismissSuggestion(article.id(), start, end);
        Browser.signIn(driver, base.toString(), "editor", "editor-demo");
        driver.get(base + "articles/" + article.id());
        openLive(driver);
        assertThat(driver.findElements(By.id("suggestion-list"))).isEmpty();

        bringBackSuggestion(article.id(), start, end);
        WebElement back = waitFor(driver, d -> d.findElement(By.cssSelector("#suggestion-list .suggestion-item")));
        assertThat(back.getText()).contains("The council said 300 new homes were built last year.");
        back.findElement(By.cssSelector(".sg-use")).click();
        waitFor(driver, d -> "The council said 300 new homes were built last year."
                .equals(d.findElement(By.id("f-quote")).getDomProperty("value")));
        assertThat(notReloaded(driver)).isTrue();
    }

    /** Selects the first occurrence of a text in the article, as a drag would, without a mouse. */
    private static final String SELECT = """
            const walker = document.createTreeWalker(document.getElementById('article-body'), NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const n = walker.currentNode, at = n.data.indexOf(arguments[0]);
              if (at >= 0) {
                const r = document.createRange();
                r.setStart(n, at);
                r.setEnd(n, at + arguments[0].length);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(r);
                return;
              }
            }
            """;

    /** How many times the page fetched the reader of the article (the first when its stream connected). */
    private static long readerFetches(JavascriptExecutor js, long article) {
        return ((Number) js.executeScript("return performance.getEntriesByType('resource').filter(e => "
                + "e.initiatorType === 'fetch' && new URL(e.name).pathname === '/articles/' + arguments[0]).length;",
                article)).longValue();
    }

    /** Waits for the page's event stream, and marks the page: a reload would drop the mark. */
    /** A reviewer dismisses the suggestion at start-end elsewhere (the API). */
    private static void dismissSuggestion(long article, int start, int end) {
        Api.asReviewer().body(Map.of("start", start, "end", end))
                .post("/api/articles/{id}/suggestions/dismissals", article).then().statusCode(200);
    }

    /** A reviewer brings it back elsewhere (the API). */
    private static void bringBackSuggestion(long article, int start, int end) {
        Api.asReviewer().queryParam("start", start).queryParam("end", end)
                .delete("/api/articles/{id}/suggestions/dismissals", article).then().statusCode(200);
    }

    private static void openLive(WebDriver driver) {
        waitFor(driver, d -> d.findElements(By.cssSelector("[data-live-open]")).size() == 1);
        ((JavascriptExecutor) driver).executeScript("window.notReloaded = true;");
    }

    private static boolean notReloaded(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.notReloaded === true;"));
    }

    private static String text(java.util.List<WebElement> highlights) {
        return highlights.stream().map(WebElement::getText).collect(java.util.stream.Collectors.joining());
    }

    private static String count(WebDriver driver, String state) {
        return driver.findElement(By.cssSelector(".board-column[data-state=" + state + "] .board-column-head .count"))
                .getText();
    }

    private static <T> T waitFor(WebDriver driver, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }
}
