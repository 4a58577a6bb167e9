package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The layout a reviewer sees at desktop and phone widths (docs/ui.md, "Widths, badges and overlaps"),
 * measured as element boxes in Chromium: workboard cards inside their columns at 1024 and 1440 px,
 * the phone header's height, the reader's first phone screen, state pills unlike verdict badges, and
 * one claim per click on nested marks. With {@code -Dui.screenshots=true} it also writes the
 * screenshots of docs/ui.md into docs/ui/.
 */
@QuarkusTest
@ExtendWith(Browser.class)
class LayoutBrowserTest {

    /** The phone header's bound with the menu closed: the brand and the menu button; it was about 150 px. */
    static final int PHONE_HEADER_MAX_PX = 80;

    /** How many Tab stops from the top of the claim page may come before its review panel's first control. */
    static final int TABS_TO_THE_NEXT_MOVE = 8;

    static final String OUTER = "The minister said that \u201cthe political transition\u201d would start on Monday.";
    static final String INNER = "the political transition\u201d";

    private static final String LONG_TITLE = "A very long article title about the ceasefire, the political transition, "
            + "the casualty figures and the military cooperation that were announced in the capital on Monday "
            + "after three days of talks ";

    @TestHTTPResource("/")
    URL base;

    private static long articleId;
    private static long outerId;
    private static long innerId;

    @BeforeEach
    void article() {
        synchronized (LayoutBrowserTest.class) {
            if (articleId != 0) {
                return;
            }
            Desk.ensureUsers();
            articleId = Articles.importText(Articles.unique(LONG_TITLE), "Layout test " + Articles.unique("")
                    + ". " + OUTER + " Fact 1 is true. Fact 2 is true. Fact 3 is true.").id();
            outerId = Articles.markClaim(articleId, Map.of("quote", Map.of("exact", OUTER), "topic", "Other",
                    "statement", "The transition starts on Monday"));
            innerId = Articles.markClaim(articleId, Map.of("quote", Map.of("exact", INNER), "topic",
                    "Political transition", "statement", "There is a political transition"));
            List<String> states = List.of("RESEARCHING", "IN_REVIEW", "APPROVED");
            for (int i = 0; i < states.size(); i++) {
                Desk.bring(Desk.claim(articleId, i + 1), states.get(i));
            }
        }
    }

    @Test
    void workboardCardsStayInsideTheirColumnsAt1024And1440(WebDriver driver) throws IOException {
        signIn(driver, Api.EDITOR);
        for (int width : List.of(1024, 1440)) {
            size(driver, width, 900, false);
            driver.get(base + "workboard");
            waitFor(driver, By.cssSelector(".board-card"));
            @SuppressWarnings("unchecked")
            List<String> faults = (List<String>) js(driver, """
                    const faults = [];
                    const cols = [...document.querySelectorAll('.board-column')];
                    const boxes = [...document.querySelectorAll('.board input[type=checkbox]')];
                    const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5;
                    const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
                    for (const col of cols) {
                      const c = col.getBoundingClientRect();
                      for (const card of col.querySelectorAll('.board-card')) {
                        const r = card.getBoundingClientRect();
                        if (!inside(r, c)) faults.push(card.id + ' ' + r.left + '-' + r.right + ' outside ' + c.left + '-' + c.right);
                        for (const box of boxes) {
                          if (!card.contains(box) && box.closest('.board-column') !== col && meets(r, box.getBoundingClientRect()))
                            faults.push(card.id + ' covers a checkbox of another column');
                        }
                      }
                    }
                    return faults;""");
            assertThat(faults).as("cards outside their column at %d px", width).isEmpty();
            assertThat(driver.findElements(By.cssSelector(".board-card"))).isNotEmpty();
            assertThat(driver.findElements(By.cssSelector(".board-card input.select"))).as("editor's checkboxes")
                    .isNotEmpty();
            // The article's title: one line, cut, the whole title in its title attribute.
            WebElement title = driver.findElement(By.cssSelector(".board-card .card-meta a.article[title^='A very long']"));
            assertThat(title.getDomAttribute("title")).startsWith(LONG_TITLE.strip());
            assertThat(title.getRect().getHeight()).as("one line").isLessThan(30);
            screenshot(driver, "workboard-" + width);
        }
    }

