package io.factdesk.report;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What search engines may crawl (docs/reports.md, "Feeds and crawling"): {@code /sitemap.xml} lists the public
 * page of every published claim and of every article with one, each with the time of its newest publication or
 * correction; {@code /robots.txt} lets crawlers into {@code /public/} only (and the sitemap) and names the
 * sitemap. The pages of earlier article versions, linked from the claims they were checked on, are left out of
 * the sitemap (they say {@code noindex}), as are the embeddable cards.
 */
@Path("/")
@PermitAll
public class Sitemap {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The sitemap protocol's limit of addresses per file; past it the most recently published are listed. */
    static final int MAX_URLS = 50_000;

    @Inject
    PublishedClaims published;

    @Inject
    PublicLinks links;

    @Inject
    ReportCache cache;

    @Inject
    PublicCaching caching;

    @GET
    @Path("sitemap.xml")
    public Response sitemap(HttpHeaders request) {
        String base = links.base();
        return caching.answer(request, at -> Response.ok(cache.at(at, new ReportCache.Key("sitemap", "xml"),
                head -> new ReportCache.Rendered(sitemap(base), null, true, 0)).body(),
                MediaType.valueOf("application/xml;charset=UTF-8")));
    }

    @GET
    @Path("robots.txt")
    public Response robots(HttpHeaders request) {
        String base = links.base();
        return caching.answer(request, at -> Response.ok(robots(base), MediaType.valueOf("text/plain;charset=UTF-8")));
    }

    static String robots(String base) {
        return """
                # Factdesk: only the published fact-checks are for crawlers; the desk and its API are not.
                User-agent: *
                Allow: /public/
                Allow: /sitemap.xml
                Disallow: /api/
                Disallow: /

                Sitemap: %s/sitemap.xml
                """.formatted(base);
    }

    String sitemap(String base) {
        // The claims' pages first, then the articles', each newest first.
        List<PublishedClaims.Published> claims = published.newest(MAX_URLS);
        Map<Long, Instant> articles = new LinkedHashMap<>();
        for (PublishedClaims.Published c : claims) {
            articles.merge(c.articleId(), c.publishedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "urlset");
            xml.writeDefaultNamespace(NS);
            int written = 0;
            for (PublishedClaims.Published c : claims) {
                url(xml, PublicLinks.claim(base, c.id()), c.publishedAt());
                written++;
            }
            for (Map.Entry<Long, Instant> a : articles.entrySet()) {
                if (written++ >= MAX_URLS) {
                    break;
                }
                url(xml, PublicLinks.article(base, a.getKey()), a.getValue());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void url(XMLStreamWriter xml, String loc, Instant lastmod) throws XMLStreamException {
        xml.writeStartElement(NS, "url");
        xml.writeStartElement(NS, "loc");
        xml.writeCharacters(loc);
        xml.writeEndElement();
        if (lastmod != null) {
            xml.writeStartElement(NS, "lastmod");
            xml.writeCharacters(PublicFeeds.time(lastmod));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
