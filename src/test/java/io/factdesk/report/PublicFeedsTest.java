package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The feeds and the sitemap as their readers take them (docs/reports.md, "Feeds and crawling"): the Atom feed
 * read by Rome and by the JDK's own namespace-aware parser, the DataFeed's ClaimReviews compared with the claim
 * pages', the sitemap checked against the sitemap 0.9 schema; nothing unpublished in any of them.
 */
@QuarkusTest
class PublicFeedsTest {

    @Inject
    PublicLinks links;

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<[^>]*(/public/claimreview-feed\\.json[^>]*)>;\\s*rel=\"next\"");

    private static String get(String path, String type) {
        return Browser.anonymous().get(path).then().statusCode(200).contentType(startsWith(type)).extract().asString();
    }

    private static Document dom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    private String claimUrl(long claim) {
        return PublicLinks.claim(links.base(), claim);
    }

    /** Brings a published claim through a correction: reopened with a note, a new verdict, published again. */
    private static void correct(long claim, String note) {
        Workflow.move(Workflow.SETUP_EDITOR, claim, "RESEARCHING", Map.of("comment", note), 200);
        Workflow.verdict(claim, "False");
        Workflow.move(Workflow.SETUP_REVIEWER, claim, "IN_REVIEW", Map.of(), 200);
        Workflow.move(Workflow.SETUP_EDITOR, claim, "APPROVED", Map.of(), 200);
        Workflow.move(Workflow.SETUP_EDITOR_2, claim, "PUBLISHED", Map.of(), 200);
    }

    @Test
    void theAtomFeedListsPublishedChecksNewestFirstForRomeAndForTheJdkParser() throws Exception {
        long older = Workflow.claimIn("PUBLISHED");
        long newer = Workflow.claimIn("PUBLISHED");
        long approved = Workflow.claimIn("APPROVED");
        String xml = get("/public/feed.atom", "application/atom+xml");

        SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(xml)));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).startsWith("Fact-checks by ");
        assertThat(feed.getAuthors()).isNotEmpty();
        List<String> links = feed.getEntries().stream().map(SyndEntry::getLink).toList();
        assertThat(links).contains(claimUrl(older), claimUrl(newer)).doesNotContain(claimUrl(approved));
        assertThat(links.indexOf(claimUrl(newer))).as("newest first").isLessThan(links.indexOf(claimUrl(older)));
        assertThat(links).hasSizeLessThanOrEqualTo(PublicFeeds.ATOM_ENTRIES);
        SyndEntry entry = feed.getEntries().get(links.indexOf(claimUrl(newer)));
        assertThat(entry.getUri()).isEqualTo(claimUrl(newer));
        assertThat(entry.getTitle()).isEqualTo(Workflow.claim(newer).getString("statement"));
        assertThat(entry.getCategories().get(0).getName()).isEqualTo("Mostly false");
        assertThat(entry.getDescription().getValue()).startsWith("Verdict: Mostly false.");
        for (int i = 1; i < feed.getEntries().size(); i++) {
            assertThat(feed.getEntries().get(i).getUpdatedDate()).as("entry " + i + " is not newer than the one before")
                    .isBeforeOrEqualTo(feed.getEntries().get(i - 1).getUpdatedDate());
        }

        Element root = dom(xml).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "id")).endsWith("/public/feed.atom");
        assertThat(Instant.parse(child(root, "updated"))).isNotNull();
        Set<String> ids = new HashSet<>();
        for (Element e : children(root, "entry")) {
            assertThat(ids.add(child(e, "id"))).as("ids are unique").isTrue();
            assertThat(child(e, "title")).isNotBlank();
            assertThat(Instant.parse(child(e, "updated"))).isNotNull();
            Element alternate = children(e, "link").stream().filter(l -> l.getAttribute("rel").equals("alternate"))
                    .findFirst().orElseThrow();
            assertThat(alternate.getAttribute("href")).isEqualTo(child(e, "id"));
        }
        assertThat(ids).contains(claimUrl(older), claimUrl(newer)).doesNotContain(claimUrl(approved));
    }

    @Test
    void aCorrectionMovesItsEntryToTheTopAsAnUpdateWithTheNote() throws Exception {
        long corrected = Workflow.claimIn("PUBLISHED");
        long later = Workflow.claimIn("PUBLISHED");
        ExtractableResponse<Response> before = Browser.anonymous().get("/public/feed.atom").then().statusCode(200)
                .extract();
        SyndFeed first = new SyndFeedInput().build(new InputSource(new StringReader(before.asString())));
        assertThat(first.getEntries().get(0).getLink()).isEqualTo(claimUrl(later));

        correct(corrected, "The share was 12 percent, not 40.");
        ExtractableResponse<Response> after = Browser.anonymous().header("If-None-Match", before.header("ETag"))
                .get("/public/feed.atom").then().statusCode(200).extract();
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(after.asString())));
        SyndEntry top = feed.getEntries().get(0);
        assertThat(top.getLink()).isEqualTo(claimUrl(corrected));
        assertThat(top.getUri()).as("the same entry, updated").isEqualTo(claimUrl(corrected));
        // Atom's dates are to the second here: the correction may share its second with the later publication.
        assertThat(top.getUpdatedDate()).isAfterOrEqualTo(feed.getEntries().get(1).getUpdatedDate());
        assertThat(top.getDescription().getValue()).startsWith("Verdict: False.")
                .contains("Corrected on ").contains(": The share was 12 percent, not 40.")
                .contains("(verdict Mostly false \u2192 False)");
        assertThat(feed.getEntries().stream().filter(e -> e.getLink().equals(claimUrl(corrected)))).hasSize(1);
        Element entry = children(dom(after.asString()).getDocumentElement(), "entry").get(0);
        assertThat(children(entry, "published")).as("first publication not known apart: left out").isEmpty();
    }

    @Test
    void theDataFeedHoldsTheClaimPagesClaimReviewsAndNothingUnpublished() throws Exception {
        long published = Workflow.claimIn("PUBLISHED");
        long inReview = Workflow.claimIn("IN_REVIEW");
        long reopened = Workflow.claimIn("PUBLISHED");
        Workflow.move(Workflow.SETUP_EDITOR, reopened, "RESEARCHING", Map.of("comment", "Being corrected."), 200);

        List<JsonNode> elements = new ArrayList<>();
        String path = "/public/claimreview-feed.json";
        int pages = 0;
        while (path != null) {
            ExtractableResponse<Response> r = Browser.anonymous().get(path).then().statusCode(200)
                    .contentType(startsWith("application/ld+json")).extract();
            JsonNode feed = JSON.readTree(r.asString());
            assertThat(feed.path("@context").asText()).isEqualTo("https://schema.org");
            assertThat(feed.path("@type").asText()).isEqualTo("DataFeed");
            feed.path("dataFeedElement").forEach(elements::add);
            Matcher next = NEXT.matcher(String.join(",", r.headers().getValues("Link")));
            path = next.find() ? next.group(1) : null;
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(1);
        List<String> urls = elements.stream().map(e -> e.path("url").asText()).toList();
        assertThat(urls).contains(claimUrl(published)).doesNotContain(claimUrl(inReview), claimUrl(reopened))
                .doesNotHaveDuplicates();
        // The same documents as the claims' pages carry: every one of them for the last twenty published.
        for (JsonNode element : elements.subList(Math.max(0, elements.size() - 20), elements.size())) {
            String page = get(element.path("url").asText().substring(links.base().length()), "text/html");
            JsonNode onPage = JSON.readTree(Jsoup.parse(page).select("script[type=application/ld+json]").first().data());
            assertThat(element).as(element.path("url").asText()).isEqualTo(onPage);
        }
        JsonNode mine = elements.get(urls.indexOf(claimUrl(published)));
        assertThat(mine.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(mine.path("reviewRating").path("alternateName").asText()).isEqualTo("Mostly false");

        Browser.anonymous().get("/public/claimreview-feed.json?page=" + (pages + 1)).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        Browser.anonymous().get("/public/claimreview-feed.json?page=0").then().statusCode(422)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theSitemapIsValidAndListsPublicPagesOnlyAndRobotsPointToIt() throws Exception {
        long published = Workflow.claimIn("PUBLISHED");
        long article = Workflow.claim(published).getLong("articleId");
        long approved = Workflow.claimIn("APPROVED");
        long approvedArticle = Workflow.claim(approved).getLong("articleId");
        String xml = get("/sitemap.xml", "application/xml");

        URL xsd = PublicFeedsTest.class.getResource("/sitemap-0.9.xsd");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));

        Document sitemap = dom(xml);
        NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertThat(urls).contains(claimUrl(published), PublicLinks.article(links.base(), article))
                .doesNotContain(claimUrl(approved), PublicLinks.article(links.base(), approvedArticle))
                .allMatch(u -> u.startsWith(links.base() + "/public/")).doesNotHaveDuplicates();

        String robots = get("/robots.txt", "text/plain");
        assertThat(robots.lines().toList()).contains("User-agent: *", "Allow: /public/", "Disallow: /api/",
                "Disallow: /", "Sitemap: " + links.base() + "/sitemap.xml");
    }

    @Test
    void aSitemapThatBreaksTheSchemaIsRefusedByTheValidator() throws Exception {
        // The schema is not a formality: a url without loc, or a priority above 1, fails.
        URL xsd = PublicFeedsTest.class.getResource("/sitemap-0.9.xsd");
        var validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator();
        for (String bad : List.of("<url><lastmod>2026-01-01</lastmod></url>",
                "<url><loc>https://x.example/</loc><priority>1.5</priority></url>",
                "<url><loc>https://x.example/</loc><changefreq>sometimes</changefreq></url>")) {
            String doc = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + bad + "</urlset>";
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> validator.validate(new StreamSource(
                    new StringReader(doc)))).as(bad).isInstanceOf(org.xml.sax.SAXException.class);
        }
    }
}
