package io.factdesk.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Gives a test a headless Debian Chromium driven through /usr/bin/chromedriver (never a
 * downloaded browser). Where either is missing the test is skipped and says why. A failing test
 * leaves a screenshot and the page source under target/browser-failures/.
 */
public class Browser implements BeforeEachCallback, AfterEachCallback, ParameterResolver,
        TestExecutionExceptionHandler {

    static final Path CHROMIUM = Path.of(System.getProperty("factdesk.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("factdesk.chromedriver", "/usr/bin/chromedriver"));
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: Debian's chromium and chromium-driver are not installed ("
                        + CHROMIUM + ", " + CHROMEDRIVER + "); apt-get install -y chromium chromium-driver");
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getStore(NS).getOrComputeIfAbsent("driver", k -> start(), WebDriver.class);
    }

    private static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=en-GB"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable cause) throws Throwable {
        WebDriver driver = context.getStore(NS).get("driver", WebDriver.class);
        if (driver != null) {
            keepEvidence(context, driver);
        }
        throw cause;
    }

    /** Keeps a screenshot of the page as it is, under target/browser-screens/, for people to look at. */
    static void snapshot(WebDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-screens"));
            Files.write(dir.resolve(name + ".png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            System.err.println("Could not keep the screenshot: " + e);
        }
    }

    private static void keepEvidence(ExtensionContext context, WebDriver driver) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            Files.write(dir.resolve(name + ".png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not keep the failure screenshot: " + e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        WebDriver driver = context.getStore(NS).remove("driver", WebDriver.class);
        if (driver != null) {
            driver.quit();
        }
    }

    static {
        // Selenium must not look for, or download, a driver of its own.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    }
}
