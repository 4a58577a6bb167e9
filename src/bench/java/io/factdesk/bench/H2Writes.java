package io.factdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes on the embedded H2 database (docs/benchmarks.md, "H2: durable commits" and "H2 under
 * sustained writes"), two runs of the built H2 server on a fresh file database each:
 *
 * <ul>
 * <li>{@code h2.mode=cost}: what durable commits cost. Creating claims and moving claims (dismiss and
 * restore) at 1 and 16 connections, with H2's default write delay (commits reach the file up to
 * 500 ms later) and with {@code WRITE_DELAY=0}, the shipped setting (each commit is written before it
 * returns), in turn, {@code h2.rounds} (2) times.
 * <li>{@code h2.mode=commits}: the last table of {@code cost} alone, the database without the server.
 * <li>{@code h2.mode=soak}: sources and evidence created and edited by {@code h2.connections}
 * connections for {@code h2.minutes} minutes with the shipped settings; every answer is counted by
 * status, each 5xx is reported with its body, and the run fails if there was one.
 * </ul>
 */
public final class H2Writes {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");
    /** Every sentence of the article is this long, so that sentence i starts at i * SENTENCE. */
    private static final String SENTENCE_FORMAT = "Claim %06d: the ministry reported a figure that needs checking.";
    private static final int SENTENCE = String.format(Locale.ROOT, SENTENCE_FORMAT, 0).length() + 1;
    private static final int SENTENCES = 5000;

    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    private final Path app = Path.of(System.getProperty("bench.app.h2", dir.resolve("app-h2").toString()));
    private final double warmup = Double.parseDouble(System.getProperty("bench.warmup", "2"));
    private final double seconds = Double.parseDouble(System.getProperty("bench.seconds", "10"));

    public static void main(String[] args) throws Exception {
        H2Writes run = new H2Writes();
        String mode = System.getProperty("h2.mode", "cost");
        if (mode.equals("soak")) {
            System.exit(run.soak(Double.parseDouble(System.getProperty("h2.minutes", "25")),
                    Integer.getInteger("h2.connections", 8)) ? 0 : 1);
        }
        if (mode.equals("commits")) {
            System.out.print(run.commits());
            return;
        }
        run.cost();
    }

    // ------------------------------------------------------------------------------------------
    // Cost of durable commits

    private void cost() throws Exception {
        StringBuilder table = new StringBuilder("| H2 URL settings | write | connections | req/s | p50 ms | p99 ms |\n"
                + "|---|---|---:|---:|---:|---:|\n");
        // The two settings in turn, h2.rounds times, so that a change in the machine's load shows as a
        // difference between rounds of one setting rather than passing for the setting's cost.
        int rounds = Integer.getInteger("h2.rounds", 2);
        for (int round = 1; round <= rounds; round++) {
            for (String settings : List.of("", ";WRITE_DELAY=0")) {
                String label = (settings.isEmpty() ? "default (write delay 500 ms)" : "`" + settings.substring(1) + "`")
                        + (rounds > 1 ? ", round " + round : "");
                Bench.Server server = Bench.Server.start(app, dir, "h2", freshUrl("h2-writes") + settings, false);
                try {
                    String admin = Http.signIn(Bench.HOST, Bench.PORT, "admin", Bench.ADMIN_PASSWORD);
                    long article = importArticle(admin);
                    AtomicLong sentence = new AtomicLong();
                    for (int c : new int[] { 1, 16 }) {
                        Load.Result r = Load.run("create claim", c, warmup, seconds, k -> Bench.conn(admin, http ->
                                Bench.expect(markClaim(http, article, (int) (sentence.getAndIncrement() % SENTENCES)), 201)));
                        table.append(row(label, "create claim: `POST /api/articles/{id}/claims`", r));
                    }
                    for (int c : new int[] { 1, 16 }) {
                        Moves moves = new Moves(admin, article, c, sentence);
                        Load.Result r = Load.run("transition", c, warmup, seconds, moves::worker);
                        table.append(row(label, "transition: dismiss ⇄ restore", r));
                    }
                } finally {
                    server.stop();
                }
            }
        }
        table.append("\n").append(commits());
        System.out.println();
        System.out.print(table);
        Files.writeString(dir.resolve("h2-writes.md"), table);
        System.out.println("\n(written to " + dir.resolve("h2-writes.md") + ")");
    }

