package io.factdesk.source;

import static io.factdesk.source.Sources.request;
import static io.factdesk.source.Sources.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Browser.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The library pages (/sources) and the claim page's evidence forms, as a browser uses them. */
@QuarkusTest
class SourcePagesTest {

    static final String SCRIPT = "<script>alert('xss')</script>";

    @Inject
    EntityManager em;

    String session;
    String csrfCookie;

    @BeforeEach
    void signIn() {
        session = Browser.signIn(Api.REVIEWER);
        csrfCookie = Browser.open(session, "/articles").csrfCookie();
    }

    Page open(String path) {
        return Browser.open(session, csrfCookie, path);
    }

    /** Sends a form the way the page's browser would: session, CSRF cookie and the page's token. */
    Response post(Page page, String path, Map<String, String> fields) {
        var request = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, csrfCookie)
                .contentType(ContentType.URLENC).formParam(Browser.CSRF_FIELD, page.csrfToken());
        fields.forEach(request::formParam);
        return request.when().post(path);
    }

    static Map<String, String> fields(Object... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], String.valueOf(pairs[i + 1]));
        }
        return m;
    }

    @Test
    void theLibraryListsAndSearchesSources() {
        String token = Articles.unique("lib");
        long id = Sources.create(request("Library page " + token));

        Document list = open("/sources?q=" + token).html();
        Element link = list.selectFirst("table.sources a[href=/sources/" + id + "]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Library page " + token);
        assertThat(list.select("table.sources tbody tr")).hasSize(1);
        assertThat(open("/sources?q=" + token + "&type=DATA_SET").html().select("table.sources")).isEmpty();
        assertThat(open("/sources").html().selectFirst("a[href=/sources/new]")).isNotNull();
    }

    @Test
    void theNewSourceFormAddsASourceAndRedirectsToIt() {
        Page form = open("/sources/new");
        assertThat(form.html().selectFirst("input[name=accessedAt]").attr("value")).isNotBlank();
        String url = Sources.uniqueUrl();
        Response posted = post(form, "/sources", fields("url", url, "title", "Added in the browser",
                "publisher", "UN", "accessedAt", "2016-07-15", "type", "NEWS_REPORT", "reliability", "C"));
        posted.then().statusCode(303).header("Location", containsString("/sources/"));
        String location = posted.header("Location");

        Document page = open(location.substring(location.indexOf("/sources/"))).html();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Added in the browser");
        assertThat(page.text()).contains("Source added to the library.", "News report", "Fairly reliable");
    }

    @Test
    void theNewSourceFormOffersTheExistingSourceInsteadOfADuplicate() {
        String url = Sources.uniqueUrl();
        long existing = Sources.create(with(request("The one in the library"), "url", url));

        Page form = open("/sources/new");
        Response posted = post(form, "/sources", fields("url", url.replace("https://www.", "http://") + "/",
                "title", "A second copy"));
        posted.then().statusCode(409);
        Document page = Jsoup.parse(posted.asString());
        Element offer = page.selectFirst(".duplicate-offer");
        assertThat(offer).isNotNull();
        assertThat(offer.text()).contains("A source with this address exists: The one in the library — use it");
        assertThat(offer.select("a[href=/sources/" + existing + "]")).hasSize(2);
        assertThat(page.selectFirst("input[name=title]").attr("value")).isEqualTo("A second copy");
    }

    @Test
    void theNewSourceFormShowsEachErrorNextToItsFieldAndKeepsWhatWasTyped() {
        Page form = open("/sources/new");
        Response posted = post(form, "/sources", fields("url", "javascript:alert(1)", "title", "",
                "publisher", "Kept publisher", "archivedUrl", "file:///etc/passwd"));
        posted.then().statusCode(422);
        Document page = Jsoup.parse(posted.asString());
        assertThat(page.selectFirst(".field.has-error #e-url").text())
                .contains("URL must be an http:// or https:// address; javascript: addresses are not accepted.");
        assertThat(page.selectFirst(".field.has-error #e-title").text()).isEqualTo("Title is required.");
        assertThat(page.selectFirst("#e-archivedUrl").text()).contains("Archived copy URL", "file:");
        assertThat(page.selectFirst("input[name=url]").attr("value")).isEqualTo("javascript:alert(1)");
        assertThat(page.selectFirst("input[name=publisher]").attr("value")).isEqualTo("Kept publisher");
        assertThat(page.select("a[href^=javascript]")).isEmpty();
    }

    @Test
    void aSourceIsEditedInTheBrowser() {
        long id = Sources.create(request("Edit me"));
        Page page = open("/sources/" + id);
        Response posted = post(page, "/sources/" + id, fields("url", page.html().selectFirst("input[name=url]").val(),
                "title", "Edited in the browser", "accessedAt", "2016-07-16", "type", "EXPERT", "reliability", "D",
                "version", page.html().selectFirst("input[name=version]").val()));
        posted.then().statusCode(303).header("Location", endsWith("/sources/" + id + "?saved=true"));
        Api.asReviewer().when().get("/api/sources/{id}", id).then()
                .body("title", equalTo("Edited in the browser")).body("type", equalTo("EXPERT"))
                .body("reliability", equalTo("D")).body("publisher", equalTo(null));
    }

    @Test
    void aTamperedVersionTooLargeForANumberIsAFieldErrorNotAServerError() {
        long id = Sources.create(request("Tampered version"));
        Page page = open("/sources/" + id);
        Response posted = post(page, "/sources/" + id, fields("url", page.html().selectFirst("input[name=url]").val(),
                "title", "Never saved", "version", "99999999999999999999"));
        posted.then().statusCode(422);
        assertThat(Jsoup.parse(posted.asString()).selectFirst(".form-errors")
                .text()).contains("version");
        Api.asReviewer().when().get("/api/sources/{id}", id).then().body("title", equalTo("Tampered version"));
    }

    @Test
    void aSourcePageListsTheClaimsThatCiteIt() {
        long source = Sources.create(request("Cited on the page"));
        long first = Sources.newClaim();
        long second = Sources.newClaim();
        Sources.attach(first, source, "supports");
        Sources.attach(second, source, "refutes");

        Document page = open("/sources/" + source).html();
        assertThat(page.select("#citations tbody tr")).hasSize(2);
        Element row = page.selectFirst("#citations tr[data-claim-id=" + first + "]");
        assertThat(row.selectFirst("a[href=/claims/" + first + "]").text())
                .isEqualTo("Statement about more than 450.000 Syrians");
        assertThat(row.selectFirst("a[href^=/articles/" + Sources.articleOf(first) + "]").text())
                .startsWith(Articles.DEMO_TITLE);
        assertThat(row.selectFirst(".stance").text()).isEqualTo("Supports");
        assertThat(page.selectFirst("#citations tr[data-claim-id=" + second + "] .stance").text())
                .isEqualTo("Refutes");
    }

    @Test
    void scriptInASourceTitleExcerptAndNoteIsShownAsText() {
        long claim = Sources.newClaim();
        long source = Api.asReviewer().body(Map.of("source", with(request(SCRIPT + " title"), "publisher",
                SCRIPT + " publisher"), "excerpt", SCRIPT + " excerpt", "note", SCRIPT + " note",
                "stance", "supports"))
                .when().post("/api/claims/{id}/evidence", claim)
                .then().statusCode(201).extract().jsonPath().getLong("source.id");

        for (String path : new String[] { "/sources/" + source, "/sources?q=publisher", "/claims/" + claim
                + "/evidence/new", "/claims/" + claim }) {
            String html = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, csrfCookie).when().get(path)
                    .then().statusCode(200).extract().asString();
            assertThat(html).as(path).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        }
        Document page = open("/claims/" + claim + "/evidence/new").html();
        assertThat(page.selectFirst("#evidence .excerpt").text()).isEqualTo(SCRIPT + " excerpt");
        assertThat(page.selectFirst("#evidence .note").text()).isEqualTo(SCRIPT + " note");
        assertThat(page.selectFirst("#evidence .source-title").text()).isEqualTo(SCRIPT + " title");
    }

    @Test
    void linksAreHttpOnlyAndNeverFollowedWithTheReferrer() {
        Map<String, Object> req = request("Linked source");
        long source = Sources.create(req);
        Document page = open("/sources/" + source).html();
        Element link = page.selectFirst(".source-meta a[href=" + req.get("url") + "]");
        assertThat(link.attr("rel")).isEqualTo("noopener noreferrer nofollow");
        assertThat(page.selectFirst(".source-meta a[href^=https://web.archive.org/]").attr("rel"))
                .isEqualTo("noopener noreferrer nofollow");

        // Should a row ever hold another scheme (written around the application), no link is drawn.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update source set url = 'javascript:alert(1)', archived_url = 'data:text/html,x' where id = ?1")
                .setParameter(1, source).executeUpdate());
        Document tampered = open("/sources/" + source).html();
        assertThat(tampered.select("a[href^=javascript], a[href^=data]")).isEmpty();
        assertThat(tampered.selectFirst(".source-meta").text()).contains("javascript:alert(1)");
    }

    @Test
    void theEvidenceFormAttachesALibrarySourceAndRedirectsToTheClaim() {
        long claim = Sources.newClaim();
        String token = Articles.unique("pick");
        long source = Sources.create(request("Picked " + token));

        Page page = open("/claims/" + claim + "/evidence/new?q=" + token);
        assertThat(page.html().select("select[name=sourceId] option[value=" + source + "]")).hasSize(1);
        post(page, "/claims/" + claim + "/evidence", fields("sourceId", source, "excerpt", "Picked excerpt",
                "stance", "refutes", "note", "", "source.url", "", "source.title", "",
                "source.type", "OTHER", "source.reliability", "F"))
                .then().statusCode(303).header("Location", endsWith("/claims/" + claim + "#evidence"));

        Api.asReviewer().when().get("/api/claims/{id}/evidence", claim).then()
                .body("", hasSize(1)).body("[0].source.id", equalTo((int) source))
                .body("[0].stance", equalTo("refutes")).body("[0].excerpt", equalTo("Picked excerpt"))
                .body("[0].note", equalTo(null));
    }

    @Test
    void theClaimPageShowsTheEvidenceAndTheFormThatAttachesMore() {
        long claim = Sources.newClaim();
        long source = Sources.create(request("Shown on the claim page"));
        long evidence = Sources.attach(claim, source, "refutes");

        Document page = open("/claims/" + claim).html();
        Element item = page.selectFirst("#evidence #evidence-" + evidence);
        assertThat(item.selectFirst("a.source-title[href=/sources/" + source + "]").text())
                .isEqualTo("Shown on the claim page");
        assertThat(item.attr("data-stance")).isEqualTo("refutes");
        Element form = page.selectFirst("form#evidence-form");
        assertThat(form.attr("action")).isEqualTo("/claims/" + claim + "/evidence");
        assertThat(form.select("select[name=sourceId] option[value=" + source + "]")).hasSize(1);
        assertThat(form.select("input[name=" + Browser.CSRF_FIELD + "]")).hasSize(1);
    }

    @Test
    void theEvidenceFormAddsANewSourceOrReusesTheOneWithItsAddress() {
        long claim = Sources.newClaim();
        Page page = open("/claims/" + claim + "/evidence/new");
        String url = Sources.uniqueUrl();
        post(page, "/claims/" + claim + "/evidence", fields("sourceId", "", "source.url", url,
                "source.title", "New from the form", "source.type", "DATA_SET", "source.reliability", "B",
                "stance", "supports"))
                .then().statusCode(303).header("Location", endsWith("/claims/" + claim + "#evidence"));

        long other = Sources.newClaim();
        Response reused = post(open("/claims/" + other + "/evidence/new"), "/claims/" + other + "/evidence",
                fields("source.url", url + "?utm_campaign=x", "source.title", "Typed again", "stance", "context"));
        reused.then().statusCode(303).header("Location", containsString("/claims/" + other + "?sourceReused="));
        long sourceId = Api.asReviewer().when().get("/api/claims/{id}/evidence", claim).then().extract()
                .jsonPath().getLong("[0].source.id");
        assertThat(reused.header("Location")).endsWith("?sourceReused=" + sourceId + "#evidence");
        Api.asReviewer().when().get("/api/claims/{id}/evidence", other).then()
                .body("[0].source.title", equalTo("New from the form"));
    }

    @Test
    void aRefusedAttachIsShownAgainWithTheErrorsAndWhatWasTyped() {
        long claim = Sources.newClaim();
        Page page = open("/claims/" + claim + "/evidence/new");
        Response refused = post(page, "/claims/" + claim + "/evidence", fields("sourceId", "",
                "source.url", "javascript:alert(1)", "source.title", "Typed title", "excerpt", "Typed excerpt"));
        refused.then().statusCode(422);
        Document html = Jsoup.parse(refused.asString());
        assertThat(html.selectFirst(".has-error [id=e-source.url]").text()).contains("javascript:");
        assertThat(html.selectFirst("#e-stance").text()).contains("Stance is required");
        assertThat(html.selectFirst("textarea[name=excerpt]").text()).isEqualTo("Typed excerpt");
        assertThat(html.selectFirst("input[name=source.title]").val()).isEqualTo("Typed title");
        assertThat(html.selectFirst("details.new-source").hasAttr("open")).isTrue();

        // The page shown again carries a token that works for the next attempt.
        Response again = post(new Page(html, csrfCookie), "/claims/" + claim + "/evidence", fields(
                "source.url", Sources.uniqueUrl(), "source.title", "Typed title", "stance", "supports"));
        again.then().statusCode(303);
    }

    @Test
    void evidenceIsRemovedWithTheFormAndOnlyWithTheToken() {
        long claim = Sources.newClaim();
        long evidence = Sources.attach(claim, Sources.create(request("To remove")), "supports");
        Page page = open("/claims/" + claim + "/evidence/new");
        Element remove = page.html().selectFirst("#evidence-" + evidence + " form");
        assertThat(remove.attr("action")).isEqualTo("/claims/" + claim + "/evidence/" + evidence + "/delete");
        assertThat(remove.hasAttr("data-confirm")).isTrue();

        Browser.withSession(session).contentType(ContentType.URLENC).formParam("x", "y")
                .when().post("/claims/{c}/evidence/{e}/delete", claim, evidence).then().statusCode(400);
        Api.asReviewer().when().get("/api/claims/{id}/evidence", claim).then().body("", hasSize(1));

        post(page, remove.attr("action"), Map.of()).then().statusCode(303)
                .header("Location", endsWith("/claims/" + claim + "#evidence"));
        Api.asReviewer().when().get("/api/claims/{id}/evidence", claim).then().body("", empty());
    }

    @Test
    void aPublishedClaimOffersNoEvidenceFormAndRefusesRemoval() {
        long claim = Sources.newClaim();
        long evidence = Sources.attach(claim, Sources.create(request("Published evidence")), "supports");
        Sources.setState(em, claim, "PUBLISHED");

        Page page = open("/claims/" + claim + "/evidence/new");
        assertThat(page.html().select("form.evidence-form")).isEmpty();
        assertThat(page.html().select("#evidence form")).isEmpty();
        assertThat(page.html().text()).contains("can change only while it is New or Researching");

        Response refused = post(page, "/claims/" + claim + "/evidence/" + evidence + "/delete", Map.of());
        refused.then().statusCode(409);
        assertThat(refused.asString()).contains("published");
        Api.asReviewer().when().get("/api/claims/{id}/evidence", claim).then().body("", hasSize(1));
    }

    @Test
    void unknownSourcesAndClaimsShowTheNotFoundPage() {
        Browser.withSession(session).when().get("/sources/999999999").then().statusCode(404)
                .body(containsString("Source 999999999 does not exist"));
        Browser.withSession(session).when().get("/claims/999999999/evidence/new").then().statusCode(404);
        for (String path : new String[] { "/sources", "/sources/new", "/sources/1", "/claims/1/evidence/new" }) {
            Browser.anonymous().when().get(path).then().statusCode(303).header("Location", endsWith("/login"));
        }
    }
}
