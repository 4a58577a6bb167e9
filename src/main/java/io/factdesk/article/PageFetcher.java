package io.factdesk.article;

import io.factdesk.system.Problem;
import io.factdesk.system.ProblemException;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one web page for an import, or refuses with a 422 naming the field {@code url}: only http and
 * https; every address of every hop checked against the {@link FetchPolicy} before connecting; redirects
 * followed by hand up to a limit; a timeout per hop and one for the whole fetch; the body cut off past a
 * size; only HTML. Plain class: the service builds it from {@link FetchConfig}, tests with their own limits.
 *
 * <p>The host is resolved and checked, then the client connects by name and resolves it again: a name
 * whose DNS answer changes between the two (DNS rebinding) could still reach an internal address.
 * docs/security.md says so and what to do about it.
 */
public final class PageFetcher {

    /** The limits of a fetch. */
    public record Settings(FetchPolicy policy, int maxRedirects, Duration timeout, Duration totalTimeout,
            long maxBytes) {
    }

    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
            Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");

    private final Settings settings;
    private final HttpClient client;

    public PageFetcher(Settings settings) {
        this.settings = settings;
        // No proxy: the address checked must be the one connected to. HTTP/1.1: no h2c upgrade dance.
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY).connectTimeout(settings.timeout())
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    public FetchedPage fetch(String address) {
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        String asked = address == null ? "" : address.strip();
        URI uri = parse(asked);
        for (int redirects = 0;; redirects++) {
            check(uri);
            HttpResponse<byte[]> response = send(uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw refused("The site answered " + status + " without saying where the page went.");
                }
                if (redirects >= settings.maxRedirects()) {
                    throw refused("Too many redirects (more than " + settings.maxRedirects() + ").");
                }
                uri = parse(uri, location.get().strip());
                continue;
            }
            if (status < 200 || status >= 300) {
                String reason = REASONS.get(status);
                throw refused("The site answered " + status + (reason == null ? "" : " " + reason) + ".");
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String mediaType = mediaType(contentType);
            if (!HTML_TYPES.contains(mediaType)) {
                throw refused(mediaType.isEmpty() ? "The page is not HTML (the site names no content type)."
                        : "The page is not HTML (it is " + mediaType + ").");
            }
            String type = contentType.length() > 200 ? contentType.substring(0, 200) : contentType;
            return new FetchedPage(asked, uri.toString(), status, type, charset(contentType), response.body(),
                    Instant.now());
        }
    }

    /** Refuses what is not an absolute http or https address. */
    private static URI parse(String address) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw refused("This is not a web address.");
        }
        return absolute(uri);
    }

    private static URI parse(URI base, String location) {
        try {
            return absolute(base.resolve(new URI(location)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw refused("The site redirected to an address that is not valid.");
        }
    }

    private static URI absolute(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("Only web pages (http or https) can be fetched.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw refused("The address names no site.");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("Addresses with a user name or password are not fetched.");
        }
        return uri;
    }

    /** Every address the host resolves to must be permitted; one internal address refuses the host. */
    private void check(URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw refused("No site could be found at " + host + ".");
        }
        for (InetAddress a : addresses) {
            if (!settings.policy().permits(a)) {
                throw refused("This address points inside the server's own network and is refused.");
            }
        }
    }

    private HttpResponse<byte[]> send(URI uri, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw totalTimeout();
        }
        Duration hop = settings.timeout().toNanos() < left ? settings.timeout() : Duration.ofNanos(left);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(hop).GET()
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                .header("User-Agent", "Factdesk (fact-checking desk; import by URL)").build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, this::body);
        try {
            return future.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw totalTimeout();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw refused("The fetch was interrupted.");
        } catch (ExecutionException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof TooLarge) {
                    throw refused("The page is larger than " + size(settings.maxBytes()) + ".");
                }
                if (t instanceof HttpTimeoutException) {
                    throw refused("The site did not answer within " + duration(settings.timeout()) + ".");
                }
                if (t instanceof ConnectException) {
                    throw refused("The site could not be reached (the connection was refused).");
                }
            }
            throw refused("The site could not be reached (" + describe(e.getCause()) + ").");
        }
    }

    /** Reads the body only of an HTML page that was found; anything else is discarded unread. */
    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        if (status < 200 || status >= 300 || !HTML_TYPES.contains(mediaType(info.headers()))) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new Limited(settings.maxBytes(), declared);
    }

    private ProblemException totalTimeout() {
        return refused("The page did not arrive within " + duration(settings.totalTimeout()) + ".");
    }

    static ProblemException refused(String message) {
        return new ProblemException(422, "fetch-refused", "The page could not be fetched", message,
                List.of(new Problem.FieldError("url", message)), null);
    }

    private static String mediaType(HttpHeaders headers) {
        return mediaType(headers.firstValue("Content-Type").orElse(""));
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset the Content-Type names, when this JVM knows it; null leaves it to the page. */
    private static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").strip();
                try {
                    return Charset.isSupported(name) ? name : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String describe(Throwable t) {
        String simple = t == null ? "" : t.getMessage();
        return simple == null || simple.isBlank() ? "no answer" : simple.length() > 120 ? simple.substring(0, 120)
                : simple;
    }

    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }

    static String duration(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /** Past the size limit, reading stops: the subscription is cancelled and the fetch refused. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("larger than the limit", null, false, false);
        }
    }

    /** Collects the body up to a number of bytes. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final long max;
        private final long declared;
        private Flow.Subscription subscription;

        Limited(long max, long declared) {
            this.max = max;
            this.declared = declared;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > max) {
                s.cancel();
                result.completeExceptionally(new TooLarge());
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}
