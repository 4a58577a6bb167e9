package io.factdesk.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factdesk.system.ChainHead;
import io.factdesk.system.ProblemException;
import io.factdesk.system.ProblemResponses;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The published fact-checks for feed readers, partners and aggregators (docs/reports.md, "Feeds and crawling"):
 * an Atom feed of the {@link #ATOM_ENTRIES} most recently published or corrected ones, newest first, and a
 * schema.org DataFeed of every published ClaimReview, {@link #DATAFEED_PAGE} to a page. Both are built from the
 * public report of the claims they list, which holds PUBLISHED claims only, and kept in {@link ReportCache}
 * until the next change; {@link PublicCaching} answers revalidations.
 */
@Path("/public")
@PermitAll
public class PublicFeeds {

    /** Entries in the Atom feed: the newest; older checks stay in the DataFeed and the sitemap. */
    static final int ATOM_ENTRIES = 50;
    /** ClaimReviews per page of the DataFeed (a report of a selection holds at most {@link ReportService#MAX_SELECTION}). */
    static final int DATAFEED_PAGE = 100;

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final MediaType ATOM_TYPE = MediaType.valueOf("application/atom+xml;charset=UTF-8");
    static final MediaType LD_JSON = MediaType.valueOf("application/ld+json;charset=UTF-8");

    @Inject
    ReportService reports;

    @Inject
    PublishedClaims published;

    @Inject
    PublicLinks links;

    @Inject
    ObjectMapper json;

    @Inject
    ReportCache cache;

    @Inject
    RenderLimit renders;

    @Inject
    PublicCaching caching;

    @GET
    @Path("feed.atom")
    public Response atom(HttpHeaders request) {
        String base = links.base();
        return caching.answer(request, at -> Response.ok(cache.at(at, new ReportCache.Key("feed", "atom"),
                head -> renders.render(() -> new ReportCache.Rendered(atom(base, head), null, true, 0))).body(),
                ATOM_TYPE));
    }

    /**
     * Page {@code page} (from 1) of the DataFeed; a page past the last is a 404 (the first page is always there,
     * empty when nothing is published). The pages are linked with {@code Link: rel="next"/"prev"}.
     */
    @GET
    @Path("claimreview-feed.json")
    public Response dataFeed(@RestQuery Integer page, HttpHeaders request) {
        int n = page == null ? 1 : page;
        if (n < 1) {
            throw ProblemException.invalid("page", "Pages are numbered from 1.");
        }
        String base = links.base();
        return caching.answer(request, at -> {
            ReportCache.Rendered feed = cache.at(at, new ReportCache.Key("feed", "datafeed-" + n),
                    head -> renders.render(() -> dataFeed(base, n, head)));
            if (feed == null) {
                throw ProblemException.notFound("Page of the ClaimReview feed", n);
            }
            Response.ResponseBuilder ok = Response.ok(feed.body(), LD_JSON);
            String self = base + "/public/claimreview-feed.json";
            if (n > 1) {
                ok.header("Link", "<" + self + (n == 2 ? "" : "?page=" + (n - 1)) + ">; rel=\"prev\"");
            }
            if (feed.claims() > 0) {
                ok.header("Link", "<" + self + "?page=" + (n + 1) + ">; rel=\"next\"");
            }
            return ok;
        });
    }

    /** Refusals as problem+json: the feeds are read by programs, not browsers. */
    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return ProblemResponses.json(e.toProblem());
    }

    /** The Atom document of the newest published claims, at {@code head}. */
    String atom(String base, ChainHead.At head) {
        List<PublishedClaims.Published> newest = published.newest(ATOM_ENTRIES);
        Report report = newest.isEmpty() ? null
                : reports.ofClaims(newest.stream().map(PublishedClaims.Published::id).toList(), true, base, head);
        Map<Long, Report.ReportClaim> byId = new HashMap<>();
        Map<Long, List<Report.Correction>> corrections = new HashMap<>();
        Map<Long, Report.ArticleInfo> articles = new HashMap<>();
        if (report != null) {
            report.claims().forEach(c -> byId.put(c.id(), c));
            report.corrections().forEach(c -> corrections.computeIfAbsent(c.claimId(), k -> new ArrayList<>()).add(c));
            report.articles().forEach(a -> articles.put(a.id(), a));
        }
        Report.OrganisationInfo org = report != null ? report.organisation() : organisation(base);
        List<Report.ReportClaim> entries = newest.stream().map(p -> byId.get(p.id())).filter(c -> c != null
                && c.publishedAt() != null).sorted(Comparator.comparing(Report.ReportClaim::publishedAt).reversed()
                .thenComparing(Comparator.comparingLong(Report.ReportClaim::id).reversed())).toList();
        Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(0).publishedAt();

        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", base + "/public/feed.atom");
            text(xml, "title", "Fact-checks by " + org.name());
            text(xml, "subtitle", "The " + ATOM_ENTRIES + " most recently published or corrected fact-checks, newest"
                    + " first.");
            text(xml, "updated", time(updated));
            link(xml, "self", "application/atom+xml", base + "/public/feed.atom");
            link(xml, "alternate", "text/html", org.url());
            xml.writeStartElement(ATOM, "author");
            text(xml, "name", org.name());
            text(xml, "uri", org.url());
            xml.writeEndElement();
            text(xml, "generator", "Factdesk");
            for (Report.ReportClaim claim : entries) {
                entry(xml, claim, corrections.getOrDefault(claim.id(), List.of()), articles.get(claim.articleId()));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * One fact-check: its id is its public page's address, which never changes; {@code updated} is when it was
     * last published, so a correction moves it to the top with the correction in its summary; {@code published}
     * is given only for a check never corrected (the time of the first publication is not kept apart).
     */
    private static void entry(XMLStreamWriter xml, Report.ReportClaim claim, List<Report.Correction> corrections,
            Report.ArticleInfo article) throws XMLStreamException {
        String headline = ShareMeta.headline(claim);
        xml.writeStartElement(ATOM, "entry");
        text(xml, "id", claim.publicUrl());
        text(xml, "title", headline);
        text(xml, "updated", time(claim.publishedAt()));
        if (corrections.isEmpty()) {
            text(xml, "published", time(claim.publishedAt()));
        }
        link(xml, "alternate", "text/html", claim.publicUrl());
        if (article != null && article.publicUrl() != null) {
            link(xml, "related", "text/html", article.publicUrl());
        }
        if (claim.verdict() != null) {
            xml.writeEmptyElement(ATOM, "category");
            xml.writeAttribute("term", claim.verdict().label());
            xml.writeAttribute("label", "Verdict: " + claim.verdict().label());
        }
        xml.writeStartElement(ATOM, "summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(xmlText(summary(claim, headline, corrections, article)));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** "Verdict: False. “…” said The ministry on 2016-07-14, in …. Corrected on …: note (A → B)." */
    static String summary(Report.ReportClaim claim, String headline, List<Report.Correction> corrections,
            Report.ArticleInfo article) {
        StringBuilder s = new StringBuilder();
        if (claim.verdict() != null) {
            s.append("Verdict: ").append(claim.verdict().label()).append(". ");
        }
        s.append('\u201c').append(headline).append('\u201d');
        if (claim.claimant() != null) {
            s.append(", said by ").append(claim.claimant());
        }
        if (claim.claimDate() != null) {
            s.append(" on ").append(claim.claimDate());
        }
        if (article != null) {
            s.append(", in \u201c").append(article.title()).append('\u201d');
        }
        s.append('.');
        for (Report.Correction c : corrections) {
            s.append(" Corrected on ").append(c.republishedAt().atZone(ZoneOffset.UTC).toLocalDate());
            if (c.note() != null) {
                s.append(": ").append(c.note());
            }
            if (c.verdictBefore() != null && c.verdictAfter() != null && !c.verdictBefore().equals(c.verdictAfter())) {
                s.append(" (verdict ").append(c.verdictBefore()).append(" \u2192 ").append(c.verdictAfter()).append(')');
            }
            s.append('.');
        }
        return s.toString();
    }

    /**
     * Page {@code n} of the DataFeed, or null past the last page. {@code claims} of the result is 1 when a
     * further page follows (the feed holds no count of its own).
     */
    ReportCache.Rendered dataFeed(String base, int n, ChainHead.At head) {
        long offset = (long) (n - 1) * DATAFEED_PAGE;
        long total = published.count();
        if (n > 1 && offset >= total) {
            return null;
        }
        List<PublishedClaims.Published> page = offset >= total ? List.of()
                : published.byId((int) offset, DATAFEED_PAGE);
        ObjectNode feed = json.createObjectNode();
        feed.put("@context", "https://schema.org");
        feed.put("@type", "DataFeed");
        Report report = page.isEmpty() ? null
                : reports.ofClaims(page.stream().map(PublishedClaims.Published::id).toList(), true, base, head);
        Report.OrganisationInfo org = report != null ? report.organisation() : organisation(base);
        feed.put("name", "Fact-checks by " + org.name());
        feed.put("url", base + "/public/claimreview-feed.json" + (n == 1 ? "" : "?page=" + n));
        ObjectNode publisher = feed.putObject("publisher");
        publisher.put("@type", "Organization");
        publisher.put("name", org.name());
        publisher.put("url", org.url());
        page.stream().map(PublishedClaims.Published::publishedAt).filter(t -> t != null).max(Instant::compareTo)
                .ifPresent(t -> feed.put("dateModified", time(t)));
        ArrayNode elements = feed.putArray("dataFeedElement");
        if (report != null) {
            Map<Long, Report.ReportClaim> byId = new HashMap<>();
            report.claims().forEach(c -> byId.put(c.id(), c));
            for (PublishedClaims.Published p : page) {
                Report.ReportClaim claim = byId.get(p.id());
                if (claim != null && claim.publicUrl() != null && claim.verdict() != null) {
                    elements.add(ClaimReviews.of(report, claim, json));
                }
            }
        }
        boolean more = offset + page.size() < total;
        return new ReportCache.Rendered(ClaimReviews.toJson(feed, json), null, true, more ? 1 : 0);
    }

    /** The organisation as the reports name it, for a feed with no claim to build a report of. */
    private static Report.OrganisationInfo organisation(String base) {
        Organisation org = Organisation.current();
        return new Report.OrganisationInfo(org.name, org.url != null ? org.url : base, null, null);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(xmlText(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /**
     * The text without the characters XML 1.0 cannot carry (control characters other than tab and line breaks,
     * lone surrogates, U+FFFE and U+FFFF), which a pasted article may hold: the feed stays well-formed.
     */
    static String xmlText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** RFC 3339, in UTC, to the second. */
    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