    @Test
    void statePillsAndVerdictBadgesLookDifferentAndReadWell(WebDriver driver) {
        signIn(driver, Api.EDITOR);
        size(driver, 1440, 900, false);
        driver.get(base + "workboard");
        WebElement inReview = waitFor(driver, By.cssSelector(".board-column-head .badge.state-IN_REVIEW"));
        driver.get(base + "rating-scale");
        waitFor(driver, By.cssSelector(".badge.verdict"));
        Map<String, String> half = style(driver, "Half true");
        Map<String, String> mostlyFalse = style(driver, "Mostly false");
        driver.get(base + "workboard");
        inReview = waitFor(driver, By.cssSelector(".board-column-head .badge.state-IN_REVIEW"));
        Map<String, String> state = style(driver, inReview);

        assertThat(state.get("radius")).isNotEqualTo(half.get("radius"));
        assertThat(px(state.get("radius"))).as("a state is a rounded pill").isGreaterThan(8);
        assertThat(px(half.get("radius"))).as("a verdict is square-cornered").isLessThanOrEqualTo(3);
        assertThat(state.get("background")).as("a state is outlined on white").isEqualTo("rgb(255, 255, 255)");
        assertThat(state.get("border")).isNotEqualTo("0px");
        assertThat(half.get("background")).isNotEqualTo(mostlyFalse.get("background"))
                .isNotEqualTo(state.get("background"));
        for (Map<String, String> s : List.of(state, half, mostlyFalse)) {
            assertThat(contrast(s.get("color"), s.get("background"))).as("text contrast of %s", s).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void aClickOnNestedMarksActivatesOneClaimAndOffersTheOther(WebDriver driver) throws IOException {
        signIn(driver, Api.REVIEWER);
        size(driver, 1440, 900, false);
        driver.get(base + "articles/" + articleId);
        WebElement nested = waitFor(driver, By.cssSelector("#article-body .hl.depth-2"));
        assertThat(List.of(nested.getDomAttribute("data-claims").split(" ")))
                .contains(String.valueOf(outerId), String.valueOf(innerId));

        nested.click();
        assertThat(activeIds(driver)).containsExactly(String.valueOf(innerId));
        WebElement other = driver.findElement(By.cssSelector(
                "#claim-list li.is-active .also-here button[data-also-claim='" + outerId + "']"));
        assertThat(other.getText()).isEqualTo("claim #" + outerId);
        other.click();
        assertThat(activeIds(driver)).containsExactly(String.valueOf(outerId));
        nested.click();
        assertThat(activeIds(driver)).as("a second click goes round").containsExactly(String.valueOf(innerId));

        // The inner mark is told apart by a thicker underline; every mark has one.
        String inner = (String) js(driver, "return getComputedStyle(arguments[0]).textDecorationThickness;", nested);
        WebElement outerOnly = driver.findElement(By.cssSelector("#article-body .hl.depth-1[data-claims='" + outerId + "']"));
        String outer = (String) js(driver, "return getComputedStyle(arguments[0]).textDecorationThickness;", outerOnly);
        assertThat(px(inner)).isGreaterThan(px(outer));
        assertThat((String) js(driver, "return getComputedStyle(arguments[0]).textDecorationLine;", outerOnly))
                .contains("underline");
        // The quote ends with a closing quotation mark: the list adds none of its own.
        WebElement q = driver.findElement(By.cssSelector("#claim-list li[data-claim-id='" + innerId + "'] q.claim-quote"));
        assertThat((String) js(driver, "return getComputedStyle(arguments[0], '::after').content;", q))
                .isNotEqualTo("close-quote");
        screenshot(driver, "reader-1440");
        driver.get(base + "claims/" + innerId);
        waitFor(driver, By.id("workflow"));
        screenshot(driver, "claim-1440");
    }

    @Test
    void onAPhoneTheHeaderIsShortAndTheTextAndTheNextMoveComeFirst(WebDriver driver) throws IOException {
        signIn(driver, Api.REVIEWER);
        size(driver, 390, 844, true);
        driver.get(base + "articles/" + articleId);
        waitFor(driver, By.id("article-body"));
        WebElement header = driver.findElement(By.cssSelector("header.topbar"));
        assertThat(driver.findElement(By.id("topbar-menu")).isDisplayed()).as("menu closed").isFalse();
        assertThat(header.getRect().getHeight()).as("header height at 390 px").isLessThanOrEqualTo(PHONE_HEADER_MAX_PX);
        assertThat((Long) js(driver, "return document.documentElement.scrollWidth;")).as("no sideways scrolling")
                .isLessThanOrEqualTo(390L);

        long viewport = (Long) js(driver, "return window.innerHeight;");
        WebElement firstPara = driver.findElement(By.cssSelector("#article-body .para"));
        assertThat((long) firstPara.getRect().getY()).as("article text on the first screen").isLessThan(viewport - 60);
        assertThat(driver.findElement(By.id("article-details")).getDomAttribute("open")).as("details collapsed").isNull();
        WebElement jump = driver.findElement(By.id("jump-claims"));
        assertThat(jump.isDisplayed()).isTrue();
        assertThat(jump.getText()).isEqualTo("Claims (5)");
        assertThat((long) jump.getRect().getY()).isLessThan(viewport);
        screenshot(driver, "reader-390");

        driver.get(base + "claims/" + innerId);
        WebElement workflow = waitFor(driver, By.id("workflow"));
        WebElement comments = driver.findElement(By.id("comments"));
        assertThat(workflow.getRect().getY()).as("review panel above comments").isLessThan(comments.getRect().getY());
        screenshot(driver, "claim-390");

        driver.get(base + "workboard");
        waitFor(driver, By.cssSelector(".board-card"));
        screenshot(driver, "workboard-390");
    }

    @Test
    void onAPhoneTheMenuButtonOpensTheMenuByClickAndByKeyboard(WebDriver driver) throws IOException {
        signIn(driver, Api.REVIEWER);
        size(driver, 390, 844, true);
        driver.get(base + "workboard");
        WebElement button = waitFor(driver, By.id("menu-toggle"));
        WebElement menu = driver.findElement(By.id("topbar-menu"));
        WebElement workboard = driver.findElement(By.cssSelector("nav.nav a[href='/workboard']"));
        assertThat(button.getTagName()).isEqualTo("button");
        assertThat(button.getText()).isEqualTo("Menu");
        assertThat(button.getDomAttribute("aria-controls")).isEqualTo("topbar-menu");
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(workboard.isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".user-name")).isDisplayed()).as("account in the menu").isFalse();

        button.click();
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(workboard.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".user-name")).getText()).isEqualTo(Api.REVIEWER.username());
        assertThat((Long) js(driver, "return document.documentElement.scrollWidth;")).as("open menu fits")
                .isLessThanOrEqualTo(390L);
        screenshot(driver, "menu-390");
        button.click();
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(workboard.isDisplayed()).isFalse();

        // By keyboard alone: Tab reaches the button right after the brand; Enter and Space toggle it;
        // Escape in the open menu closes it and gives focus back to the button.
        driver.get(base + "workboard");
        button = waitFor(driver, By.id("menu-toggle"));
        js(driver, "document.activeElement && document.activeElement.blur();");
        Actions keys = new Actions(driver);
        List<String> stops = new java.util.ArrayList<>();
        for (int i = 0; i < 4 && !"menu-toggle".equals(stops.isEmpty() ? "" : stops.get(stops.size() - 1)); i++) {
            keys.sendKeys(Keys.TAB).perform();
            stops.add((String) js(driver, "const a = document.activeElement; return a.id || a.className || a.tagName;"));
        }
        assertThat(stops).as("tab stops to the menu button").endsWith("menu-toggle").hasSizeLessThanOrEqualTo(3);
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
        keys.sendKeys(Keys.SPACE).perform();
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
        keys.sendKeys(Keys.ENTER).perform();
        keys.sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getDomAttribute("href")).as("first stop in the open menu")
                .isEqualTo("/workboard");
        keys.sendKeys(Keys.ESCAPE).perform();
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("menu-toggle");

        // At 1440 px there is no button: the navigation is in the bar.
        size(driver, 1440, 900, false);
        driver.get(base + "workboard");
        assertThat(waitFor(driver, By.id("menu-toggle")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("nav.nav a[href='/workboard']")).isDisplayed()).isTrue();
    }

    @Test
    void onAPhoneTabReachesTheReviewPanelBeforeTheComments(WebDriver driver) {
        signIn(driver, Api.REVIEWER);
        size(driver, 390, 844, true);
        driver.get(base + "claims/" + innerId);
        waitFor(driver, By.cssSelector("#workflow #moves button[name=to]"));
        js(driver, "document.activeElement && document.activeElement.blur();");
        Actions keys = new Actions(driver);
        List<String> stops = new java.util.ArrayList<>();
        String where = "";
        for (int i = 0; i < 30 && !where.equals("workflow"); i++) {
            keys.sendKeys(Keys.TAB).perform();
            where = (String) js(driver, """
                    const a = document.activeElement;
                    return a.closest('#workflow') ? 'workflow' : a.closest('#comments') ? 'comments'
                         : (a.id || a.getAttribute('href') || a.textContent.trim().slice(0, 20));""");
            stops.add(where);
        }
        assertThat(stops).as("tab stops on the claim page at 390 px").doesNotContain("comments").endsWith("workflow")
                .hasSizeLessThanOrEqualTo(TABS_TO_THE_NEXT_MOVE);
        // What the reader sees follows the same order.
        WebElement workflow = driver.findElement(By.id("workflow"));
        assertThat(workflow.getRect().getY()).isLessThan(driver.findElement(By.id("comments")).getRect().getY());

        // The reader: the way to the claim list and to the new-claim form before the article's details.
        driver.get(base + "articles/" + articleId);
        waitFor(driver, By.id("article-body"));
        js(driver, "document.activeElement && document.activeElement.blur();");
        List<String> readerStops = new java.util.ArrayList<>();
        for (int i = 0; i < 10 && !readerStops.contains("details"); i++) {
            keys.sendKeys(Keys.TAB).perform();
            readerStops.add((String) js(driver, """
                    const a = document.activeElement;
                    return a.closest('#article-details') ? 'details' : (a.id || a.getAttribute('href') || a.tagName);"""));
        }
        assertThat(readerStops).as("tab stops on the reader at 390 px").contains("jump-claims", "#new-claim")
                .endsWith("details");
        assertThat(readerStops.indexOf("jump-claims")).isLessThan(readerStops.indexOf("details"));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void signIn(WebDriver driver, Api.Account account) {
        size(driver, 1400, 1000, false);
        Browser.signIn(driver, base.toString(), account.username(), account.password());
    }

    /** A viewport of exactly this size (device metrics, so a phone width below Chromium's window minimum works). */
    private static void size(WebDriver driver, int width, int height, boolean mobile) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private static List<String> activeIds(WebDriver driver) {
        return driver.findElements(By.cssSelector("#claim-list li.is-active")).stream()
                .map(li -> li.getDomAttribute("data-claim-id")).toList();
    }

    private static Map<String, String> style(WebDriver driver, String verdictLabel) {
        WebElement badge = driver.findElements(By.cssSelector(".badge.verdict")).stream()
                .filter(b -> b.getText().equals(verdictLabel)).findFirst()
                .orElseThrow(() -> new AssertionError("No verdict badge " + verdictLabel));
        return style(driver, badge);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> style(WebDriver driver, WebElement e) {
        return (Map<String, String>) js(driver, """
                const s = getComputedStyle(arguments[0]);
                return { radius: s.borderTopLeftRadius, background: s.backgroundColor, color: s.color,
                         border: s.borderTopWidth };""", e);
    }

    private static double px(String css) {
        return Double.parseDouble(css.replace("px", "").strip());
    }

    /** WCAG 2 contrast ratio of two opaque rgb() colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String rgb) {
        String[] p = rgb.replaceAll("[^0-9,.]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(p[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Only with -Dui.screenshots=true: the first screen, halved when wider than 800 px, as a PNG in docs/ui/. */
    private static void screenshot(WebDriver driver, String name) throws IOException {
        if (!Boolean.getBoolean("ui.screenshots")) {
            return;
        }
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES)));
        int w = shot.getWidth() > 800 ? shot.getWidth() / 2 : shot.getWidth();
        int h = shot.getWidth() > 800 ? shot.getHeight() / 2 : shot.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(shot.getScaledInstance(w, h, Image.SCALE_SMOOTH), 0, 0, null);
        Path dir = Path.of("docs/ui");
        Files.createDirectories(dir);
        ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
    }
}