    /**
     * The database alone, in plain JDBC: commits per second of the transaction every change ends with
     * (insert a row, move the one-row head), for each setting in short turns, six times over, so that
     * both settings see the same load of the machine; median and range of the six.
     */
    private String commits() throws Exception {
        String[] settings = { "", ";WRITE_DELAY=0" };
        String[] urls = new String[settings.length];
        for (int i = 0; i < settings.length; i++) {
            urls[i] = freshUrl("h2-commits-" + i) + settings[i];
            try (Connection c = DriverManager.getConnection(urls[i], "factdesk", "factdesk");
                    Statement s = c.createStatement()) {
                s.execute("create table change_row (id bigint auto_increment primary key, body varchar(200))");
                s.execute("create table head_row (id int primary key, n bigint)");
                s.execute("insert into head_row values (1, 0)");
            }
        }
        int[] threads = { 1, 8 };
        Map<String, List<Double>> rates = new TreeMap<>();
        for (int turn = 0; turn < 6; turn++) {
            for (int t : threads) {
                for (int i = 0; i < settings.length; i++) {
                    rates.computeIfAbsent(i + "|" + t, k -> new ArrayList<>()).add(commitRate(urls[i], t, 1.5));
                }
            }
        }
        StringBuilder out = new StringBuilder("| H2 URL settings | plain JDBC, threads | commits/s (median of 6) | range |\n"
                + "|---|---:|---:|---|\n");
        for (int t : threads) {
            for (int i = 0; i < settings.length; i++) {
                List<Double> r = new ArrayList<>(rates.get(i + "|" + t));
                r.sort(null);
                out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f–%.0f |%n",
                        settings[i].isEmpty() ? "default (write delay 500 ms)" : "`" + settings[i].substring(1) + "`", t,
                        (r.get(2) + r.get(3)) / 2, r.get(0), r.get(r.size() - 1)));
            }
        }
        return out.toString();
    }

    private static double commitRate(String url, int threads, double seconds) throws Exception {
        AtomicLong commits = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> running = new ArrayList<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        long t0 = System.nanoTime();
        for (int k = 0; k < threads; k++) {
            Thread t = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, "factdesk", "factdesk");
                        PreparedStatement insert = c.prepareStatement("insert into change_row (body) values (?)");
                        PreparedStatement move = c.prepareStatement("update head_row set n = n + 1 where id = 1")) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        insert.setString(1, "a change and its event, committed together");
                        insert.executeUpdate();
                        move.executeUpdate();
                        c.commit();
                        commits.incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.compareAndSet(null, e);
                }
            });
            t.start();
            running.add(t);
        }
        for (Thread t : running) {
            t.join();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return commits.get() / ((System.nanoTime() - t0) / 1e9);
    }

    private static String row(String label, String what, Load.Result r) {
        System.out.println(r);
        return String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %.1f | %.1f |%n", label, what, r.connections(),
                r.rps(), r.p50ms(), r.p99ms());
    }

    /** Claims that connection k moves back and forth: NEW → DISMISSED (reason) → NEW (comment). */
    private static final class Moves {
        final String cookie;
        final List<List<Long>> claims = new ArrayList<>();
        final Map<Long, Long> version = new ConcurrentHashMap<>();
        final Map<Long, String> state = new ConcurrentHashMap<>();

        Moves(String cookie, long article, int connections, AtomicLong sentence) throws IOException {
            this.cookie = cookie;
            try (Http http = new Http(Bench.HOST, Bench.PORT, cookie)) {
                for (int k = 0; k < connections; k++) {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        String json = Bench.expect(markClaim(http, article,
                                (int) (sentence.getAndIncrement() % SENTENCES)), 201).text();
                        long id = first(ID, json);
                        version.put(id, first(VERSION, json));
                        state.put(id, "NEW");
                        mine.add(id);
                    }
                    claims.add(mine);
                }
            }
        }

        Load.Worker worker(int k) {
            List<Long> mine = claims.get(k);
            int[] next = { 0 };
            return Bench.conn(cookie, http -> {
                long id = mine.get(next[0]++ % mine.size());
                boolean dismiss = state.get(id).equals("NEW");
                String body = dismiss ? "{\"to\":\"DISMISSED\",\"reason\":\"OTHER\",\"version\":" + version.get(id) + "}"
                        : "{\"to\":\"NEW\",\"comment\":\"Restored by the benchmark\",\"version\":" + version.get(id) + "}";
                String json = Bench.expect(http.postJson("/api/claims/" + id + "/transitions", body), 200).text();
                Matcher v = VERSION.matcher(json);
                long last = -1;
                while (v.find()) {
                    last = Long.parseLong(v.group(1));
                }
                version.put(id, last);
                Matcher s = STATE.matcher(json);
                if (s.find()) {
                    state.put(id, s.group(1));
                }
            });
        }
    }

    // ------------------------------------------------------------------------------------------
    // Sustained source and evidence writes

    private boolean soak(double minutes, int connections) throws Exception {
        Bench.Server server = Bench.Server.start(app, dir, "h2", freshUrl("h2-soak") + ";WRITE_DELAY=0", false);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong serverErrors = new AtomicLong();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> broken = new AtomicReference<>();
        long end = System.nanoTime() + (long) (minutes * 60e9);
        try {
            String admin = Http.signIn(Bench.HOST, Bench.PORT, "admin", Bench.ADMIN_PASSWORD);
            long article = importArticle(admin);
            List<Thread> threads = new ArrayList<>();
            for (int k = 0; k < connections; k++) {
                int conn = k;
                Thread t = new Thread(() -> {
                    try (Http http = new Http(Bench.HOST, Bench.PORT, admin)) {
                        long claim = first(ID, Bench.expect(markClaim(http, article, conn % SENTENCES), 201).text());
                        for (long i = 0; System.nanoTime() < end; i++) {
                            String url = "https://soak.example.org/" + conn + "/" + i + "/" + System.nanoTime();
                            Http.Response source = count(http.postJson("/api/sources", "{\"url\":\"" + url
                                    + "\",\"title\":\"Soak source " + i + "\",\"type\":\"NEWS_REPORT\","
                                    + "\"reliability\":\"C\",\"accessedAt\":\"2016-07-15\"}"), statuses, serverErrors,
                                    firstErrors, "POST /api/sources");
                            if (source.status() != 201) {
                                continue;
                            }
                            long id = first(ID, source.text());
                            count(http.send("PATCH", "/api/sources/" + id, "application/json", ("{\"title\":\"Soak source "
                                    + i + " (edited)\",\"reliability\":\"B\",\"version\":" + first(VERSION, source.text())
                                    + "}").getBytes(StandardCharsets.UTF_8)), statuses, serverErrors, firstErrors,
                                    "PATCH /api/sources/{id}");
                            count(http.postJson("/api/claims/" + claim + "/evidence", "{\"sourceId\":" + id
                                    + ",\"stance\":\"supports\",\"excerpt\":\"Soak excerpt " + i + "\"}"), statuses,
                                    serverErrors, firstErrors, "POST /api/claims/{id}/evidence");
                        }
                    } catch (Throwable e) {
                        broken.compareAndSet(null, e);
                    }
                });
                t.start();
                threads.add(t);
            }
            long started = System.nanoTime();
            for (Thread t : threads) {
                while (t.isAlive()) {
                    t.join(60_000);
                    System.out.printf(Locale.ROOT, "%5.1f min: %s, 5xx: %d%n", (System.nanoTime() - started) / 60e9,
                            new TreeMap<>(statuses), serverErrors.get());
                }
            }
        } finally {
            server.stop();
        }
        System.out.printf(Locale.ROOT, "%nH2 soak, %.1f min, %d connections: answers by status %s; 5xx: %d%n", minutes,
                connections, new TreeMap<>(statuses), serverErrors.get());
        firstErrors.forEach(System.out::println);
        if (broken.get() != null) {
            System.out.println("a connection stopped: " + broken.get());
        }
        return serverErrors.get() == 0 && broken.get() == null;
    }

    private static Http.Response count(Http.Response r, Map<Integer, AtomicLong> statuses, AtomicLong serverErrors,
            List<String> firstErrors, String what) {
        statuses.computeIfAbsent(r.status(), s -> new AtomicLong()).incrementAndGet();
        if (r.status() >= 500) {
            serverErrors.incrementAndGet();
            if (firstErrors.size() < 10) {
                firstErrors.add(what + " -> " + r.status() + " " + r.text());
            }
        }
        return r;
    }

    // ------------------------------------------------------------------------------------------

    private String freshUrl(String name) throws IOException {
        Path data = dir.resolve(name);
        if (Files.exists(data)) {
            try (var files = Files.list(data)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(data);
        return "jdbc:h2:file:" + data.resolve("factdesk");
    }

    /** An article of {@value #SENTENCES} sentences of equal length, to mark claims on. */
    private static long importArticle(String cookie) throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < SENTENCES; i++) {
            body.append(String.format(Locale.ROOT, SENTENCE_FORMAT, i)).append(i + 1 < SENTENCES ? " " : "");
        }
        try (Http http = new Http(Bench.HOST, Bench.PORT, cookie)) {
            String json = "{\"title\":\"Write benchmark " + System.nanoTime() + "\",\"body\":\"" + body + "\"}";
            return first(ID, Bench.expect(http.postJson("/api/articles", json), 201).text());
        }
    }

    private static Http.Response markClaim(Http http, long article, int sentence) throws IOException {
        int start = sentence * SENTENCE;
        return http.postJson("/api/articles/" + article + "/claims", "{\"position\":{\"start\":" + start + ",\"end\":"
                + (start + SENTENCE - 1) + "},\"statement\":\"The figure of sentence " + sentence
                + " is right.\",\"claimant\":\"The ministry\",\"claimantType\":\"organization\",\"topic\":\"Other\"}");
    }

    private static long first(Pattern p, String json) {
        Matcher m = p.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(p + " not in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
