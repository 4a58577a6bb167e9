package io.factdesk.report;

import io.factdesk.system.ProblemResponses;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Renders in flight per client address: a report or public page that is not in {@link ReportCache}
 * costs a query set and, for a PDF, seconds of a core; anyone may ask for the public ones. A client
 * (its address, as the proxy forwards it when {@code quarkus.http.proxy.proxy-address-forwarding} is
 * on) may have {@link #PER_CLIENT} renders going at once; one more is refused with 429 and
 * {@code Retry-After} until one of them ends. Requests answered from the cache, and requests that
 * wait for a render another client started, take no slot. docs/reports.md.
 */
@ApplicationScoped
public class RenderLimit {

    /** Renders one client address may have in flight at once. */
    static final int PER_CLIENT = 2;
    /** What a refused client is told to wait, in seconds: about a PDF render of a large article. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong started = new AtomicLong();

    @Inject
    Instance<RoutingContext> request;

    /** Runs {@code render} for the client of the current request, or refuses it (429). */
    public <T> T render(Supplier<T> render) {
        return render(client(), render);
    }

    <T> T render(String client, Supplier<T> render) {
        boolean[] admitted = { false };
        inFlight.compute(client, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= PER_CLIENT) {
                return n;
            }
            admitted[0] = true;
            return now + 1;
        });
        if (!admitted[0]) {
            throw new TooManyRenders();
        }
        try {
            started.incrementAndGet();
            return render.get();
        } finally {
            inFlight.compute(client, (k, n) -> n == null || n <= 1 ? null : n - 1);
        }
    }

    /** How many renders were started since the server started (the tests count them). */
    public long started() {
        return started.get();
    }

    private String client() {
        if (request.isResolvable()) {
            SocketAddress address = request.get().request().remoteAddress();
            if (address != null) {
                return address.hostAddress();
            }
        }
        return "unknown";
    }

    /** A client asked for more renders at once than it may have. */
    public static final class TooManyRenders extends RuntimeException {
        TooManyRenders() {
            super("You have " + PER_CLIENT + " reports being rendered already; ask again when one of them is done.",
                    null, false, false);
        }
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyRenders e, UriInfo uri) {
        Response problem = ProblemResponses.respond(uri, ProblemResponses.of(429, "too-many-renders",
                "Too many reports at once", e.getMessage()));
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
