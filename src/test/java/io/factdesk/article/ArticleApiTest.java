package io.factdesk.article;

import static io.factdesk.testing.Articles.DEFAULT_TOPICS;
import static io.factdesk.testing.Articles.DEMO_TITLE;
import static io.factdesk.testing.Articles.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles.ImportedArticle;
import io.factdesk.testing.Articles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Importing, listing and reading articles over the JSON API (issue 2, sections 3 and 6). */
@QuarkusTest
class ArticleApiTest {

    @Test
    void importedPlainTextIsStoredNormalisedWithItsHashAndCodePointLength() {
        // CRLF line ends, a tab, a no-break space, a decomposed é, a blank line run and a trailing
        // line end: each of them has a rule in docs/text-and-anchors.md.
        String submitted = "Cafe\u0301 opens\r\nsecond\tline\u00A0here.\r\n\r\n\r\nNext paragraph \uD83D\uDE00\r\n";
        String stored = "Caf\u00E9 opens\nsecond line here.\n\nNext paragraph \uD83D\uDE00";
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", "  Normalisation check  ");
        request.put("body", submitted);
        request.put("url", "https://example.org/news/normalise");
        request.put("publisher", "Example Post");
        request.put("author", "A. Writer");
        request.put("publishedAt", "2016-07-14");
        request.put("language", "en");

        var created = Api.asReviewer().body(request)
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Normalisation check"))
                .body("body", equalTo(stored))
                .body("bodySha256", equalTo(sha256Hex(stored)))
                // 46 code points; the emoji takes two UTF-16 units, so String.length() would say 47.
                .body("bodyLength", equalTo(46))
                .body("importedAs", equalTo("text"))
                .body("createdBy", equalTo("reviewer"))
                .body("url", equalTo("https://example.org/news/normalise"))
                .body("publisher", equalTo("Example Post"))
                .body("author", equalTo("A. Writer"))
                .body("publishedAt", equalTo("2016-07-14"))
                .body("language", equalTo("en"))
                .body("claims", empty())
                .body("version", equalTo(0))
                .extract().response();
        long id = created.jsonPath().getLong("id");
        created.then().header("Location", endsWith("/api/articles/" + id));

        Api.asReviewer().when().get("/api/articles/{id}", id)
                .then().statusCode(200)
                .body("body", equalTo(stored))
                .body("bodySha256", equalTo(sha256Hex(stored)))
                .body("bodyLength", equalTo(46));
    }

    @Test
    void importedHtmlKeepsParagraphTextAndDropsScriptsHandlersAndJavascriptLinks() {
        String html = """
                <html><head><title>Page title from HTML</title>
                <script>var leaked = 'from the head';</script></head>
                <body><nav>Home | World</nav>
                <article>
                  <h1>Headline</h1>
                  <p>First paragraph with <b>bold</b> text.</p>
                  <p>Second paragraph <img src="x" onerror="alert('img')"> with
                     <a href="javascript:alert('link')">a link</a>.</p>
                  <script>alert('inline')</script>
                </article>
                <footer>Copyright</footer></body></html>
                """;

        Api.asReviewer().body(Map.of("html", html))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Page title from HTML"))
                .body("importedAs", equalTo("html"))
                .body("body", equalTo("Headline\n\nFirst paragraph with bold text.\n\nSecond paragraph with a link."))
                .body("body", not(containsString("<script")))
                .body("body", not(containsString("alert")))
                .body("body", not(containsString("onerror")))
                .body("body", not(containsString("javascript:")))
                .body("body", not(containsString("leaked")))
                .body("body", not(containsString("Home | World")))
                .body("body", not(containsString("Copyright")));
    }

