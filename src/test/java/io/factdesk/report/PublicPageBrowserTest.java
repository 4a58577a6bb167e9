package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Browser;
import io.factdesk.testing.ReportFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A reader opens a published claim's page on a desktop (1440 px) and on a phone (390 px) in a real
 * Chromium: the claim and its verdict are on the first screen, nothing sticks out sideways.
 */
@QuarkusTest
@ExtendWith(Browser.class)
class PublicPageBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theVerdictIsVisibleWithoutScrollingOnADesktopAndOnAPhone(WebDriver driver) {
        ReportFixture.Demo demo = ReportFixture.demo();
        ChromeDriver chrome = (ChromeDriver) driver;
        try {
            look(chrome, demo);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void look(ChromeDriver driver, ReportFixture.Demo demo) {
        ChromeDriver chrome = driver;
        for (List<Integer> size : List.of(List.of(1440, 900), List.of(390, 844))) {
            int width = size.get(0);
            int height = size.get(1);
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", width < 600));
            for (long claim : demo.published()) {
                driver.get(base + "public/claims/" + claim);
                WebElement label = driver.findElement(By.cssSelector("header .verdict-panel .verdict-label"));
                assertThat(label.getText()).isNotBlank();
                @SuppressWarnings("unchecked")
                Map<String, Object> box = (Map<String, Object>) chrome.executeScript("const r = document.querySelector("
                        + "'header .verdict-panel').getBoundingClientRect(); return {top: r.top, bottom: r.bottom,"
                        + " left: r.left, right: r.right, innerWidth: window.innerWidth, innerHeight:"
                        + " window.innerHeight, scrollY: window.scrollY, scrollWidth:"
                        + " document.documentElement.scrollWidth, colour: getComputedStyle(document.querySelector("
                        + "'header .verdict-label')).backgroundColor, size: getComputedStyle(document.querySelector("
                        + "'header .verdict-label')).fontSize};");
                String at = width + " px, claim " + claim + ": " + box;
                assertThat(((Number) box.get("innerWidth")).intValue()).as(at).isEqualTo(width);
                assertThat(((Number) box.get("scrollY")).doubleValue()).as(at).isZero();
                assertThat(((Number) box.get("top")).doubleValue()).as(at).isGreaterThanOrEqualTo(0);
                assertThat(((Number) box.get("bottom")).doubleValue()).as(at + ": the whole verdict on the first screen")
                        .isLessThanOrEqualTo(((Number) box.get("innerHeight")).doubleValue());
                assertThat(((Number) box.get("left")).doubleValue()).as(at).isGreaterThanOrEqualTo(0);
                assertThat(((Number) box.get("right")).doubleValue()).as(at).isLessThanOrEqualTo(width);
                assertThat(((Number) box.get("scrollWidth")).intValue()).as(at + ": no sideways scrolling")
                        .isLessThanOrEqualTo(width);
                assertThat((String) box.get("colour")).as(at + ": the verdict's colour, under the page's CSP")
                        .isNotIn("rgba(0, 0, 0, 0)", "transparent");
                assertThat(Double.parseDouble(((String) box.get("size")).replace("px", ""))).as(at + ": large")
                        .isGreaterThanOrEqualTo(24);
            }
            Browser.snapshot(driver, "public-claim-" + width);
            // The article's page lists its claims the same way: each verdict in its colour, nothing sideways.
            driver.get(base + "public/articles/" + demo.articleId());
            assertThat(driver.findElements(By.cssSelector("article.claim .verdict-panel.compact"))).as(width + " px")
                    .hasSize(demo.published().size());
            assertThat(((Number) chrome.executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as(width + " px: the article's page does not scroll sideways").isLessThanOrEqualTo(width);
            Browser.snapshot(driver, "public-article-" + width);
        }
    }
}
