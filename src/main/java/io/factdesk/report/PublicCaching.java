package io.factdesk.report;

import io.factdesk.system.ChainHead;
import io.factdesk.system.ProblemException;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * HTTP caching of what anyone may read (public pages, feeds, sitemap, embeds), so that a CDN or a browser in
 * front of Factdesk can carry a viral fact-check: every answer has an {@code ETag}, a {@code Last-Modified} and
 * {@code Cache-Control: public, max-age=60, stale-while-revalidate=300}, and a revalidation whose validator
 * still holds is answered {@code 304} before anything is read or rendered.
 *
 * <p>The validator is the head of the history chain, read with the time of its event in one query: every change
 * to what a public page shows appends an event ({@link ChainHead}), so an unchanged head means an unchanged
 * page; it is what {@link ReportCache} keys its pages by, and the page is taken from the cache at that very head
 * ({@link ReportCache#at}), so the body and its ETag always belong together. A change anywhere on the desk moves
 * every validator (a page the change did not touch is sent again, unchanged): the price of a validator that
 * costs one indexed read and cannot miss a change. docs/reports.md, "Caching for the public".
 */
@ApplicationScoped
public class PublicCaching {

    /** How long a browser or CDN may reuse an answer without asking, in seconds. */
    static final int MAX_AGE_SECONDS = 60;
    /** How long after that a CDN may still serve it while it revalidates in the background, in seconds. */
    static final int STALE_WHILE_REVALIDATE_SECONDS = 300;
    static final String CACHE_CONTROL = "public, max-age=" + MAX_AGE_SECONDS + ", stale-while-revalidate="
            + STALE_WHILE_REVALIDATE_SECONDS;

    /** Before the first event: the chain's start has no time of its own. */
    private static final Instant STARTED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    EntityManager em;

    @Inject
    ReportService reports;

    @Inject
    ReportCache cache;

    @Inject
    RenderLimit renders;

    @Inject
    PublicLinks links;

    /**
     * What a public answer is validated by: the chain head (for the cache) and when its event happened.
     *
     * @param head         the head the answer is computed at
     * @param lastModified the head event's time, to the second (HTTP dates have no finer unit)
     */
    public record Validator(ChainHead.At head, Instant lastModified) {

        /** A weak ETag: the same head gives an equivalent page, not necessarily the same bytes (dates of generation). */
        public String etag() {
            return "W/\"" + head.seq() + "-" + head.hash().substring(0, Math.min(16, head.hash().length())) + "\"";
        }
    }

    /**
     * No cookie on an answer any cache may keep: a shared cache that stored the CSRF cookie the desk hands every
     * new browser (or a signed-in reader's refreshed session) would give it to everyone, and most CDNs keep no
     * answer that sets one. Public pages hold no form, so they need no CSRF token; the desk's pages still set it.
     */
    void keepCookiesOffPublicAnswers(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            context.addHeadersEndHandler(done -> {
                if (CACHE_CONTROL.equals(context.response().headers().get(HttpHeaders.CACHE_CONTROL))) {
                    context.response().headers().remove(HttpHeaders.SET_COOKIE);
                    for (Cookie cookie : List.copyOf(context.request().cookies())) {
                        context.response().removeCookies(cookie.getName(), false);
                    }
                }
            });
            context.next();
        });
    }

    /** The chain head and its event's time, as committed now (a transaction of its own, as {@code AuditHead}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Validator current() {
        return validator((Object[]) em.createNativeQuery(HEAD).getSingleResult());
    }

    /**
     * {@link #current()} and whether claim {@code id} is published, in one query (one snapshot, one round trip:
     * a public claim answer from the cache reads nothing else); empty when it is not published.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Validator> currentIfPublished(long id) {
        Object[] row = (Object[]) em.createNativeQuery(HEAD_AND_PUBLISHED).setParameter("id", id).getSingleResult();
        return ((Number) row[3]).longValue() == 0 ? Optional.empty() : Optional.of(validator(row));
    }

    private static final String HEAD = "select h.seq, h.hash, e.occurred_at from audit_head h"
            + " left join audit_event e on e.seq = h.seq where h.id = 1";
    private static final String HEAD_AND_PUBLISHED = "select h.seq, h.hash, e.occurred_at,"
            + " (select count(*) from claim c where c.id = :id and c.state = 'PUBLISHED') from audit_head h"
            + " left join audit_event e on e.seq = h.seq where h.id = 1";

    private static Validator validator(Object[] row) {
        Instant at = instant(row[2]);
        return new Validator(new ChainHead.At(((Number) row[0]).longValue(), (String) row[1]),
                at == null ? STARTED : at.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The answer for a public GET: {@code 304} when the request's {@code If-None-Match} (or, without one, its
     * {@code If-Modified-Since}) still holds, without calling {@code render}; otherwise the rendered answer with
     * the validators. {@code render} is given the head to compute at.
     */
    public Response answer(HttpHeaders request, Function<ChainHead.At, Response.ResponseBuilder> render) {
        return answer(request, current(), render);
    }

    private static Response answer(HttpHeaders request, Validator validator,
            Function<ChainHead.At, Response.ResponseBuilder> render) {
        if (notModified(request, validator)) {
            return withValidators(Response.notModified(), validator).build();
        }
        return withValidators(render.apply(validator.head()), validator).build();
    }

    /**
     * A public answer made from one published claim's report (its page, card, embed, oEmbed): rendered by
     * {@code render} (given the report and the public base address) once per chain head, kept in
     * {@link ReportCache} under ({@code claim-{id}}, {@code variant}), within the client's {@link RenderLimit};
     * then sent by {@code respond}. A claim that is not published is a 404 ({@code ProblemException}), before
     * any revalidation or rendering: its answer says nothing of the claim, and no validator makes it a 304.
     */
    public Response ofClaim(HttpHeaders request, long id, String variant,
            BiFunction<Report, String, ReportCache.Rendered> render,
            BiFunction<ReportCache.Rendered, String, Response.ResponseBuilder> respond) {
        Validator validator = currentIfPublished(id)
                .orElseThrow(() -> ProblemException.notFound("Published fact-check", id));
        String base = links.base();
        return answer(request, validator, at -> {
            ReportCache.Rendered made = cache.at(at, new ReportCache.Key("claim-" + id, variant),
                    head -> renders.render(() -> {
                        Report report = reports.ofClaims(List.of(id), true, base, head);
                        return report.claims().isEmpty() ? new ReportCache.Rendered(new byte[0], null, true, 0)
                                : render.apply(report, base);
                    }));
            if (made.claims() == 0) {
                throw ProblemException.notFound("Published fact-check", id);
            }
            return respond.apply(made, base);
        });
    }

    /** Whether the client's copy is still current (RFC 9110 §13.2.2: If-None-Match first, weak comparison). */
    static boolean notModified(HttpHeaders request, Validator validator) {
        String noneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (noneMatch != null && !noneMatch.isBlank()) {
            String mine = opaque(validator.etag());
            for (String tag : noneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || opaque(t).equals(mine)) {
                    return true;
                }
            }
            return false;
        }
        String since = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (since != null && !since.isBlank()) {
            try {
                Instant client = ZonedDateTime.parse(since.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !validator.lastModified().isAfter(client);
            } catch (DateTimeParseException e) {
                return false; // an unreadable date is ignored (RFC 9110 §13.1.3)
            }
        }
        return false;
    }

    static Response.ResponseBuilder withValidators(Response.ResponseBuilder response, Validator validator) {
        return response.header(HttpHeaders.ETAG, validator.etag())
                .header(HttpHeaders.LAST_MODIFIED, httpDate(validator.lastModified()))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(instant.atZone(ZoneOffset.UTC));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("Unexpected time type " + value.getClass());
    }
}
