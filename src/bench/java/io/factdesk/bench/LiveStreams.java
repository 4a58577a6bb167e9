package io.factdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live desk's benchmark (docs/benchmarks.md, "Live events"), run by {@code src/bench/live} against two
 * instances on one PostgreSQL database. JDK only; no thread per stream here either (one line subscriber
 * each on a small pool).
 *
 * <pre>
 * latency   STREAMS_BASE CHANGES_BASE USER:PASSWORD STREAMS CHANGES CLAIM   streams on one instance, comments
 *           posted through the other: from each event's time in the chain to its arrival on every stream
 * hold      STREAMS_BASE USER:PASSWORD STREAMS CLAIM                        opens the streams, says "open", holds
 * reconnect STREAMS_BASE CHANGES_BASE USER:PASSWORD CHANGES CLAIM          a stream dropped and reopened with
 *           Last-Event-ID again and again while comments come: events missed and received twice
 * </pre>
 */
public final class LiveStreams {

    /** Streams answered with anything but 200 (the bounds, no database connection free). */
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final Pattern AT = Pattern.compile("\"at\":\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4)).build();

    private LiveStreams() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "latency" -> latency(args[1], args[2], auth(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Long.parseLong(args[6]));
            case "hold" -> hold(args[1], auth(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
            case "reconnect" -> reconnect(args[1], args[2], auth(args[3]), Integer.parseInt(args[4]),
                    Long.parseLong(args[5]));
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.exit(0);
    }

    private static void latency(String streams, String changes, String auth, int n, int posts, long claim)
            throws Exception {
        ConcurrentLinkedQueue<Long> millis = new ConcurrentLinkedQueue<>();
        AtomicInteger twice = new AtomicInteger();
        CountDownLatch open = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            Set<String> ids = ConcurrentHashMap.newKeySet();
            stream(streams, auth, claim, null, open, line -> {
                if (line.startsWith("id:") && !ids.add(line.substring(3))) {
                    twice.incrementAndGet();
                }
                Matcher at = AT.matcher(line);
                if (line.startsWith("data:") && at.find()) {
                    millis.add(Duration.between(Instant.parse(at.group(1)), Instant.now()).toMillis());
                }
            });
        }
        open.await(2, TimeUnit.MINUTES);
        for (int p = 0; p < posts; p++) {
            comment(changes, auth, claim, "latency " + p);
            Thread.sleep(250);
        }
        long expected = (long) n * posts;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (millis.size() < expected && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%d streams (%d refused), %d changes: received %d of %d, %d twice; ms from the chain to"
                + " the stream: p50 %d, p95 %d, p99 %d, max %d%n", n, REFUSED.get(), posts, sorted.size(), expected,
                twice.get(), at(sorted, 0.5),
                at(sorted, 0.95), at(sorted, 0.99), sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
    }

    private static void hold(String streams, String auth, int n, long claim) throws Exception {
        CountDownLatch open = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            stream(streams, auth, claim, null, open, line -> {
            });
        }
        open.await(2, TimeUnit.MINUTES);
        System.out.println(n + " streams open (" + REFUSED.get() + " refused)");
        Thread.sleep(TimeUnit.MINUTES.toMillis(10));
    }

    private static void reconnect(String streams, String changes, String auth, int posts, long claim)
            throws Exception {
        List<Long> received = Collections.synchronizedList(new ArrayList<>());
        Thread writer = new Thread(() -> {
            try {
                for (int p = 0; p < posts; p++) {
                    comment(changes, auth, claim, "reconnect " + p);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String last = null;
        int reconnects = 0;
        writer.start();
        while (writer.isAlive() || reconnects == 0) {
            CountDownLatch open = new CountDownLatch(1);
            // As a browser's EventSource: what a connection delivers after it was given up is not seen.
            java.util.concurrent.atomic.AtomicBoolean active = new java.util.concurrent.atomic.AtomicBoolean(true);
            var response = stream(streams, auth, claim, last, open, line -> {
                synchronized (received) {
                    if (active.get() && line.startsWith("id:")) {
                        received.add(Long.parseLong(line.substring(3)));
                    }
                }
            });
            open.await(1, TimeUnit.MINUTES);
            Thread.sleep(150);
            synchronized (received) {
                active.set(false);
                last = received.isEmpty() ? last : Long.toString(received.get(received.size() - 1));
            }
            response.cancel(true);
            reconnects++;
        }
        // One last time, to take what came after the writer stopped.
        CountDownLatch open = new CountDownLatch(1);
        stream(streams, auth, claim, last, open, line -> {
            if (line.startsWith("id:")) {
                received.add(Long.parseLong(line.substring(3)));
            }
        });
        open.await(1, TimeUnit.MINUTES);
        Thread.sleep(2000);
        List<Long> expected = history(changes, auth, claim);
        List<Long> got = new ArrayList<>(received);
        long first = got.isEmpty() ? 0 : got.get(0);
        List<Long> wanted = expected.stream().filter(s -> s >= first).toList();
        long missed = wanted.stream().filter(s -> !got.contains(s)).count();
        long twice = got.size() - got.stream().distinct().count();
        System.out.printf("%d changes, %d reconnects with Last-Event-ID: %d events expected, %d received,"
                + " %d missed, %d twice, in order: %s%n", posts, reconnects, wanted.size(), got.size(), missed, twice,
                got.equals(got.stream().sorted().toList()));
    }

    /** Opens one stream; each line goes to {@code lines}; {@code open} counts down once the headers came. */
    private static java.util.concurrent.CompletableFuture<HttpResponse<Void>> stream(String base, String auth,
            long claim, String lastEventId, CountDownLatch open, java.util.function.Consumer<String> lines) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/events?claim=" + claim))
                .header("Authorization", auth);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                open.countDown();
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(String line) {
                lines.accept(line);
            }

            @Override
            public void onError(Throwable error) {
            }

            @Override
            public void onComplete() {
            }
        })).whenComplete((response, error) -> {
            if (error != null || response.statusCode() != 200) {
                REFUSED.incrementAndGet();
            }
        });
    }

    private static void comment(String base, String auth, long claim, String body) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/claims/" + claim + "/comments"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"" + body + "\"}")).build();
        int status = HTTP.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 201) {
            throw new IllegalStateException("comment: " + status);
        }
    }

    /** The claim's events as the history has them. */
    private static List<Long> history(String base, String auth, long claim) throws Exception {
        List<Long> seqs = new ArrayList<>();
        for (int page = 0;; page++) {
            HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/claims/" + claim + "/history?size=200&page="
                    + page)).header("Authorization", auth).build();
            String json = HTTP.send(get, HttpResponse.BodyHandlers.ofString()).body();
            Matcher seq = Pattern.compile("\"seq\":(\\d+)").matcher(json);
            int found = 0;
            while (seq.find()) {
                seqs.add(Long.parseLong(seq.group(1)));
                found++;
            }
            if (found < 200) {
                return seqs;
            }
        }
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * quantile)));
    }

    private static String auth(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
