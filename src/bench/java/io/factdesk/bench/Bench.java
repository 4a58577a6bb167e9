package io.factdesk.bench;

import io.factdesk.audit.BenchAppend;
import io.factdesk.audit.CanonicalJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark run (docs/benchmarks.md): for each database kind, start the built server on an empty
 * database, generate the data set, measure the plain-JDBC write baseline, start the server on the
 * data and drive every endpoint at 1, 16 and 64 connections against the trivial-endpoint baseline;
 * then write the results table into docs/benchmarks.md between its markers.
 *
 * <p>Settings are system properties (the run script sets them): {@code bench.dbs}, {@code bench.scale},
 * {@code bench.warmup}, {@code bench.seconds}, {@code bench.connections}, {@code bench.dir},
 * {@code bench.app.h2}, {@code bench.app.postgresql}, {@code bench.doc}.
 */
public final class Bench {

    static final String HOST = "127.0.0.1";
    static final int PORT = Integer.getInteger("bench.port", 18080);
    static final String ADMIN_PASSWORD = "bench-admin-password-0123";
    static final String PG_SERVER = System.getProperty("bench.pg.server", "jdbc:postgresql://127.0.0.1:5432/");
    static final String PG_DB = System.getProperty("bench.pg.db", "factdesk_bench");

    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    private final double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
    private final double warmup = Double.parseDouble(System.getProperty("bench.warmup", "2"));
    private final double seconds = Double.parseDouble(System.getProperty("bench.seconds", "5"));
    private final int[] connections = java.util.Arrays.stream(System.getProperty("bench.connections", "1,16,64")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    /** {@code bench.only=suggest} (run --suggest): the read baseline, the ways in and the suggestions rows only. */
    private final boolean suggestOnly = "suggest".equals(System.getProperty("bench.only"));
    /** {@code bench.only=match} (run --match): the read baseline, the ways in and the matching rows only. */
    private final boolean matchOnly = "match".equals(System.getProperty("bench.only"));
    /** {@code bench.only=reanchor} (run --reanchor): the read baseline and the re-anchoring rows only. */
    private final boolean reanchorOnly = "reanchor".equals(System.getProperty("bench.only"));
    /** {@code bench.only=presence} (run --presence): the read baseline and the presence rows only. */
    private final boolean presenceOnly = "presence".equals(System.getProperty("bench.only"));
    /** {@code bench.only=public} (run --public): the read baseline and the public pages, feeds and 304s only. */
    private final boolean publicOnly = "public".equals(System.getProperty("bench.only"));
    private final StringBuilder table = new StringBuilder();
    private final StringBuilder startTable = new StringBuilder();
    private final StringBuilder dataTable = new StringBuilder();
    private final List<String> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Answers computed anew (not from a cache): the first request, and the best of three after a change. */
    private final StringBuilder renders = new StringBuilder();

    public static void main(String[] args) throws Exception {
        new Bench().runAll(List.of(System.getProperty("bench.dbs", "h2,postgresql").split(",")));
    }

    private String loadAtStart;

    private void runAll(List<String> dbs) throws Exception {
        long started = System.nanoTime();
        loadAtStart = loadAverage();
        Files.createDirectories(dir);
        for (String db : dbs) {
            runOn(db.strip());
        }
        String markdown = report((System.nanoTime() - started) / 1e9);
        // The suggestions-only run has its own file and markers: it never replaces the full run's table.
        String name = suggestOnly ? "suggest-endpoints" : matchOnly ? "match-endpoints"
                : reanchorOnly ? "reanchor-endpoints" : presenceOnly ? "presence-endpoints"
                : publicOnly ? "public-endpoints" : "results";
        Files.writeString(dir.resolve(name + ".md"), markdown);
        String doc = System.getProperty("bench.doc");
        if (doc != null) {
            Path path = Path.of(doc);
            String text = Files.readString(path);
            String begin = "<!-- bench:" + name + ":begin -->";
            String end = "<!-- bench:" + name + ":end -->";
            int b = text.indexOf(begin);
            int e = text.indexOf(end);
            if (b < 0 || e < b) {
                throw new IllegalStateException(doc + " lacks the markers " + begin + " and " + end);
            }
            Files.writeString(path, text.substring(0, b + begin.length()) + "\n" + markdown + "\n" + text.substring(e));
            log("results written to " + doc + " and " + dir.resolve(name + ".md"));
        }
    }

    // ------------------------------------------------------------------------------------------
    // One database kind

    private void runOn(String kind) throws Exception {
        boolean pg = kind.equals("postgresql");
        Path app = Path.of(System.getProperty("bench.app." + kind, dir.resolve("app-" + kind).toString()));
        String url;
        if (pg) {
            try (Connection admin = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "")) {
                try (Statement s = admin.createStatement()) {
                    s.execute("drop database if exists " + PG_DB + " with (force)");
                    s.execute("create database " + PG_DB);
                }
            }
            url = PG_SERVER + PG_DB;
        } else {
            Path data = dir.resolve("h2-data");
            if (Files.exists(data)) {
                try (var files = Files.list(data)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
            }
            Files.createDirectories(data);
            // The shipped setting (application.properties): each commit is on file before it returns.
            url = "jdbc:h2:file:" + data.resolve("factdesk") + ";WRITE_DELAY=0";
        }
        String label = pg ? "PostgreSQL" : "H2";
        log("== " + label + " (" + app + ")");

        // 1. First start: Flyway migrates the empty database and the first admin is created.
        Server s = Server.start(app, dir, kind, url, pg);
        startRow(label, "empty, first start (Flyway migrates, first admin)", s);
        s.stop();
        // 2. Empty but migrated.
        if (!suggestOnly && !matchOnly && !reanchorOnly) {
            s = Server.start(app, dir, kind, url, pg);
            startRow(label, "empty", s);
            s.stop();
        }

        // 3. The data set.
        DataSet.Made made;
        try (Connection c = jdbc(url, pg)) {
            made = new DataSet(c, pg, scale).generate();
        }
        log(String.format(Locale.ROOT, "data set: %d claims, %d sources, %d evidence, %d events, %d s", made.claims(),
                made.sources(), made.evidence(), made.events(), made.seconds()));
        dataRow(label, url, pg, made);
        int libraryEntries = Integer.getInteger("bench.library", matchOnly ? (int) made.claims() : 0);
        if (libraryEntries > 0) {
            try (Connection c = jdbc(url, pg)) {
                long took = new DataSet(c, pg, scale).library(libraryEntries);
                log(String.format(Locale.ROOT, "library: %d entries, %d s", libraryEntries, took));
                notes.add(String.format(Locale.ROOT, "%s: %,d fact-checks of other organisations in the library besides the"
                        + " claims (written in %d s).", label, libraryEntries, took));
            }
        }

        // 4. The database's ceiling for writes: a transition's statements in plain JDBC, server down (H2's
        // file is the server's while it runs; PostgreSQL is measured the same way for equal footing).
        Map<Integer, Load.Result> jdbcBase = new HashMap<>();
        JdbcTransitions jdbcState = new JdbcTransitions(url, pg, made);
        if (made.jdbcPool().size() < 64) {
            throw new IllegalStateException("the data set is too small for the write runs (use bench.scale >= 0.1)");
        }
        for (int c : suggestOnly || matchOnly || reanchorOnly ? new int[0] : connections) {
            Load.Result r = Load.run("jdbc", c, warmup, seconds, k -> jdbcState.worker(k, c));
            jdbcBase.put(c, r);
            log(r);
        }

        // 5. The server on the data set. Its claim index is made anew at this start (docs/matching.md, "Index"):
        // the folder of the empty starts is removed, so the start-up row includes the rebuild.
        deleteTree(Server.indexDir(dir, kind));
        s = Server.start(app, dir, kind, url, pg);
        startRow(label, "data set (" + made.claims() + " claims, " + made.events() + " events)", s);
        String rebuilt = Server.lastLine(dir, kind, "Claim index rebuilt");
        if (rebuilt != null) {
            notes.add(label + ": at the data set's start: " + rebuilt.replaceAll("^.*(Claim index rebuilt)", "$1"));
        }
        try {
            measure(label, s, made, jdbcBase);
            long[] rss = s.rss();
            startTable.append(String.format(Locale.ROOT, "| %s | after the load runs | | %d MiB (peak %d MiB) |%n",
                    label, rss[0] / 1024, rss[1] / 1024));
        } finally {
            s.stop();
        }
    }

    /**
     * The first answer (cold JIT, empty caches) and the best of three answers each asked right after a
     * change, into {@link #renders}; false when the endpoint answers 404. The rows measured after it are
     * served from the report or page cache until the chain head moves, as readers of an unchanged desk
     * are; a comment appends an event, so the head moves and the next request computes its answer again:
     * what a reader waits for after each change.
     */
    private boolean rendered(String label, String what, String session, String path) throws Exception {
        try (Http probe = new Http(HOST, PORT, session)) {
            long t0 = System.nanoTime();
            Http.Response answer = probe.get(path);
            double first = (System.nanoTime() - t0) / 1e6;
            if (answer.status() == 404) {
                return false;
            }
            expect(answer, 200);
            double after = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                expect(probe.postJson("/api/claims/1/comments", "{\"body\":\"Benchmark comment " + i + "\"}"), 201);
                long t1 = System.nanoTime();
                expect(probe.get(path), 200);
                after = Math.min(after, (System.nanoTime() - t1) / 1e6);
            }
            renders.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f |%n", label, what, first, after));
            return true;
        }
    }

