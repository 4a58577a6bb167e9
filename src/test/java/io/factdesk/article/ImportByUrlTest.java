package io.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.factdesk.system.Hashes;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Import by web address over the API and the import page, against a site of the test's own on 127.0.0.1
 * (which {@code %test.factdesk.fetch.allowed-addresses} allows, and nothing else inside).
 */
@QuarkusTest
class ImportByUrlTest {

    private static final String STORY = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <title>Ceasefire talks resume | Example News</title>
            <meta property="og:title" content="Ceasefire talks resume in Geneva">
            <meta property="og:site_name" content="Example News">
            <meta property="article:modified_time" content="2016-07-15T10:00:00Z">
            <link rel="canonical" href="https://news.example.org/2016/07/ceasefire">
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
              "author": {"@type": "Person", "name": "Jane Reporter"}, "datePublished": "2016-07-14T09:30:00Z"}
            </script></head><body>
            <nav><a href="/">Home</a></nav>
            <article><h1>Ceasefire talks resume</h1><p>Talks resumed on Monday in Geneva, \u00e9.</p>
            <aside class="related">Read also</aside></article>
            </body></html>""";

    private static LocalSite site;

    @BeforeAll
    static void start() throws IOException {
        site = new LocalSite().html("/story", STORY).redirect("/short", "/story")
                .page("/missing", ex -> LocalSite.send(ex, 404, "text/html", "<p>No</p>".getBytes()));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aFetchedPageBecomesAnArticleWithItsMetadataAndIsKeptAsItArrived() {
        byte[] sent = STORY.getBytes(StandardCharsets.UTF_8);
        String sha = Hashes.sha256(sent);
        JsonPath created = Api.asReviewer()
                .body(Map.of("url", site.url("/short"), "fetch", true, "publisher", "Given by the desk"))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("importedAs", equalTo("url"))
                .body("title", equalTo("Ceasefire talks resume in Geneva"))
                .body("body", equalTo("Ceasefire talks resume\n\nTalks resumed on Monday in Geneva, \u00e9."))
                .body("publisher", equalTo("Given by the desk"))
                .body("author", equalTo("Jane Reporter"))
                .body("publishedAt", equalTo("2016-07-14"))
                .body("language", equalTo("en"))
                .body("url", equalTo("https://news.example.org/2016/07/ceasefire"))
                .body("fetched.url", equalTo(site.url("/short")))
                .body("fetched.finalUrl", equalTo(site.url("/story")))
                .body("fetched.sha256", equalTo(sha))
                .body("fetched.bytes", equalTo(sent.length))
                .extract().jsonPath();
        long id = created.getLong("id");

        Api.asReviewer().when().get("/api/articles/{id}", id).then().statusCode(200)
                .body("fetched.sha256", equalTo(sha)).body("fetched.finalUrl", equalTo(site.url("/story")));

        Response kept = Api.asReviewer().accept("*/*").when().get("/api/articles/{id}/fetched.html", id);
        kept.then().statusCode(200)
                .header("Content-Type", "text/plain;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"article-" + id + "-fetched.html\"")
                .header("Content-Security-Policy", "sandbox; default-src 'none'");
        assertThat(kept.asByteArray()).isEqualTo(sent);

        Api.asEditor().when().get("/api/history?article={id}", id).then().statusCode(200)
                .body("items.type", contains("ARTICLE_IMPORTED"))
                .body("items[0].after.importedAs", equalTo("URL"))
                .body("items[0].after.fetch.url", equalTo(site.url("/short")))
                .body("items[0].after.fetch.sha256", equalTo(sha));
    }

    @Test
    void refusalsAre422NamingTheAddress() {
        Api.asReviewer().body(Map.of("url", "http://169.254.169.254/latest/meta-data/", "fetch", true))
                .when().post("/api/articles")
                .then().spec(Problems.problem(422))
                .body("errors.field", contains("url"))
                .body("errors[0].message",
                        equalTo("This address points inside the server's own network and is refused."));
        Api.asReviewer().body(Map.of("url", site.url("/missing"), "fetch", true))
                .when().post("/api/articles")
                .then().spec(Problems.problem(422))
                .body("errors[0].message", equalTo("The site answered 404 Not Found."));
        Api.asReviewer().body(Map.of("url", "file:///etc/passwd", "fetch", true))
                .when().post("/api/articles")
                .then().spec(Problems.problem(422))
                .body("errors[0].message", equalTo("Only web pages (http or https) can be fetched."));
        Api.asReviewer().body(Map.of("url", site.url("/story"), "fetch", true, "body", "Pasted too"))
                .when().post("/api/articles")
                .then().spec(Problems.problem(422)).body("errors.field", contains("url"));
    }

    @Test
    void anArticleNotFetchedHasNoKeptPage() {
        long id = Articles.importText(Articles.unique("Pasted"), "Some pasted text.").id();
        Api.asReviewer().when().get("/api/articles/{id}", id).then().statusCode(200).body("fetched", nullValue());
        Api.asReviewer().accept("*/*").when().get("/api/articles/{id}/fetched.html", id)
                .then().spec(Problems.problem(404));
    }

    @Test
    void theImportPageFetchesAWebAddressAndShowsARefusalBesideTheField() {
        String session = Browser.signIn(Api.REVIEWER);
        Browser.Page form = Browser.open(session, "/articles/new");
        assertThat(form.html().selectFirst("input[type=radio][name=mode][value=url]").parent().text())
                .isEqualTo("A web address: fetch the page");
        assertThat(form.html().selectFirst("label[for=f-url]").text()).isEqualTo("Web address");

        String refused = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, form.csrfCookie())
                .multiPart(Browser.CSRF_FIELD, form.csrfToken()).multiPart("mode", "url")
                .multiPart("url", "http://10.0.0.1/story")
                .post("/articles").then().statusCode(422).extract().asString();
        Document again = Jsoup.parse(refused);
        assertThat(again.selectFirst("#e-url").text())
                .isEqualTo("This address points inside the server's own network and is refused.");
        assertThat(again.selectFirst("#f-url").attr("value")).isEqualTo("http://10.0.0.1/story");
        assertThat(again.selectFirst("input[name=mode][value=url]").hasAttr("checked")).isTrue();

        String location = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, form.csrfCookie())
                .multiPart(Browser.CSRF_FIELD, form.csrfToken()).multiPart("mode", "url")
                .multiPart("url", site.url("/story")).multiPart("title", "Typed title wins")
                .post("/articles").then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/articles/\\d+");
        Document reader = Browser.open(session, location.replaceAll("^https?://[^/]+", "")).html();
        assertThat(reader.selectFirst("h1").text()).isEqualTo("Typed title wins");
        assertThat(reader.text()).contains("Talks resumed on Monday in Geneva");
        long id = Long.parseLong(location.replaceAll(".*/", ""));
        assertThat(reader.selectFirst("#fetched").text()).contains("from " + site.url("/story"))
                .contains("SHA-256 " + Hashes.sha256(STORY));
        assertThat(reader.selectFirst("#fetched a").attr("href")).isEqualTo("/api/articles/" + id + "/fetched.html");
    }
}
