package io.factdesk.system;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests too large to be read are refused here, before anything parses them, with a problem the
 * caller can read: 413 for a body over {@code quarkus.http.limits.max-body-size}, 414 for a URI
 * longer than {@link #MAX_URI_LENGTH}, 431 for headers larger than {@link #MAX_HEADER_BYTES}.
 * <p>
 * Vert.x itself answers such requests with a bare status and no body, and it does so before any
 * route sees them. So its own parsing limits ({@code quarkus.http.limits.max-initial-line-length}
 * and {@code max-header-size}) are set well above these, and the refusal is made here instead.
 */
@Singleton
public class HttpLimits {

    /** RFC 9110 asks servers to take request lines of at least 8,000 octets. */
    public static final int MAX_URI_LENGTH = 8000;

    /** Name, value, ": " and the line end of every header, as Vert.x counts them. */
    public static final int MAX_HEADER_BYTES = 20 * 1024;

    private final long maxBodyBytes;

    HttpLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maxBody) {
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        // Before Quarkus' own body-size check (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, -2).
        router.route().order(Integer.MIN_VALUE + 1).handler(this::refuseTooLarge);
    }

    private void refuseTooLarge(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            refuse(context, 414, "uri-too-long", "URI too long", "The request's URI is longer than "
                    + MAX_URI_LENGTH + " characters. Send long lists in fewer requests.");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            refuse(context, 431, "headers-too-large", "Request headers too large", "The request's headers"
                    + " are larger than " + MAX_HEADER_BYTES / 1024 + " KiB together.");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,19}") && exceeds(length)) {
            refuse(context, 413, "too-large", "Request too large", "The request's body is larger than "
                    + maxBodyBytes / (1024 * 1024) + " MiB.");
            return;
        }
        context.next();
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Problem+json under /api, a line of text elsewhere; the connection is closed, the body unread. */
    private static void refuse(RoutingContext context, int status, String slug, String title, String detail) {
        String path = context.request().path();
        boolean api = path != null && (path.equals("/api") || path.startsWith("/api/"));
        var response = context.response().setStatusCode(status).putHeader(HttpHeaders.CONNECTION, "close");
        if (api) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(io.vertx.core.json.Json.encode(ProblemResponses.of(status, slug, title, detail).toJson()));
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8").end(title + ". " + detail);
        }
    }
}
