package io.factdesk.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Server-Sent Events client as a browser's EventSource is one: reads {@code text/event-stream} line by
 * line on a thread of its own and keeps every event received, in order, and how many comment lines
 * (heartbeats) came. Tests wait for what they expect with generous time limits, never for a fixed time.
 */
public final class SseClient implements AutoCloseable {

    /** One event as received: its id, event name and data. */
    public record Event(String id, String type, String data) {

        public long seq() {
            return Long.parseLong(id);
        }
    }

    /** Generous: a wait that ends as soon as what is expected has arrived. */
    public static final Duration WAIT = Duration.ofSeconds(30);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final HttpResponse<InputStream> response;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger comments = new AtomicInteger();

    private SseClient(HttpResponse<InputStream> response) {
        this.response = response;
        if (response.statusCode() == 200) {
            Thread reader = new Thread(this::read, "sse-client");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Opens a stream signed in with HTTP Basic; {@code lastEventId} may be null. Returns once the headers came. */
    public static SseClient open(URI uri, Api.Account account, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(5));
        if (account != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (account.username() + ":" + account.password()).getBytes(StandardCharsets.UTF_8)));
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseClient(HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("opening " + uri + " failed", e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The body of a refusal (not a stream). */
    public String body() throws IOException {
        try (InputStream in = response.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every event received so far, in order. */
    public List<Event> events() {
        return new ArrayList<>(events);
    }

    public int comments() {
        return comments.get();
    }

    /** Waits until an event that matches has arrived, and returns it; fails after {@link #WAIT}. */
    public Event await(Predicate<Event> expected, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            for (Event e : events) {
                if (expected.test(e)) {
                    return e;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no event " + what + " within " + WAIT + "; received " + events);
    }

    /** Waits until the event with this seq has arrived. */
    public Event awaitSeq(long seq) throws InterruptedException {
        return await(e -> e.seq() == seq, "with id " + seq);
    }

    /** Waits until a comment line (a heartbeat) has arrived. */
    public void awaitComment() throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (comments.get() == 0) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no comment line within " + WAIT);
            }
            Thread.sleep(20);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String type = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, type, data.toString()));
                    }
                    id = null;
                    type = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    value = value.startsWith(" ") ? value.substring(1) : value;
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> type = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> {
                        }
                    }
                }
            }
        } catch (IOException closed) {
            // the test closed the stream, or the server ended it
        }
    }

    /** Closes the connection, as a browser does when its tab closes. */
    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // already closed
        }
    }
}
