package io.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.factdesk.system.Hashes;
import io.factdesk.system.ProblemException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fetching a page for an import by web address, against a site of the test's own on 127.0.0.1: what is
 * followed, what is refused and the message the newsroom reads (docs/articles.md, "Import by URL").
 */
class PageFetcherTest {

    private static final String PAGE = "<!doctype html><html lang=en><head><title>A page</title></head>"
            + "<body><article><p>Reported text.</p></article></body></html>";

    private static LocalSite site;
    private static PageFetcher fetcher;

    @BeforeAll
    static void start() throws IOException {
        site = new LocalSite().html("/page", PAGE)
                .redirect("/r1", "/r2").redirect("/r2", "r3").redirect("/r3", "/page")
                .redirect("/to-inside", "http://10.0.0.1/admin")
                .redirect("/to-file", "file:///etc/passwd")
                .page("/big", ex -> LocalSite.send(ex, 200, "text/html", filler(70 * 1024)))
                .page("/big-chunked", ex -> {
                    ex.getResponseHeaders().add("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 0);
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 70; i++) {
                            out.write(filler(1024));
                            out.flush();
                        }
                    }
                })
                .page("/slow", ex -> {
                    try {
                        Thread.sleep(3_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    LocalSite.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
                })
                .page("/report.pdf", ex -> LocalSite.send(ex, 200, "application/pdf", "%PDF-1.4".getBytes()))
                .page("/gone", ex -> LocalSite.send(ex, 404, "text/html", "<p>Not here</p>".getBytes()))
                .page("/latin1", ex -> LocalSite.send(ex, 200, "text/html",
                        ("<html><head><meta charset=windows-1252><title>Caf\u00e9</title></head><body><p>Caf\u00e9 "
                                + "cr\u00e8me</p></body></html>").getBytes(Charset.forName("windows-1252"))));
        for (int i = 0; i < 7; i++) {
            site.redirect("/loop" + i, "/loop" + (i + 1));
        }
        site.html("/loop7", PAGE);
        fetcher = new PageFetcher(new PageFetcher.Settings(new FetchPolicy(List.of("127.0.0.1")), 5,
                Duration.ofMillis(300), Duration.ofSeconds(5), 64 * 1024));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static byte[] filler(int bytes) {
        byte[] b = new byte[bytes];
        java.util.Arrays.fill(b, (byte) 'x');
        return b;
    }

    private static String refusal(String url) {
        ProblemException e = catchThrowableOfType(() -> fetcher.fetch(url), ProblemException.class);
        assertThat(e).as("a refusal of " + url).isNotNull();
        assertThat(e.status()).isEqualTo(422);
        return e.errorFor("url");
    }

    @Test
    void aPageIsFetchedAsSentWithItsHash() {
        FetchedPage page = fetcher.fetch(site.url("/page"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.bytes()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(page.sha256()).isEqualTo(Hashes.sha256(PAGE));
        assertThat(page.finalUrl()).isEqualTo(site.url("/page"));
    }

    @Test
    void aRedirectChainIsFollowedToThePage() {
        FetchedPage page = fetcher.fetch(site.url("/r1"));
        assertThat(page.url()).isEqualTo(site.url("/r1"));
        assertThat(page.finalUrl()).isEqualTo(site.url("/page"));
        assertThat(page.document().title()).isEqualTo("A page");
        // Five redirects are followed; the sixth is refused.
        assertThat(fetcher.fetch(site.url("/loop2")).finalUrl()).isEqualTo(site.url("/loop7"));
        assertThat(refusal(site.url("/loop0"))).isEqualTo("Too many redirects (more than 5).");
    }

    @Test
    void everyHopIsCheckedAsTheFirst() {
        assertThat(refusal(site.url("/to-inside")))
                .isEqualTo("This address points inside the server's own network and is refused.");
        assertThat(refusal(site.url("/to-file"))).isEqualTo("Only web pages (http or https) can be fetched.");
    }

    @Test
    void aPageLargerThanTheLimitIsRefusedWhetherItsLengthIsDeclaredOrNot() {
        assertThat(refusal(site.url("/big"))).isEqualTo("The page is larger than 64 KiB.");
        assertThat(refusal(site.url("/big-chunked"))).isEqualTo("The page is larger than 64 KiB.");
    }

    @Test
    void aSiteThatDoesNotAnswerInTimeIsRefused() {
        assertThat(refusal(site.url("/slow"))).isEqualTo("The site did not answer within 300 ms.");
    }

    @Test
    void addressesInsideTheServersNetworkAreRefused() {
        String inside = "This address points inside the server's own network and is refused.";
        // 127.0.0.1 is allowed here; the rest of the loopback block is not.
        assertThat(refusal("http://127.0.0.2:" + site.port() + "/page")).isEqualTo(inside);
        assertThat(refusal("http://10.0.0.1/")).isEqualTo(inside);
        assertThat(refusal("http://192.168.1.1/")).isEqualTo(inside);
        assertThat(refusal("http://172.16.5.4/")).isEqualTo(inside);
        assertThat(refusal("http://169.254.169.254/latest/meta-data/")).isEqualTo(inside);
        assertThat(refusal("http://100.64.0.1/")).isEqualTo(inside);
        assertThat(refusal("http://0.0.0.0:" + site.port() + "/page")).isEqualTo(inside);
        assertThat(refusal("http://[::1]:" + site.port() + "/page")).isEqualTo(inside);
        assertThat(refusal("http://[fd00::1]/")).isEqualTo(inside);
        assertThat(refusal("http://[fe80::1]/")).isEqualTo(inside);
        assertThat(refusal("http://[::ffff:10.0.0.1]/")).isEqualTo(inside);
        assertThat(refusal("http://224.0.0.1/")).isEqualTo(inside);
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        String only = "Only web pages (http or https) can be fetched.";
        assertThat(refusal("file:///etc/passwd")).isEqualTo(only);
        assertThat(refusal("ftp://ftp.example.org/pub/page.html")).isEqualTo(only);
        assertThat(refusal("javascript:alert(1)")).isEqualTo(only);
        assertThat(refusal("www.example.org/page")).isEqualTo(only);
    }

    @Test
    void aPageThatIsNotHtmlIsRefusedSayingWhatItIs() {
        assertThat(refusal(site.url("/report.pdf"))).isEqualTo("The page is not HTML (it is application/pdf).");
    }

    @Test
    void anErrorOfTheSiteIsRefusedWithItsStatus() {
        assertThat(refusal(site.url("/gone"))).isEqualTo("The site answered 404 Not Found.");
    }

    @Test
    void theCharsetIsTakenFromThePageWhenTheHeaderNamesNone() {
        FetchedPage page = fetcher.fetch(site.url("/latin1"));
        assertThat(page.charset()).isNull();
        assertThat(ArticleImport.fromPage(page.document()).text()).isEqualTo("Caf\u00e9 cr\u00e8me");
    }

    @Test
    void theOperatorMayAllowAddressesAndBlocks() throws IOException {
        FetchPolicy policy = new FetchPolicy(List.of("10.20.0.0/16", "fd12::5"));
        assertThat(policy.permits(InetAddress.getByName("10.20.3.4"))).isTrue();
        assertThat(policy.permits(InetAddress.getByName("10.21.0.1"))).isFalse();
        assertThat(policy.permits(InetAddress.getByName("fd12::5"))).isTrue();
        assertThat(policy.permits(InetAddress.getByName("fd12::6"))).isFalse();
        assertThat(policy.permits(InetAddress.getByName("93.184.216.34"))).isTrue();
        assertThat(policy.permits(InetAddress.getByName("2606:2800:220:1::1"))).isTrue();
        assertThat(new FetchPolicy(List.of()).permits(InetAddress.getByName("127.0.0.1"))).isFalse();
    }
}
