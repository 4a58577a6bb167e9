package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Browser;
import io.factdesk.testing.ReportFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An editor exports a report from the workboard; a reader opens the public page, in a real Chromium. */
@QuarkusTest
@ExtendWith(Browser.class)
class ReportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void editorDownloadsThePdfOfTheSelectedClaimsAndAReaderOpensThePublicPage(WebDriver driver) throws Exception {
        ReportFixture.Demo demo = ReportFixture.demo();
        Path downloads = Files.createTempDirectory("factdesk-downloads");
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));

        Browser.signIn(driver, base.toString(), "editor", "editor-demo");
        driver.get(base + "workboard?article=" + demo.articleId());
        for (long id : demo.published()) {
            driver.findElement(By.cssSelector("input.select[value='" + id + "']")).click();
        }
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("b-format"))).selectByValue("pdf");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("b-scope"))).selectByValue("internal");
        Browser.snapshot(driver, "workboard-export-report");
        driver.findElement(By.xpath("//button[normalize-space()='Export report']")).click();

        Path pdf = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> finished(downloads));
        assertThat(pdf.getFileName().toString()).startsWith("working-report-selection-").endsWith(".pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            ReportFixture.VERDICTS.forEach(v -> assertThat(text).contains(v));
            ReportFixture.SOURCE_TITLES.subList(0, 3).forEach(t -> assertThat(text).contains(t));
            assertThat(text).contains("Internal working report");
        }

        driver.manage().deleteAllCookies();
        long claim = demo.published().get(0);
        driver.get(base + "public/claims/" + claim);
        assertThat(driver.getCurrentUrl()).endsWith("/public/claims/" + claim);
        WebElement verdict = driver.findElement(By.cssSelector(".verdict"));
        assertThat(verdict.getText()).isEqualTo(ReportFixture.VERDICTS.get(0));
        assertThat(verdict.getCssValue("border-top-width")).as("the inline style sheet applies under the page's CSP")
                .isEqualTo("2px");
        String jsonLd = (String) ((ChromeDriver) driver).executeScript(
                "return document.querySelector('script[type=\"application/ld+json\"]').textContent");
        assertThat(jsonLd).contains("\"@type\":\"ClaimReview\"").contains("/public/claims/" + claim);
        Browser.snapshot(driver, "public-claim-page");
    }

    private static Path finished(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> done = files.filter(f -> f.toString().endsWith(".pdf")).toList();
            return done.isEmpty() ? null : done.get(0);
        } catch (IOException e) {
            return null;
        }
    }
}
