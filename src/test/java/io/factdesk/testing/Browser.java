package io.factdesk.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser of every test, in two forms.
 *
 * <p>Without JavaScript (the static methods): what a browser does over HTTP: signs in through the
 * login form, keeps the session cookie, reads pages and sends forms back with the CSRF token that
 * the page carried. Redirects are not followed, so that a test sees them.
 *
 * <p>A real one ({@code @ExtendWith(Browser.class)}, a {@link WebDriver} parameter): a headless
 * Debian Chromium driven through /usr/bin/chromedriver (never a downloaded browser). Where either is
 * missing the test is skipped and says why. A failing test leaves a screenshot and the page source
 * under target/browser-failures/. Each WebDriver parameter is a browser of its own (its own cookies,
 * hence its own user): a test of two colleagues takes two.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback, ParameterResolver,
        TestExecutionExceptionHandler {

    public static final String SESSION_COOKIE = "factdesk-session";
    public static final String CSRF_COOKIE = "factdesk-csrf";
    public static final String CSRF_FIELD = "csrf-token";

    private static final Path CHROMIUM = Path.of(System.getProperty("factdesk.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("factdesk.chromedriver", "/usr/bin/chromedriver"));
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Browser.class);

    static {
        // Selenium must not look for, or download, a driver of its own.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    }

    /** For JUnit, which makes one per test class that extends with it. */
    public Browser() {
    }

    /** Signs in with the login form and returns the session cookie's value. */
    public static String signIn(Api.Account account) {
        Response response = given().redirects().follow(false)
                .formParam("j_username", account.username())
                .formParam("j_password", account.password())
                .when().post("/j_security_check");
        response.then().statusCode(302).header("Location", endsWith("/articles"));
        String session = response.getCookie(SESSION_COOKIE);
        if (session == null || session.isBlank()) {
            throw new AssertionError("Signing in as " + account.username() + " set no session cookie");
        }
        return session;
    }

    /** A request from a browser signed in with this session cookie. */
    public static RequestSpecification withSession(String session) {
        return anonymous().cookie(SESSION_COOKIE, session);
    }

    /** A request from a browser that has not signed in. */
    public static RequestSpecification anonymous() {
        return given().redirects().follow(false);
    }

    /** A page as a browser received it: its HTML and the CSRF cookie set with it (null if none was set). */
    public record Page(Document html, String csrfCookie) {

        /** The value of the hidden CSRF field of the page's forms. */
        public String csrfToken() {
            Element input = html.selectFirst("input[name=" + CSRF_FIELD + "]");
            if (input == null) {
                throw new AssertionError("The page has no " + CSRF_FIELD + " field");
            }
            return input.attr("value");
        }
    }

    /** Opens a page (expecting 200) with this session cookie, as a browser that holds no CSRF cookie yet. */
    public static Page open(String session, String path) {
        return open(withSession(session), path);
    }

    /** Opens a page (expecting 200) as a browser that holds this session cookie and this CSRF cookie. */
    public static Page open(String session, String csrfCookie, String path) {
        return open(withSession(session).cookie(CSRF_COOKIE, csrfCookie), path);
    }

    private static Page open(RequestSpecification request, String path) {
        Response response = request.when().get(path);
        response.then().statusCode(200);
        return new Page(Jsoup.parse(response.asString()), response.getCookie(CSRF_COOKIE));
    }

    // A real Chromium, for tests that extend with this class.

    /** Signs a real browser in through the login form at {@code base} (the app's root URL) and waits for the articles. */
    public static void signIn(WebDriver driver, String base, String user, String password) {
        driver.get(base.replaceAll("/$", "") + "/login");
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/articles"));
    }

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
        WebDriver driver = start();
        drivers(e).add(driver);
        return driver;
    }

    @SuppressWarnings("unchecked")
    private static List<WebDriver> drivers(ExtensionContext context) {
        return context.getStore(NS).getOrComputeIfAbsent("drivers", k -> new java.util.ArrayList<WebDriver>(),
                List.class);
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
        List<WebDriver> drivers = drivers(context);
        for (int i = 0; i < drivers.size(); i++) {
            keepEvidence(context, drivers.get(i), i == 0 ? "" : "-" + (i + 1));
        }
        throw cause;
    }

    /** Keeps a screenshot of the page as it is, under target/browser-screens/, for people to look at. */
    public static void snapshot(WebDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-screens"));
            Files.write(dir.resolve(name + ".png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            System.err.println("Could not keep the screenshot: " + e);
        }
    }

    private static void keepEvidence(ExtensionContext context, WebDriver driver, String suffix) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                    + suffix;
            Files.write(dir.resolve(name + ".png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not keep the failure screenshot: " + e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<WebDriver> drivers = drivers(context);
        for (WebDriver driver : drivers) {
            driver.quit();
        }
        drivers.clear();
    }
}