    /**
     * The claim suggestions of the demo article (the text desk/Bootstrap loads), imported through the API
     * as a reviewer would. Into {@link #renders}: the instance's first suggestions request, on the article
     * just imported (the OpenNLP models load on first use, the JIT is cold), and the best of three more
     * imports of the same text, each asked once (the engine's answer is kept per article and body, not per
     * chain head, so a new article is what makes it run again). Then the kept answer through every way in
     * (session cookie, HTTP Basic, API token) against the read baseline. Must run before the reader page,
     * which shows the suggestions too and would load the models first.
     */
    private void suggestions(String label, String session, String basic, String token,
            Map<Integer, Load.Result> readBase) throws Exception {
        suggestionRows(label, suggestionsFirst(label, session), session, basic, token, readBase);
    }

    /** The import and the first requests ({@link #suggestions}); answers the demo article's suggestions path. */
    private String suggestionsFirst(String label, String session) throws Exception {
        String body = resource("/demo/syria-2016-07-14.txt");
        long demo;
        try (Http http = new Http(HOST, PORT, session)) {
            demo = importArticle(http, "Benchmark: the demo article", body);
            long t0 = System.nanoTime();
            expect(http.get("/api/articles/" + demo + "/suggestions"), 200);
            double first = (System.nanoTime() - t0) / 1e6;
            double after = Double.MAX_VALUE;
            for (int i = 1; i <= 3; i++) {
                long copy = importArticle(http, "Benchmark: the demo article, copy " + i, body);
                long t1 = System.nanoTime();
                expect(http.get("/api/articles/" + copy + "/suggestions"), 200);
                after = Math.min(after, (System.nanoTime() - t1) / 1e6);
            }
            log(String.format(Locale.ROOT, "suggestions, first request of the instance %.0f ms, of a new import %.0f ms",
                    first, after));
            renders.append(String.format(Locale.ROOT, "| %s | suggestions, demo article (just imported) | %.0f | %.0f |%n",
                    label, first, after));
        }
        return "/api/articles/" + demo + "/suggestions";
    }

    /** The kept suggestions through every way in, against the read baseline ({@link #suggestions}). */
    private void suggestionRows(String label, String path, String session, String basic, String token,
            Map<Integer, Load.Result> readBase) throws InterruptedException {
        read(label, "suggestions, demo article: `GET /api/articles/{id}/suggestions` (session cookie)", readBase,
                k -> get(session, path, 200), false);
        read(label, "suggestions, demo article: `GET /api/articles/{id}/suggestions` with HTTP Basic", readBase,
                k -> get(basic, path, 200), false);
        read(label, "suggestions, demo article: `GET /api/articles/{id}/suggestions` with an API token (Bearer)",
                readBase, k -> get(token, path, 200), false);
    }

