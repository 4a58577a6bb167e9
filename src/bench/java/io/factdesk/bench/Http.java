package io.factdesk.bench;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One benchmark connection: a {@link java.net.http.HttpClient} of its own, HTTP/1.1 with keep-alive,
 * so that each worker thread reuses one connection as a browser or an API client would. A request is
 * sent once and never again: a POST that fails (the server closed the connection, a timeout) is the
 * worker's error, counted and reported in the row, not hidden by a second try; the JDK client's own
 * retries (of idempotent requests on a connection that expired, and of failed connects) are turned
 * off for the same reason. The next request opens a new connection.
 */
final class Http implements AutoCloseable {

    static {
        // Read once by the JDK client, before its first request: no request is ever sent twice.
        System.setProperty("jdk.httpclient.enableAllMethodRetry", "false");
        System.setProperty("jdk.httpclient.disableRetryConnect", "true");
    }

    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A credential given instead of a cookie that is a whole Authorization header line ({@link #basic}, {@link #bearer}). */
    static final String AUTHORIZATION = "Authorization: ";

    static String basic(String user, String password) {
        return AUTHORIZATION + "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return AUTHORIZATION + "Bearer " + token;
    }

    private final String base;
    private final String cookie;
    private HttpClient client;

    Http(String host, int port, String cookie) {
        this.base = "http://" + host + ":" + port;
        this.cookie = cookie;
    }

    Response get(String path) throws IOException {
        return send("GET", path, null, null);
    }

    /** A GET with extra request headers, as name and value in turn (e.g. "If-None-Match", a tag). */
    Response get(String path, String... headers) throws IOException {
        return send("GET", path, null, null, headers);
    }

    Response postJson(String path, String json) throws IOException {
        return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Response putJson(String path, String json) throws IOException {
        return send("PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the request once; an exception means it failed (for a POST: maybe after the server acted on it). */
    Response send(String method, String path, String contentType, byte[] body, String... extra) throws IOException {
        if (client == null) {
            // No cookie handler (the session cookie is sent as given), no redirects followed.
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(300)).header("Accept", "*/*")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (cookie != null) {
            if (cookie.startsWith(AUTHORIZATION)) {
                request.header("Authorization", cookie.substring(AUTHORIZATION.length()));
            } else {
                request.header("Cookie", cookie);
            }
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < extra.length; i += 2) {
            request.header(extra[i], extra[i + 1]);
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(method + " " + path + " interrupted");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> h : response.headers().map().entrySet()) {
            headers.merge(h.getKey().toLowerCase(Locale.ROOT), String.join("\n", h.getValue()), (a, b) -> a + "\n" + b);
        }
        return new Response(response.statusCode(), headers, response.body());
    }

    /**
     * Lets the client go: Java 17's HttpClient has no close; its connection and threads end when it
     * is no longer reachable.
     */
    @Override
    public void close() {
        client = null;
    }

    /** Signs in with the form (POST /j_security_check) and answers the session cookie, "name=value". */
    static String signIn(String host, int port, String user, String password) throws IOException {
        try (Http http = new Http(host, port, null)) {
            String form = "j_username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                    + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
            Response r = http.send("POST", "/j_security_check", "application/x-www-form-urlencoded",
                    form.getBytes(StandardCharsets.UTF_8));
            String cookies = r.headers().getOrDefault("set-cookie", "");
            for (String c : cookies.split("\n")) {
                if (c.startsWith("factdesk-session=")) {
                    return c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
                }
            }
            throw new IOException("sign-in of " + user + " failed: " + r.status() + " " + r.headers());
        }
    }
}
