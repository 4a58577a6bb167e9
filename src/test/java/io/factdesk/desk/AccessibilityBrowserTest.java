package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (the bundled axe.min.js of com.deque.html.axe-core:selenium) on every main page of the desk
 * and the public pages, at 1440 px and at 390 px (docs/ui.md, "Accessibility"). No finding of impact
 * serious or critical is accepted, and a moderate one only when {@link #ALLOWED_MODERATE} names its
 * rule with the reason, the same reason docs/ui.md gives. The per-page summary is printed.
 */
@QuarkusTest
@ExtendWith(Browser.class)
class AccessibilityBrowserTest {

    /**
     * Moderate findings accepted, by axe rule id, each with its reason (also in docs/ui.md,
     * "Accessibility"). Empty: every moderate finding was fixed in the pages.
     */
    static final Map<String, String> ALLOWED_MODERATE = Map.of();

    static final List<Integer> WIDTHS = List.of(1440, 390);

    @TestHTTPResource("/")
    URL base;

    /** A page to check: its name in the summary, its path, and what to do on it before axe runs. */
    record Page(String name, String path, Consumer<WebDriver> prepare) {
        Page(String name, String path) {
            this(name, path, d -> { });
        }
    }

    @Test
    void everyMainPageHasNoSeriousFindingsAtDesktopAndPhoneWidths(WebDriver driver) {
        Desk.ensureUsers();
        long article = Articles.importText(Articles.unique("Accessibility"), "Accessibility test "
                + Articles.unique("") + ". Fact 1 is true. Fact 2 is true. Fact 3 is true. Fact 4 is true.").id();
        long fresh = Desk.claim(article, 1);
        long researching = Desk.bring(Desk.claim(article, 2), "RESEARCHING");
        long inReview = Desk.bring(Desk.claim(article, 3), "IN_REVIEW");
        long published = Desk.bring(Desk.claim(article, 4), "PUBLISHED");
        VersionEdits.Edited edited = VersionEdits.edited();
        long source = Api.asEditor().get("/api/claims/" + inReview + "/evidence").then().statusCode(200).extract()
                .jsonPath().getLong("[0].source.id");

        List<Page> signedOut = List.of(new Page("sign-in", "login"));
        List<Page> desk = List.of(
                new Page("workboard", "workboard"),
                new Page("article list", "articles"),
                new Page("reader", "articles/" + article),
                new Page("reader, new-claim form open", "articles/" + article,
                        d -> js(d, "document.getElementById('new-claim').open = true;")),
                new Page("reader, new-claim form refused", "articles/" + article, d -> {
                    js(d, "document.getElementById('new-claim').open = true;");
                    submitAndWaitForErrors(d, "#claim-form button[type=submit]");
                }),
                new Page("claim page (new)", "claims/" + fresh),
                new Page("claim page (researching)", "claims/" + researching),
                new Page("claim page (in review)", "claims/" + inReview),
                new Page("claim page (published)", "claims/" + published),
                new Page("claim timeline", "claims/" + inReview + "/history"),
                new Page("desk history", "history"),
                new Page("source library", "sources"),
                new Page("source", "sources/" + source),
                new Page("fact-check library", "library"),
                new Page("import", "articles/new"),
                new Page("import, refused", "articles/new",
                        d -> submitAndWaitForErrors(d, "form.import-form button[type=submit]")),
                new Page("account", "account"),
                new Page("users", "users"),
                new Page("topics", "topics"),
                new Page("rating scale", "rating-scale"),
                new Page("organisation", "admin/organisation"),
                new Page("versions", "articles/" + edited.article() + "/versions"),
                new Page("version 1", "articles/" + edited.article() + "/versions/1"),
                new Page("version diff", "articles/" + edited.article() + "/versions/2/diff"),
                new Page("claim page (to be placed)", "claims/" + edited.quote()),
                new Page("public claim", "public/claims/" + published),
                new Page("public article", "public/articles/" + article));

        List<String> refused = new ArrayList<>();
        Map<String, String> summary = new LinkedHashMap<>();
        for (int width : WIDTHS) {
            size(driver, width);
            for (Page page : signedOut) {
                check(driver, page, width, refused, summary);
            }
        }
        size(driver, 1440);
        Browser.signIn(driver, base.toString(), Api.ADMIN.username(), Api.ADMIN.password());
        for (int width : WIDTHS) {
            size(driver, width);
            for (Page page : desk) {
                check(driver, page, width, refused, summary);
            }
        }
        System.out.println("axe-core findings per page (impact: rule ×nodes):");
        summary.forEach((page, found) -> System.out.println("  " + page + ": " + found));
        assertThat(summary).as("pages checked").hasSize((signedOut.size() + desk.size()) * WIDTHS.size());
        assertThat(refused).as("serious, critical and unexplained moderate axe findings").isEmpty();
    }

    private void check(WebDriver driver, Page page, int width, List<String> refused, Map<String, String> summary) {
        driver.get(base + page.path());
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> "complete".equals(js(d, "return document.readyState;")));
        assertThat(driver.findElements(By.cssSelector("h1"))).as("%s has a heading", page.name()).isNotEmpty();
        page.prepare().accept(driver);
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.isErrored()).as("axe ran on %s: %s", page.name(), results.getErrorMessage()).isFalse();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            found.add(rule.getImpact() + ": " + rule.getId() + " ×" + rule.getNodes().size());
            boolean refuse = switch (String.valueOf(rule.getImpact())) {
                case "critical", "serious" -> true;
                case "moderate" -> !ALLOWED_MODERATE.containsKey(rule.getId());
                default -> false;
            };
            if (refuse) {
                StringBuilder nodes = new StringBuilder();
                for (CheckedNode node : rule.getNodes()) {
                    nodes.append("\n      ").append(node.getTarget()).append(" ").append(node.getHtml())
                            .append("\n        ").append(node.getFailureSummary());
                }
                refused.add(page.name() + " at " + width + " px: " + rule.getImpact() + " " + rule.getId() + " ("
                        + rule.getHelp() + ")" + nodes);
            }
        }
        summary.put(page.name() + " @" + width, found.isEmpty() ? "none" : String.join(", ", found));
    }

    /** Sends the empty form and waits for the page that names its errors beside the fields. */
    private static void submitAndWaitForErrors(WebDriver driver, String button) {
        driver.findElement(By.cssSelector(button)).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector(".field .error")).isEmpty()
                && "complete".equals(js(d, "return document.readyState;")));
    }

    private static void size(WebDriver driver, int width) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", width < 800 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 800));
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