    private static final Pattern STATEMENT = Pattern.compile("\"statement\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * "Checked before?" (docs/matching.md): the match questions a reviewer's browser asks while marking,
     * through every way in, against the read baseline. The texts are statements of random claims of the data
     * set with one word left out, so each has its claim to find among all the claims and library entries.
     * Then the catch-up: 10,000 comments on distinct claims (each an event that names its claim, so the
     * index takes each claim in again), and the first question after them, which reads those events first.
     */
    /**
     * A tab's beat (docs/ui.md, "Presence"): {@code PUT /api/presence/{tab}} on the reader's article through each
     * way in, 50 tabs per connection (each beat an upsert, the purge of stale rows and the read of who else is
     * there, all in one transaction).
     */
    private void presence(String label, DataSet.Made made, String session, String basic, String token,
            Map<Integer, Load.Result> readBase) throws Exception {
        String beat = CanonicalJson.write(Map.of("article", made.readerArticle(), "editing", false));
        String[][] ways = { { "session cookie", session, "c" }, { "HTTP Basic", basic, "b" },
                { "an API token (Bearer)", token, "t" } };
        for (String[] way : ways) { // each way its own tabs: a tab belongs to one user
            read(label, "presence: a tab's beat, `PUT /api/presence/{tab}` (" + way[0] + ")", readBase, k -> {
                Random r = new Random(k);
                return conn(way[1], http -> expect(http.putJson("/api/presence/bench-" + way[2] + k + "-"
                        + r.nextInt(50), beat), 200));
            }, false);
        }
    }

    private void matches(String label, DataSet.Made made, String session, String basic, String token,
            Map<Integer, Load.Result> readBase) throws Exception {
        List<String> bodies = new ArrayList<>();
        Random random = new Random(11);
        try (Http http = new Http(HOST, PORT, session)) {
            while (bodies.size() < 200) {
                Matcher m = STATEMENT.matcher(expect(http.get("/api/claims/" + (1 + random.nextInt((int) made.claims()))),
                        200).text());
                if (m.find()) {
                    List<String> words = new ArrayList<>(List.of(m.group(1).replace("\\\"", "\"").split(" ")));
                    if (words.size() > 4) {
                        words.remove(1 + random.nextInt(words.size() - 2));
                    }
                    bodies.add(CanonicalJson.write(Map.of("text", String.join(" ", words))));
                }
            }
            long t0 = System.nanoTime();
            expect(http.postJson("/api/matches", bodies.get(0)), 200);
            renders.append(String.format(Locale.ROOT, "| %s | matches, the instance's first question | %.0f | |%n", label,
                    (System.nanoTime() - t0) / 1e6));
        }
        for (String[] way : new String[][] { { "session cookie", session }, { "HTTP Basic", basic },
                { "an API token (Bearer)", token } }) {
            read(label, "matches: `POST /api/matches` (" + way[0] + ")", readBase, k -> {
                Random r = new Random(k);
                return conn(way[1], http -> expect(http.postJson("/api/matches", bodies.get(r.nextInt(bodies.size()))),
                        200));
            }, false);
        }
        read(label, "matches of a claim: `GET /api/claims/{random id}/matches` (session cookie)", readBase, k -> {
            Random r = new Random(k);
            return conn(session, http -> expect(http.get("/api/claims/" + (1 + r.nextInt((int) made.claims()))
                    + "/matches"), 200));
        }, false);
        if (matchOnly) { // the full run's later rows count the data set's events: no extra ones there
            catchUp(label, made, session, bodies);
        }
    }

    /** 10,000 comments on distinct claims through 8 connections, then the questions after them ({@link #matches}). */
    private void catchUp(String label, DataSet.Made made, String session, List<String> bodies) throws Exception {
        int events = (int) Math.min(10_000, made.claims());
        List<Long> claims = new ArrayList<>();
        for (long id = 1; id <= made.claims(); id++) {
            claims.add(id);
        }
        java.util.Collections.shuffle(claims, new Random(5));
        AtomicLong next = new AtomicLong();
        long w0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                try (Http http = new Http(HOST, PORT, session)) {
                    for (long n = next.getAndIncrement(); n < events; n = next.getAndIncrement()) {
                        expect(http.postJson("/api/claims/" + claims.get((int) n) + "/comments",
                                "{\"body\":\"Benchmark catch-up " + n + "\"}"), 201);
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        double writing = (System.nanoTime() - w0) / 1e9;
        try (Http http = new Http(HOST, PORT, session)) {
            long t0 = System.nanoTime();
            expect(http.postJson("/api/matches", bodies.get(1)), 200);
            double first = (System.nanoTime() - t0) / 1e6;
            double after = Double.MAX_VALUE;
            for (int i = 2; i < 7; i++) {
                long t1 = System.nanoTime();
                expect(http.postJson("/api/matches", bodies.get(i)), 200);
                after = Math.min(after, (System.nanoTime() - t1) / 1e6);
            }
            log(String.format(Locale.ROOT, "matches after %d new events: %.0f ms (then %.0f ms); the comments took %.0f s",
                    events, first, after, writing));
            renders.append(String.format(Locale.ROOT, "| %s | matches, first question after %,d new events on as many"
                    + " claims (the index catches up) | %.0f | %.0f |%n", label, events, first, after));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Issue 16's target, "re-anchoring 1,000 claims in a 1 MiB article under 2 s" (docs/benchmarks.md,
     * "Re-anchoring"): the article ({@link BenchReanchor}) imported and its 1,000 claims marked through the
     * API, then new versions posted, the edited text and the original in turn, so that each one re-anchors
     * every claim (and stores its anchor and event) in one transaction, end to end through HTTP. Into
     * {@link #renders}: the first version (cold JIT) and the best of the next three; then a row of versions
     * at one connection against the read baseline; and the engine alone, in the harness's JVM, as a note.
     */
    private void reanchoring(String label, String editor, Map<Integer, Load.Result> readBase) throws Exception {
        BenchReanchor.Article a = BenchReanchor.article();
        String path;
        try (Http http = new Http(HOST, PORT, editor)) {
            long id = importArticle(http, "Benchmark: a 1 MiB article with 1,000 claims", a.body());
            long t0 = System.nanoTime();
            for (int[] c : a.claims()) {
                expect(http.postJson("/api/articles/" + id + "/claims", CanonicalJson.write(Map.of("position",
                        Map.of("start", c[0], "end", c[1]), "topic", "Casualty figures"))), 201);
            }
            log(String.format(Locale.ROOT, "re-anchoring: %d claims marked in %.0f s", a.claims().size(),
                    (System.nanoTime() - t0) / 1e9));
            path = "/api/articles/" + id + "/versions";
            String[] texts = {versionBody(a.edited()), versionBody(a.body())};
            double first = 0;
            double after = Double.MAX_VALUE;
            for (int i = 0; i < 4; i++) {
                long t1 = System.nanoTime();
                expect(http.postJson(path, texts[i % 2]), 201);
                double ms = (System.nanoTime() - t1) / 1e6;
                if (i == 0) {
                    first = ms;
                } else {
                    after = Math.min(after, ms);
                }
            }
            log(String.format(Locale.ROOT, "re-anchoring over HTTP: first %.0f ms, best of three more %.0f ms", first,
                    after));
            renders.append(String.format(Locale.ROOT, "| %s | re-anchoring 1,000 claims in a 1 MiB article: `POST %s`"
                    + " (target 2,000 ms) | %.0f | %.0f |%n", label, "/api/articles/{id}/versions", first, after));
            String[] next = texts;
            int[] turn = {0};
            Load.Result r = Load.run("reanchor", 1, Math.max(warmup, 3), Math.max(seconds, 15), k -> conn(editor,
                    h -> expect(h.postJson(path, next[turn[0]++ % 2]), 201)));
            log(r);
            row(label, "re-anchoring: `POST /api/articles/{id}/versions`, 1 MiB article, 1,000 claims, four edits"
                    + " (target 2 s)", "write", r, readBase.get(1), false, false);
        }
        double[] engine = BenchReanchor.engine(a, 3, 5);
        notes.add(String.format(Locale.ROOT, "%s: the re-anchoring engine alone (`Reanchoring.place`, in the harness's"
                + " JVM, after 3 warm-up runs), 1,000 claims in a 1 MiB article after four edits: best %.0f ms, median"
                + " %.0f ms of 5 (target 2,000 ms; the HTTP row adds the transaction: 1,000 anchors and 1,001 events"
                + " written, the version stored).", label, BenchReanchor.best(engine), BenchReanchor.median(engine)));
    }

    private static String versionBody(String text) throws IOException {
        return CanonicalJson.write(Map.of("body", text, "note", "Benchmark: the publisher's edit"));
    }

    /** Imports a text article through {@code POST /api/articles} (demo's date and language); answers its id. */
    private static long importArticle(Http http, String title, String body) throws IOException {
        Http.Response r = expect(http.postJson("/api/articles", CanonicalJson.write(Map.of("title", title, "body", body,
                "publishedAt", "2016-07-14", "language", "en"))), 201);
        Matcher m = Pattern.compile("/api/articles/(\\d+)$").matcher(r.headers().getOrDefault("location", ""));
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.text());
        if (m.find()) {
            return Long.parseLong(m.group(1));
        }
        if (id.find()) {
            return Long.parseLong(id.group(1));
        }
        throw new IOException("no article id in the answer to POST /api/articles");
    }

    /** A resource of the application's jar (on the harness's class path). */
    private static String resource(String path) throws IOException {
        try (InputStream in = Bench.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path + " (the application's jar on the class path?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * {@code bench.only=suggest}: the suggestions' first requests, then a longer JIT warm-up on every path the
     * rows take (on a busy machine the shared warm-up leaves the baseline, measured first, still warming),
     * the read baseline, the ways in, the suggestions rows, and the baseline once more at the end: how far
     * it moved while the rows ran (their ratios are to the first measurement).
     */
    private void measureSuggestions(String label, DataSet.Made made, String editor) throws Exception {
        String basic = Http.basic(made.editorName(), ADMIN_PASSWORD);
        String token = newToken(editor);
        String path = suggestionsFirst(label, editor);
        List<String> ways = List.of(editor, basic, token);
        Load.run("jit warm-up, suggestions", 16, 0, Math.max(warmup, 20 * Math.min(1, seconds)), k -> {
            List<Http> clients = ways.stream().map(w -> new Http(HOST, PORT, w)).toList();
            return new Load.Worker() {
                @Override
                public void call() throws Exception {
                    for (Http http : clients) {
                        expect(http.get("/api/users/me"), 200);
                        expect(http.get(path), 200);
                    }
                }

                @Override
                public void close() {
                    clients.forEach(Http::close);
                }
            };
        });
        Map<Integer, Load.Result> readBase = baselineRows(label, editor);
        waysIn(label, basic, token, readBase);
        suggestionRows(label, path, editor, basic, token, readBase);
        baselineAgain(label, editor, readBase);
    }

    /** The read baseline's endpoint through HTTP Basic and an API token, against it (the session cookie). */
    private void waysIn(String label, String basic, String token, Map<Integer, Load.Result> readBase)
            throws InterruptedException {
        read(label, "ways in: `GET /api/users/me` with HTTP Basic", readBase, k -> get(basic, "/api/users/me", 200),
                false);
        read(label, "ways in: `GET /api/users/me` with an API token (Bearer)", readBase,
                k -> get(token, "/api/users/me", 200), false);
    }

    /** The read baseline once more after the rows: how far it moved while they ran (ratios to the first). */
    private void baselineAgain(String label, String editor, Map<Integer, Load.Result> readBase)
            throws InterruptedException {
        for (int c : connections) {
            Load.Result r = Load.run("baseline again", c, warmup, seconds, k -> get(editor, "/api/users/me", 200));
            log(r);
            row(label, "**baseline** again, after the rows above (ratio: to the first)", "read baseline", r,
                    readBase.get(c), false, false);
        }
    }

    /** The read baseline, {@code GET /api/users/me} with the session cookie, at every concurrency. */
    private Map<Integer, Load.Result> baselineRows(String label, String editor) throws InterruptedException {
        Map<Integer, Load.Result> readBase = new HashMap<>();
        for (int c : connections) {
            Load.Result r = Load.run("baseline", c, warmup, seconds, k -> get(editor, "/api/users/me", 200));
            readBase.put(c, r);
            log(r);
            row(label, "**baseline**: `GET /api/users/me` (session cookie, JAX-RS, Jackson, one indexed query)",
                    "read baseline", r, null, false, false);
        }
        return readBase;
    }

    /** A new API token of the signed-in user, as an Authorization header for {@link Http}. */
    private static String newToken(String session) throws IOException {
        try (Http http = new Http(HOST, PORT, session)) {
            Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(expect(http.postJson("/api/users/me/tokens", "{\"name\": \"bench\"}"), 201).text());
            if (!m.find()) {
                throw new IOException("no token in the answer to POST /api/users/me/tokens");
            }
            return Http.bearer(m.group(1));
        }
    }

    private void measure(String label, Server s, DataSet.Made made, Map<Integer, Load.Result> jdbcBase)
            throws Exception {
        String editor = Http.signIn(HOST, PORT, made.editorName(), ADMIN_PASSWORD);
        String admin = Http.signIn(HOST, PORT, "admin", ADMIN_PASSWORD);
        // JIT warm-up of the shared paths (HTTP, sign-in check, JAX-RS, Jackson, Hibernate) before the first
        // measured row, so that the baseline, measured first, is not measured cold.
        Load.run("jit warm-up", 16, 0, Math.max(warmup, 10 * Math.min(1, seconds)), k -> {
            Random random = new Random(k);
            return conn(editor, http -> {
                expect(http.get("/api/users/me"), 200);
                expect(http.get("/api/claims/" + (1 + random.nextInt((int) made.claims()))), 200);
            });
        });
        // Then the baseline's own path, at one connection and at 16, so that its first rows are not the
        // JIT's (they were about half of what the same run measured at its end).
        for (int c : new int[] { 1, 16 }) {
            Load.run("jit warm-up, baseline", c, 0, Math.max(warmup, 10 * Math.min(1, seconds)),
                    k -> get(editor, "/api/users/me", 200));
        }
        if (suggestOnly) {
            measureSuggestions(label, made, editor);
            return;
        }
        if (reanchorOnly) {
            Map<Integer, Load.Result> readBase = baselineRows(label, editor);
            reanchoring(label, editor, readBase);
            baselineAgain(label, editor, readBase);
            return;
        }
        if (publicOnly) {
            Map<Integer, Load.Result> readBase = baselineRows(label, editor);
            publicPages(label, editor, readBase);
            baselineAgain(label, editor, readBase);
            return;
        }
        if (presenceOnly) {
            Map<Integer, Load.Result> readBase = baselineRows(label, editor);
            presence(label, made, editor, Http.basic(made.editorName(), ADMIN_PASSWORD), newToken(editor), readBase);
            baselineAgain(label, editor, readBase);
            return;
        }
        if (matchOnly) {
            Map<Integer, Load.Result> readBase = baselineRows(label, editor);
            String basic = Http.basic(made.editorName(), ADMIN_PASSWORD);
            String token = newToken(editor);
            waysIn(label, basic, token, readBase);
            matches(label, made, editor, basic, token, readBase);
            baselineAgain(label, editor, readBase);
            return;
        }
        Map<Integer, Load.Result> readBase = baselineRows(label, editor);
        // Every way in on the same endpoint: the session cookie (the baseline above), HTTP Basic (a
        // password checked with bcrypt, then remembered for a minute) and an API token.
        String basic = Http.basic(made.editorName(), ADMIN_PASSWORD);
        String token = newToken(editor);
        waysIn(label, basic, token, readBase);
        suggestions(label, editor, basic, token, readBase);
        matches(label, made, editor, basic, token, readBase);
        presence(label, made, editor, basic, token, readBase);
        reanchoring(label, editor, readBase);
        for (int c : connections) {
            Load.Result r = Load.run("health", c, warmup, seconds, k -> get(null, "/q/health/live", 200));
            log(r);
            row(label, "`GET /q/health/live` (no sign-in, no JAX-RS)", "read", r, readBase.get(c), false, false);
        }
        long claims = made.claims();
        read(label, "one claim as JSON: `GET /api/claims/{random id}`", readBase, k -> {
            Random random = new Random(k);
            return conn(editor, http -> expect(http.get("/api/claims/" + (1 + random.nextInt((int) claims))), 200));
        }, false);
        String search = "/api/claims?state=PUBLISHED&topic=Casualty%20figures&q=ministry&size=50";
        rendered(label, "claim search", editor, search);
        read(label, "claim search: `GET /api/claims?state=PUBLISHED&topic=Casualty figures&q=ministry`", readBase,
                k -> get(editor, search, 200), false);
        String reader = "/articles/" + made.readerArticle();
        rendered(label, "reader page (200 claims)", editor, reader);
        read(label, "reader page, 200-claim article: `GET " + reader + "`", readBase, k -> get(editor, reader, 200),
                true);
        rendered(label, "workboard", editor, "/workboard");
        read(label, "workboard page: `GET /workboard`", readBase, k -> get(editor, "/workboard", 200), true);
        for (String format : List.of("html", "pdf", "claimreview")) {
            String path = "/api/articles/" + made.bigArticle() + "/report?format=" + format + "&public=false";
            if (!rendered(label, "report " + format.toUpperCase(Locale.ROOT) + " (1,000 claims, internal)", editor,
                    path)) {
                notes.add(label + ": report " + format + " answered 404 (not in this build): skipped");
                continue;
            }
            read(label, "report " + format.toUpperCase(Locale.ROOT) + ", 1,000-claim article (internal: `public=false`)",
                    readBase, k -> get(editor, path, 200), false);
        }
        // The first call of an instance walks the whole chain; the row measures the calls after it.
        try (Http prime = new Http(HOST, PORT, editor)) {
            expect(prime.get("/api/history/verify"), 200);
        }
        read(label, "history verification, editor (since the last walk): `GET /api/history/verify`", readBase,
                k -> get(editor, "/api/history/verify", 200), false);
        // The full walk (admins) reads every event: one connection, a few walks.
        Load.Result full = Load.run("verify-full", 1, 0, Math.max(seconds, 4), k -> get(admin, "/api/history/verify",
                200));
        log(full);
        row(label, "history verification, admin (full walk of " + made.events() + " events)", "read", full,
                readBase.get(1), false, false);

        // Writes, against the plain-JDBC baseline at the same concurrency.
        for (int c : connections) {
            row(label, "**baseline**: plain JDBC transition (update claim + append event + move head, one commit)",
                    "write baseline", jdbcBase.get(c), null, false, false);
        }
        ServerTransitions transitions = new ServerTransitions(made);
        if (made.transitionPool().size() < 64 || made.evidencePool().size() < 64) {
            throw new IllegalStateException("the data set is too small for the write runs (use bench.scale >= 0.1)");
        }
        for (int c : connections) {
            Load.Result r = Load.run("transition", c, warmup, seconds, k -> transitions.worker(editor, k, c));
            log(r);
            row(label, "transition: `POST /api/claims/{id}/transitions` (RESEARCHING ⇄ IN_REVIEW)", "write", r,
                    jdbcBase.get(c), false, true);
        }
        AtomicLong attachCounter = new AtomicLong();
        List<Long> pool = made.evidencePool();
        long sources = made.sources();
        for (int c : connections) {
            Load.Result r = Load.run("evidence", c, warmup, seconds, k -> conn(editor, http -> {
                long n = attachCounter.getAndIncrement();
                long claim = pool.get((int) (n % pool.size()));
                long source = (n / pool.size()) % sources + 1;
                expect(http.postJson("/api/claims/" + claim + "/evidence", "{\"sourceId\":" + source
                        + ",\"stance\":\"supports\",\"excerpt\":\"Benchmark excerpt " + n + "\"}"), 201);
            }));
            log(r);
            row(label, "attach evidence: `POST /api/claims/{id}/evidence`", "write", r, jdbcBase.get(c), false, true);
        }
    }

    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    /**
     * What readers outside the desk get (docs/reports.md, "Caching for the public"), anonymous as they are: a
     * published claim's public page and share card, the Atom feed, the first DataFeed page and the sitemap, each served from the
     * report cache (200) and revalidated with the ETag it gave (304: the claim's state and the chain head read,
     * nothing rendered), against the read baseline. The first answer of each (rendering included) goes into
     * {@link #renders} with the rendering after a change.
     */
    private void publicPages(String label, String editor, Map<Integer, Load.Result> readBase) throws Exception {
        long claim;
        try (Http http = new Http(HOST, PORT, editor)) {
            Matcher m = FIRST_ID.matcher(expect(http.get("/api/claims?state=PUBLISHED&size=1"), 200).text());
            if (!m.find()) {
                notes.add(label + ": no published claim: the public rows are skipped");
                return;
            }
            claim = Long.parseLong(m.group(1));
        }
        List<String[]> paths = List.of(
                new String[] { "/public/claims/" + claim, "public claim page: `GET /public/claims/{id}`" },
                new String[] { "/public/claims/" + claim + "/card.png",
                        "share card, 1200×630 PNG: `GET /public/claims/{id}/card.png`" },
                new String[] { "/public/feed.atom", "Atom feed, 50 entries: `GET /public/feed.atom`" },
                new String[] { "/public/claimreview-feed.json", "DataFeed, first page (100 ClaimReviews):"
                        + " `GET /public/claimreview-feed.json`" },
                new String[] { "/sitemap.xml", "sitemap (every published claim and article): `GET /sitemap.xml`" });
        for (String[] p : paths) {
            if (!rendered(label, p[1].substring(0, p[1].indexOf(':')), editor, p[0])) {
                notes.add(label + ": " + p[0] + " answered 404 (not in this build): skipped");
                continue;
            }
            read(label, p[1] + ", 200 from the cache", readBase, k -> get(null, p[0], 200), true);
            read(label, p[1] + ", revalidated: 304", readBase, k -> {
                String[] tag = { null };
                return conn(null, http -> {
                    if (tag[0] == null) {
                        tag[0] = expect(http.get(p[0]), 200).headers().get("etag");
                    }
                    Http.Response r = http.get(p[0], "If-None-Match", tag[0]);
                    if (r.status() == 200) {
                        tag[0] = r.headers().get("etag"); // the head moved (not during this run): take the new tag
                    } else {
                        expect(r, 304);
                    }
                });
            }, false);
        }
    }

    private void read(String label, String name, Map<Integer, Load.Result> base,
            java.util.function.IntFunction<Load.Worker> workers, boolean page) throws InterruptedException {
        Load.Result first = null;
        for (int c : connections) {
            // Closed loop on 2 cores: a request at c connections takes about c / 2 times its time alone, and a
            // row needs at least two per connection (warm-up and measured).
            if (first != null && first.p50ms() * c > 45_000) {
                notes.add(label + ": " + name + " at " + c + " connections skipped: at "
                        + String.format(Locale.ROOT, "%.0f", first.p50ms()) + " ms a request it would not finish in the time budget");
                continue;
            }
            Load.Result r = Load.run(name, c, warmup, seconds, workers);
            log(r);
            if (first == null) {
                first = r;
            }
            row(label, name, "read", r, base.get(c), page, false);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Workers

    interface Call {
        void call(Http http) throws Exception;
    }

    static Load.Worker conn(String cookie, Call call) {
        Http http = new Http(HOST, PORT, cookie);
        return new Load.Worker() {
            @Override
            public void call() throws Exception {
                call.call(http);
            }

            @Override
            public void close() {
                http.close();
            }
        };
    }

    private static Load.Worker get(String cookie, String path, int status) {
        return conn(cookie, http -> expect(http.get(path), status));
    }

    static Http.Response expect(Http.Response r, int status) throws IOException {
        if (r.status() != status) {
            String body = r.text();
            throw new IOException("HTTP " + r.status() + ": " + body.substring(0, Math.min(300, body.length())));
        }
        return r;
    }

    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");

    /** Transitions through the API: each connection owns every c-th claim of the pool, so versions stay its own. */
    private static final class ServerTransitions {
        final List<Long> pool;
        final Map<Long, String> state = new ConcurrentHashMap<>();
        final Map<Long, Long> version = new ConcurrentHashMap<>();

        ServerTransitions(DataSet.Made made) {
            pool = made.transitionPool();
            pool.forEach(id -> {
                state.put(id, "RESEARCHING");
                version.put(id, 0L);
            });
        }

        Load.Worker worker(String cookie, int k, int c) {
            List<Long> mine = new ArrayList<>();
            for (int i = k; i < pool.size(); i += c) {
                mine.add(pool.get(i));
            }
            int[] next = { 0 };
            return conn(cookie, http -> {
                long id = mine.get(next[0]++ % mine.size());
                boolean submit = state.get(id).equals("RESEARCHING");
                String body = submit ? "{\"to\":\"IN_REVIEW\",\"version\":" + version.get(id) + "}"
                        : "{\"to\":\"RESEARCHING\",\"comment\":\"Sent back by the benchmark\",\"version\":"
                                + version.get(id) + "}";
                Http.Response r = http.postJson("/api/claims/" + id + "/transitions", body);
                if (r.status() != 200) {
                    resync(http, id);
                }
                expect(r, 200);
                take(id, r.text());
            });
        }

        void take(long id, String json) {
            Matcher v = VERSION.matcher(json);
            long last = -1;
            while (v.find()) {
                last = Long.parseLong(v.group(1));
            }
            Matcher s = STATE.matcher(json);
            if (s.find()) {
                state.put(id, s.group(1));
            }
            version.put(id, last);
        }

        void resync(Http http, long id) throws IOException {
            take(id, expect(http.get("/api/claims/" + id), 200).text());
        }
    }

    /** The same writes as a transition, in plain JDBC through the application's own appender. */
    private static final class JdbcTransitions {
        final String url;
        final boolean pg;
        final DataSet.Made made;
        final List<Long> pool;
        final Map<Long, Long> article = new HashMap<>();
        final Map<Long, String> state = new ConcurrentHashMap<>();
        final Map<Long, Long> version = new ConcurrentHashMap<>();

        JdbcTransitions(String url, boolean pg, DataSet.Made made) throws SQLException {
            this.url = url;
            this.pg = pg;
            this.made = made;
            this.pool = made.jdbcPool();
            try (Connection c = jdbc(url, pg); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select id, article_id, state, version from claim where state = 'RESEARCHING'")) {
                while (r.next()) {
                    article.put(r.getLong(1), r.getLong(2));
                    state.put(r.getLong(1), r.getString(3));
                    version.put(r.getLong(1), r.getLong(4));
                }
            }
        }

        Load.Worker worker(int k, int c) {
            List<Long> mine = new ArrayList<>();
            for (int i = k; i < pool.size(); i += c) {
                mine.add(pool.get(i));
            }
            Connection db;
            try {
                db = jdbc(url, pg);
                db.setAutoCommit(false);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            int[] next = { 0 };
            return new Load.Worker() {
                @Override
                public void call() throws Exception {
                    long id = mine.get(next[0]++ % mine.size());
                    String from = state.get(id);
                    String to = from.equals("RESEARCHING") ? "IN_REVIEW" : "RESEARCHING";
                    try (PreparedStatement up = db.prepareStatement("update claim set state = ?, updated_at = ?,"
                            + " version = version + 1 where id = ? and version = ?")) {
                        up.setString(1, to);
                        up.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                        up.setLong(3, id);
                        up.setLong(4, version.get(id));
                        if (up.executeUpdate() != 1) {
                            db.rollback();
                            throw new IllegalStateException("claim " + id + " changed under the baseline");
                        }
                    }
                    BenchAppend.append(db, made.editorId(), made.editorName(), "TRANSITION", article.get(id), id,
                            CanonicalJson.write(Map.of("state", from)), CanonicalJson.write(Map.of("state", to)),
                            to.equals("RESEARCHING") ? "Sent back by the benchmark" : null);
                    db.commit();
                    state.put(id, to);
                    version.put(id, version.get(id) + 1);
                }

                @Override
                public void close() {
                    try {
                        db.close();
                    } catch (SQLException ignored) {
                        // done
                    }
                }
            };
        }
    }

    static Connection jdbc(String url, boolean pg) throws SQLException {
        return pg ? DriverManager.getConnection(url + "?reWriteBatchedInserts=true", "postgres", "")
                : DriverManager.getConnection(url, "factdesk", "factdesk");
    }

    // ------------------------------------------------------------------------------------------
    // The table

    private void startRow(String label, String what, Server s) {
        long[] rss = s.rss();
        log(String.format(Locale.ROOT, "start %s %s: %.2f s, RSS %d MiB", label, what, s.startSeconds, rss[0] / 1024));
        startTable.append(String.format(Locale.ROOT, "| %s | %s | %.2f s | %d MiB |%n", label, what, s.startSeconds,
                rss[0] / 1024));
    }

    private void dataRow(String label, String url, boolean pg, DataSet.Made made) throws SQLException {
        StringBuilder states = new StringBuilder();
        try (Connection c = jdbc(url, pg); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select state, count(*) from claim group by state order by state")) {
            while (r.next()) {
                states.append(states.length() == 0 ? "" : ", ").append(r.getString(1)).append(' ').append(r.getLong(2));
            }
        }
        dataTable.append(String.format(Locale.ROOT, "| %s | %d s | %d | %d | %s | %d | %d | %d |%n", label,
                made.seconds(), countOf(url, pg, "article"), made.claims(), states, made.evidence(),
                made.sources(), made.events()));
    }

    private static long countOf(String url, boolean pg, String table) throws SQLException {
        try (Connection c = jdbc(url, pg); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void row(String label, String name, String kind, Load.Result r, Load.Result base, boolean page,
            boolean write) {
        String rps = String.format(Locale.ROOT, r.rps() < 10 ? "%.2f" : "%.0f", r.rps());
        String p50 = fmt(r.p50ms());
        String p99 = fmt(r.p99ms());
        if (base != null) {
            rps += String.format(Locale.ROOT, " (%.2f×)", r.rps() / base.rps());
            p50 += String.format(Locale.ROOT, " (%.1f×)", r.p50ms() / base.p50ms());
            p99 += String.format(Locale.ROOT, " (%.1f×)", r.p99ms() / base.p99ms());
        }
        List<String> flags = new ArrayList<>();
        if (base != null && r.rps() < base.rps() / 2) {
            flags.add("< ½ baseline");
        }
        if (page && r.connections() == 16 && r.p99ms() > 50) {
            flags.add("page p99 > 50 ms");
        }
        if (write && r.connections() == 16 && r.p99ms() > 100) {
            flags.add("write p99 > 100 ms");
        }
        if (r.errors() > 0) {
            flags.add(r.errors() + " errors: " + r.firstError());
        }
        if (r.requests() == 0) {
            flags.add("no answer in the window");
        }
        if (flags.stream().anyMatch(f -> !f.equals("< ½ baseline")) || (flags.contains("< ½ baseline")
                && r.connections() == 16)) {
            findings.add(label + ", " + name + " @" + r.connections() + ": " + String.join("; ", flags));
        }
        table.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %s | %s | %s | %s | %s | %s |%n", label,
                name, r.connections(), r.requests(), rps, p50, p99, fmt(r.p99CorrectedMs()), fmt(r.maxMs()),
                String.join("; ", flags).replace("|", "/")));
    }

    private static String fmt(double ms) {
        if (Double.isNaN(ms)) {
            return "—";
        }
        return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms) : String.format(Locale.ROOT, "%.0f", ms);
    }

    private String report(double totalSeconds) throws IOException {
        StringBuilder md = new StringBuilder();
        // The suggestions-only tables sit inside a section of their own (docs/benchmarks.md, "Suggestion engine").
        String h = suggestOnly || matchOnly || reanchorOnly || presenceOnly || publicOnly ? "#### " : "### ";
        md.append(suggestOnly ? "Generated by `bash src/bench/run --suggest` (the read baseline, the ways in and the"
                + " suggestions rows only) on " : matchOnly ? "Generated by `bash src/bench/run --match` (the read"
                + " baseline, the ways in and the matching rows only) on " : reanchorOnly ? "Generated by `bash"
                + " src/bench/run --reanchor` (the read baseline and the re-anchoring rows only) on "
                : presenceOnly ? "Generated by `bash src/bench/run --presence` (the read baseline and the presence"
                + " rows only) on "
                : publicOnly ? "Generated by `bash src/bench/run --public` (the read baseline and the public pages,"
                + " feeds and revalidations only) on "
                : "Generated by `bash src/bench/run` on ")
                .append(DateTimeFormatter.ISO_LOCAL_DATE.format(OffsetDateTime.now(ZoneOffset.UTC))).append(" in ")
                .append(String.format(Locale.ROOT, "%.1f", totalSeconds / 60)).append(" minutes")
                .append(scale != 1 ? " (**scaled data set: " + scale + "**)" : "").append(".\n\n");
        md.append("**Machine**: ").append(machine()).append(". Load average (1, 5, 15 min) at the start: ")
                .append(loadAtStart).append(", at the end: ").append(loadAverage())
                .append(" (anything well above 0 means other work shared the 2 cores).\n\n");
        md.append("**Settings**: ").append(String.format(Locale.ROOT, "%.0f s warm-up + %.0f s measured per row", warmup,
                seconds)).append(", closed loop, connections ").append(java.util.Arrays.toString(connections))
                .append("; the load driver runs on the same 2 cores as the server and the database.\n\n");
        md.append(h + "Data set\n\n| database | generated in | articles | claims | claims by state | evidence | sources | history events (chain) |\n")
                .append("|---|---|---|---|---|---|---|---|\n").append(dataTable).append('\n');
        md.append(h + "Start-up and memory\n\nTime from process start to the first answered request (`GET /q/health/live`),"
                + " and resident memory (`VmRSS` of /proc/<pid>/status) right after it.\n\n")
                .append("| database | database state | first answer | RSS |\n|---|---|---|---|\n").append(startTable).append('\n');
        md.append(h + "Throughput and latency\n\nEach figure with its ratio to the baseline of its kind at the same"
                + " concurrency (reads: `GET /api/users/me`; writes: the plain-JDBC transition). Latencies in ms;"
                + " *p99 CO* is the p99 corrected for coordinated omission (see above).\n\n")
                .append("| database | endpoint | conn. | requests | req/s (× baseline) | p50 (× baseline) | p99 (× baseline) | p99 CO | max | flags |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n").append(table).append('\n');
        if (renders.length() > 0) {
            md.append(h + "Answers after a change\n\nThe search, reader, workboard and report rows above are served"
                    + " from the page and report caches, as an unchanged desk is to its readers; the counts and"
                    + " the rendering are redone after every change. Computing the answer, in ms: on its first"
                    + " request (cold JIT), and the best of three requests each made right after a change (a"
                    + " comment, which moves the chain head). Suggestions are kept per article and body, not per"
                    + " head: their change is an import (the demo article's text imported again, its suggestions"
                    + " asked once); their first request is the instance's first use of the suggestion engine,"
                    + " which loads the OpenNLP models.\n\n")
                    .append("| database | endpoint | first request | after a change |\n|---|---|---|---|\n")
                    .append(renders).append('\n');
        }
        if (!suggestOnly && !matchOnly && !reanchorOnly && !publicOnly) {
            md.append(queryCounts());
        }
        md.append(h + "Over the thresholds\n\n");
        if (findings.isEmpty()) {
            md.append("None.\n");
        }
        findings.forEach(f -> md.append("- ").append(f).append('\n'));
        if (!notes.isEmpty()) {
            md.append("\n" + h + "Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    /** The table QueryCountTest printed, from the run script's log of it (absent: not run). */
    private String queryCounts() throws IOException {
        Path log = dir.resolve("query-counts.log");
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log);
        StringBuilder out = new StringBuilder("### SQL statements per request\n\n");
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("SQL statements per request")) {
                at = i;
            }
        }
        String exit = lines.stream().filter(l -> l.startsWith("exit=")).findFirst().orElse("exit=?");
        if (at < 0) {
            return out.append("QueryCountTest printed no table (").append(exit).append("): see `target/bench/query-counts.log`.\n\n").toString();
        }
        out.append("`QueryCountTest` on H2 (").append(exit.equals("exit=0") ? "passed" : "**failed: counts grow**")
                .append("); ").append(lines.get(at)).append(":\n\n```\n");
        for (int i = at + 1; i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("[")
                && !lines.get(i).matches("^\\d\\d:\\d\\d:\\d\\d .*"); i++) {
            out.append(lines.get(i)).append('\n');
            if (lines.get(i).contains("<- grows")) {
                findings.add("statement count grows: " + lines.get(i).strip());
            }
        }
        return out.append("```\n\n").toString();
    }

    private static String machine() throws IOException {
        String cpu = "?";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).strip();
                break;
            }
        }
        long memKb = 0;
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                memKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        String pg = "?";
        try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("show server_version")) {
            r.next();
            pg = r.getString(1);
        } catch (SQLException e) {
            pg = "not reached";
        }
        return String.format(Locale.ROOT, "%s, %d cores, %.0f GiB RAM; JDK %s (%s); PostgreSQL %s; H2 embedded (file)",
                cpu, Runtime.getRuntime().availableProcessors(), memKb / 1024.0 / 1024.0,
                System.getProperty("java.version"), System.getProperty("java.vm.vendor"), pg);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static void log(Object o) {
        String text = o instanceof Load.Result r ? String.format(Locale.ROOT,
                "  %-70.70s c=%-3d n=%-6d %8.1f req/s  p50 %8.2f  p99 %8.2f  p99co %8.2f  max %8.2f  err %d%s",
                r.name(), r.connections(), r.requests(), r.rps(), r.p50ms(), r.p99ms(), r.p99CorrectedMs(), r.maxMs(),
                r.errors(), r.firstError() == null ? "" : " (" + r.firstError() + ")") : String.valueOf(o);
        System.out.println(DateTimeFormatter.ISO_LOCAL_TIME.format(java.time.LocalTime.now()).substring(0, 8) + " " + text);
    }

    // ------------------------------------------------------------------------------------------
    // The server process

    static final class Server {
        /** How long a start may take before the run gives up (bench.start-seconds; more on a busy machine). */
        static final long START_SECONDS = Long.getLong("bench.start-seconds", 120);

        final Process process;
        final double startSeconds;

        private Server(Process process, double startSeconds) {
            this.process = process;
            this.startSeconds = startSeconds;
        }

        static Server start(Path app, Path dir, String kind, String url, boolean pg) throws Exception {
            ProcessBuilder pb = new ProcessBuilder("java", "-jar", app.resolve("quarkus-run.jar").toString());
            pb.directory(dir.toFile());
            Map<String, String> env = pb.environment();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(PORT));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", url);
            env.put("QUARKUS_DATASOURCE_USERNAME", pg ? "postgres" : "factdesk");
            env.put("QUARKUS_DATASOURCE_PASSWORD", pg ? "" : "factdesk");
            env.put("FACTDESK_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "factdesk-benchmark-session-key-0123456789");
            env.put("FACTDESK_MATCHING_INDEX_DIR", indexDir(dir, kind).toString());
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server-" + kind + ".log").toFile()));
            long t0 = System.nanoTime();
            Process p = pb.start();
            long deadline = t0 + TimeUnit.SECONDS.toNanos(START_SECONDS);
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("the server stopped at start: see " + dir.resolve("server-" + kind + ".log"));
                }
                if (answers()) {
                    return new Server(p, (System.nanoTime() - t0) / 1e9);
                }
                Thread.sleep(5);
            }
            p.destroyForcibly();
            throw new IllegalStateException("the server did not answer within " + START_SECONDS + " s");
        }

        /** The claim index of the server of this database kind: its own folder, as each instance has. */
        static Path indexDir(Path dir, String kind) {
            return dir.resolve("match-index-" + kind);
        }

        /** The last line of the server's log that contains {@code text}, or null. */
        static String lastLine(Path dir, String kind, String text) throws IOException {
            Path log = dir.resolve("server-" + kind + ".log");
            if (!Files.exists(log)) {
                return null;
            }
            String found = null;
            for (String line : Files.readAllLines(log)) {
                if (line.contains(text)) {
                    found = line;
                }
            }
            return found;
        }

        private static boolean answers() {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, PORT), 200);
                s.setSoTimeout(5_000);
                s.getOutputStream().write(("GET /q/health/live HTTP/1.1\r\nHost: " + HOST + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                InputStream in = s.getInputStream();
                byte[] head = in.readNBytes(12);
                return head.length == 12 && new String(head, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200");
            } catch (IOException e) {
                return false;
            }
        }

        /** VmRSS and VmHWM in KiB. */
        long[] rss() {
            long[] out = new long[2];
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        out[0] = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    } else if (line.startsWith("VmHWM:")) {
                        out[1] = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException e) {
                // process gone
            }
            return out;
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