    @Test
    void importedHtmlKeepsAGivenTitle() {
        Api.asReviewer().body(Map.of("title", "My own title", "html", "<title>Page</title><p>Text.</p>"))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("My own title"))
                .body("body", equalTo("Text."));
    }

    @Test
    void titleOfFiveHundredCodePointsIsAcceptedEvenWhenTheyAreEmoji() {
        String title = "\uD83D\uDE00".repeat(500);

        Api.asReviewer().body(Map.of("title", title, "body", "Text."))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo(title));
    }

    @Test
    void listIsPaginatedNewestFirstAndFilteredByTitleOrPublisher() {
        String token = unique("list");
        long first = Articles.importText("First " + token, "One.").id();
        long second = Articles.importText("Second " + token, "Two.").id();
        long third = Articles.importArticle(Map.of("title", "Third article", "body", "Three.",
                "publisher", "Publisher " + token)).id();

        Api.asReviewer().when().get("/api/articles?q={q}&size=2", token)
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("total", equalTo(3))
                .body("items.id", contains((int) third, (int) second))
                .body("items[0].publisher", equalTo("Publisher " + token))
                .body("items[0].claims", equalTo(0))
                .body("items[0].bodyLength", equalTo(6))
                .body("items[0].bodySha256", equalTo(sha256Hex("Three.")))
                .body("items[0]", not(hasKey("body")));

        Api.asReviewer().when().get("/api/articles?q={q}&size=2&page=1", token.toUpperCase())
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("total", equalTo(3))
                .body("items.id", contains((int) first));

        Api.asReviewer().when().get("/api/articles?q={q}", unique("nothing"))
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("items", empty());
    }

    @Test
    void listCountsTheClaimsOfEachArticle() {
        ImportedArticle article = Articles.importDemoCopy();
        Articles.markByQuote(article.id(), "five-year civil war", "Other");
        Articles.markByQuote(article.id(), "22-nation", "Other");

        Api.asReviewer().when().get("/api/articles?q={q}", article.title())
                .then().statusCode(200)
                .body("items.id", contains((int) article.id()))
                .body("items[0].claims", equalTo(2));
    }

    @Test
    void oneArticleComesWithItsBodyAndItsClaimsInReadingOrder() {
        ImportedArticle article = Articles.importDemoCopy();
        long later = Articles.markByQuote(article.id(), "five-year civil war", "Other");
        long earlier = Articles.markByQuote(article.id(), "Bashar al-Assad", "Political transition");

        Api.asReviewer().when().get("/api/articles/{id}", article.id())
                .then().statusCode(200)
                .body("id", equalTo((int) article.id()))
                .body("title", equalTo(article.title()))
                .body("body", equalTo(article.body()))
                .body("bodyLength", equalTo(article.bodyLength()))
                .body("publishedAt", equalTo(Articles.DEMO_PUBLISHED_AT))
                .body("claims.id", contains((int) earlier, (int) later))
                .body("claims[0].quote.exact", equalTo("Bashar al-Assad"))
                .body("claims[0].position.start", equalTo(0))
                .body("claims[0].topic.name", equalTo("Political transition"))
                .body("claims[1].quote.exact", equalTo("five-year civil war"))
                .body("claims[1].state", equalTo("NEW"));
    }

    @Test
    void demoArticleIsLoadedAtStartWithOneClaimPerDefaultTopic() {
        // Other tests may import the demo text under the same title; the one loaded at start is the oldest.
        JsonPath list = Api.asReviewer().when().get("/api/articles?q={q}&size=200", DEMO_TITLE)
                .then().statusCode(200).extract().jsonPath().param("title", DEMO_TITLE);
        long demoId = list.getLong("items.findAll { it.title == title }.id.min()");
        assertEquals(5, list.param("id", demoId).getInt("items.find { it.id == id }.claims"));

        Api.asReviewer().when().get("/api/articles/{id}", demoId)
                .then().statusCode(200)
                .body("createdBy", equalTo("reviewer"))
                .body("claims", hasSize(5))
                .body("claims.topic.name", containsInAnyOrder(DEFAULT_TOPICS.toArray()))
                .body("claims.quote.exact", hasItem("more than 450.000 Syrians"))
                .body("claims.statement", everyItem(notNullValue()));
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
