package io.factdesk.bench;

import io.factdesk.article.TextNormalizer;
import io.factdesk.audit.AuditChain;
import io.factdesk.audit.CanonicalJson;
import io.factdesk.system.Hashes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark's data set, made with plain JDBC batches into a schema that Flyway created (the
 * server is started once on the empty database first). Everything comes from one {@link Random}
 * with a fixed seed, ids are explicit and the identity columns are moved past them afterwards, so
 * that two runs produce the same rows, the same chain and the same ids.
 *
 * <p>The history is a valid hash chain continuing the application's own (the first admin's
 * creation): each event is hashed with {@link AuditChain.Content}, the class the application's
 * appender and verifier use, so verification measures real work on real data.
 */
final class DataSet {

    static final long SEED = 20_260_301L;
    static final String[] STATES = { "NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED", "DISMISSED" };
    /** Share of each state among generated claims, in the order of {@link #STATES}. */
    static final double[] STATE_SHARE = { 0.25, 0.25, 0.15, 0.05, 0.25, 0.05 };

    /** What the load driver needs to know about the generated rows. */
    record Made(long bigArticle, long readerArticle, long claims, long maxClaimId, long sources, long evidence,
            long events, List<Long> transitionPool, List<Long> jdbcPool, List<Long> evidencePool, long editorId,
            String editorName, long seconds) {
    }

    private final Connection db;
    private final boolean postgres;
    private final double scale;
    private final Random random = new Random(SEED);

    private long seq;
    private String prevHash;
    private Instant clock = Instant.parse("2025-01-06T08:00:00Z");
    private PreparedStatement eventInsert;
    private int pendingEvents;

    DataSet(Connection db, boolean postgres, double scale) {
        this.db = db;
        this.postgres = postgres;
        this.scale = scale;
    }

    private int scaled(int n) {
        return Math.max(1, (int) Math.round(n * scale));
    }

    private record User(long id, String name) {
    }

    private record PlannedClaim(long id, long articleId, int start, int end, String exact, String prefix,
            String suffix, String statement, String claimant, LocalDate claimDate, long topicId, String state,
            User createdBy, User assignee, Long verdictId, String rationale, boolean complete, int evidence,
            int edits) {
    }

    Made generate() throws SQLException {
        long started = System.nanoTime();
        db.setAutoCommit(false);
        int articleCount = scaled(2_000);
        int claimCount = scaled(50_000);
        int sourceCount = scaled(20_000);
        int evidenceCount = scaled(100_000);
        int eventCount = scaled(500_000);
        int bigClaims = 1_000;
        int readerClaims = 200;

        try (Statement s = db.createStatement(); ResultSet head = s.executeQuery(
                "select seq, hash from audit_head where id = 1")) {
            head.next();
            seq = head.getLong(1);
            prevHash = head.getString(2);
        }
        long seqAtStart = seq;
        String passwordHash;
        long nextUser;
        try (Statement s = db.createStatement(); ResultSet admin = s.executeQuery(
                "select password_hash, (select max(id) from app_user) from app_user where roles like '%admin%'"
                        + " order by id")) {
            admin.next();
            passwordHash = admin.getString(1);
            nextUser = admin.getLong(2) + 1;
        }
        long maxArticleSeen = maxId("article");
        if (maxArticleSeen > 0) {
            throw new IllegalStateException("The database already holds articles: the data set needs an empty one");
        }

        // Users: every one has the admin's password (its bcrypt hash is copied), so the driver signs in
        // with the one password it knows.
        List<User> reviewers = new ArrayList<>();
        List<User> editors = new ArrayList<>();
        User benchEditor;
        try (PreparedStatement in = db.prepareStatement("insert into app_user (id, username, display_name,"
                + " password_hash, roles, created_at) values (?, ?, ?, ?, ?, ?)")) {
            benchEditor = new User(nextUser++, "bench-editor");
            addUser(in, benchEditor, "Bench Editor", passwordHash, "editor");
            editors.add(benchEditor);
            for (int i = 1; i <= 20; i++) {
                User u = new User(nextUser++, String.format("reviewer%02d", i));
                addUser(in, u, "Reviewer " + i, passwordHash, "reviewer");
                reviewers.add(u);
            }
            for (int i = 1; i <= 5; i++) {
                User u = new User(nextUser++, String.format("editor%02d", i));
                addUser(in, u, "Editor " + i, passwordHash, "editor");
                editors.add(u);
            }
            in.executeBatch();
        }
        eventInsert = db.prepareStatement("insert into audit_event (seq, occurred_at, actor_id, actor_name, type,"
                + " article_id, claim_id, before_json, after_json, comment, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

        // Sources first: evidence links to them.
        try (PreparedStatement in = db.prepareStatement("insert into source (id, url, normalized_url, url_key, title,"
                + " publisher, author, published_at, accessed_at, archived_url, source_type, reliability, created_at,"
                + " created_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            String[] types = { "OFFICIAL_STATEMENT", "PRIMARY_DOCUMENT", "DATA_SET", "NEWS_REPORT", "EXPERT", "OTHER" };
            for (int i = 1; i <= sourceCount; i++) {
                User by = pick(reviewers);
                String url = "https://" + pick(PUBLISHERS).toLowerCase().replace(' ', '-') + ".example.org/"
                        + (2015 + random.nextInt(10)) + "/report-" + i;
                String title = cap(words(4 + random.nextInt(6))) + " (" + i + ")";
                String type = types[random.nextInt(types.length)];
                String reliability = String.valueOf("ABCDEF".charAt(random.nextInt(6)));
                LocalDate published = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(3600));
                Instant at = tick();
                in.setLong(1, i);
                in.setString(2, url);
                in.setString(3, url);
                in.setString(4, Hashes.sha256(url));
                in.setString(5, title);
                in.setString(6, pick(PUBLISHERS));
                in.setString(7, pick(PEOPLE));
                in.setObject(8, published);
                in.setObject(9, published.plusDays(30));
                in.setNull(10, Types.VARCHAR);
                in.setString(11, type);
                in.setString(12, reliability);
                in.setObject(13, utc(at));
                in.setLong(14, by.id);
                in.setObject(15, utc(at));
                in.addBatch();
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("id", (long) i);
                after.put("url", url);
                after.put("title", title);
                after.put("type", type);
                after.put("reliability", reliability);
                after.put("publishedAt", published);
                event(by, "SOURCE_CREATED", null, null, Map.of(), after, null, at);
                if (i % 1000 == 0) {
                    in.executeBatch();
                }
            }
            in.executeBatch();
        }

        // Plan the claims: how many per article, their states, evidence and edits, so that the event
        // count can be filled up to exactly the target with edits.
        int[] perArticle = new int[articleCount];
        perArticle[0] = Math.min(bigClaims, claimCount);
        if (articleCount > 1) {
            perArticle[1] = Math.min(readerClaims, Math.max(0, claimCount - perArticle[0]));
        }
        int rest = Math.max(0, claimCount - perArticle[0] - (articleCount > 1 ? perArticle[1] : 0));
        for (int a = 2; a < articleCount; a++) {
            perArticle[a] = rest / (articleCount - 2) + (a - 2 < rest % (articleCount - 2) ? 1 : 0);
        }
        List<String> stateOf = new ArrayList<>();
        List<Boolean> verdictOf = new ArrayList<>();
        int researched = 0;
        int total = 0;
        for (int a = 0; a < articleCount; a++) {
            for (int c = 0; c < perArticle[a]; c++) {
                String state = state();
                stateOf.add(state);
                boolean wasResearched = !state.equals("NEW") && !state.equals("DISMISSED");
                verdictOf.add(wasResearched && (!state.equals("RESEARCHING") || random.nextInt(3) > 0));
                researched += wasResearched ? 1 : 0;
                total++;
            }
        }
        int[] evidencePer = new int[total];
        int evidenceLeft = evidenceCount;
        if (researched > 0) {
            int base = evidenceCount / researched;
            int extra = evidenceCount % researched;
            int k = 0;
            for (int i = 0; i < total; i++) {
                if (!stateOf.get(i).equals("NEW") && !stateOf.get(i).equals("DISMISSED")) {
                    evidencePer[i] = Math.min(base + (k++ < extra ? 1 : 0), sourceCount);
                    evidenceLeft -= evidencePer[i];
                }
            }
        }
        // Events besides edits: per article 1, per claim 1 + transitions (+ assignment, verdict) + evidence.
        long planned = (seq - seqAtStart) + articleCount;
        for (int i = 0; i < total; i++) {
            String st = stateOf.get(i);
            boolean wasResearched = !st.equals("NEW") && !st.equals("DISMISSED");
            planned += 1 + evidencePer[i] + stepsTo(st).size() + (wasResearched ? 1 : 0) + (verdictOf.get(i) ? 1 : 0);
        }
        long fill = Math.max(0, eventCount - planned);
        int[] editsPer = new int[total];
        for (long f = 0; f < fill; f++) {
            editsPer[(int) (f * 7919 % Math.max(1, total))]++;
        }

        PreparedStatement articleIn = db.prepareStatement("insert into article (id, title, url, publisher, author,"
                + " published_at, language, body, body_sha256, body_length, imported_as, created_at, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement claimIn = db.prepareStatement("insert into claim (id, article_id, start_pos, end_pos, exact,"
                + " prefix, suffix, statement, claimant, claim_date, topic_id, state, created_at, created_by,"
                + " updated_at, assignee_id, verdict_id, rationale, submitted_by, dismiss_reason, published_at,"
                + " claimant_type) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement evidenceIn = db.prepareStatement("insert into evidence (id, claim_id, source_id, excerpt,"
                + " stance, note, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)");
        List<Long> transitionPool = new ArrayList<>();
        List<Long> jdbcPool = new ArrayList<>();
        List<Long> evidencePool = new ArrayList<>();
        long claimId = 0;
        long evidenceId = 0;
        int claimIndex = 0;
        for (int a = 0; a < articleCount; a++) {
            long articleId = a + 1;
            int claims = perArticle[a];
            int sentences = Math.max(2 * claims + 4, 24);
            StringBuilder raw = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    raw.append(s % 5 == 0 ? "\n\n" : " ");
                }
                String sentence = sentence();
                spans.add(new int[] { raw.length(), raw.length() + sentence.length() });
                raw.append(sentence);
            }
            String body = raw.toString();
            if (!TextNormalizer.normalize(body).equals(body)) {
                throw new IllegalStateException("generated body is not normalised");
            }
            String title = a == 0 ? "Benchmark: the 1,000-claim article" : a == 1 ? "Benchmark: the reader's 200-claim article"
                    : cap(words(5 + random.nextInt(6)));
            String publisher = pick(PUBLISHERS);
            String author = pick(PEOPLE);
            LocalDate publishedAt = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3000));
            String url = "https://" + publisher.toLowerCase().replace(' ', '-') + ".example.com/news/" + articleId;
            User importer = pick(reviewers);
            Instant at = tick();
            String sha = Hashes.sha256(body);
            articleIn.setLong(1, articleId);
            articleIn.setString(2, title);
            articleIn.setString(3, url);
            articleIn.setString(4, publisher);
            articleIn.setString(5, author);
            articleIn.setObject(6, publishedAt);
            articleIn.setString(7, "en");
            articleIn.setString(8, body);
            articleIn.setString(9, sha);
            articleIn.setInt(10, body.length());
            articleIn.setString(11, "TEXT");
            articleIn.setObject(12, utc(at));
            articleIn.setLong(13, importer.id);
            articleIn.addBatch();
            Map<String, Object> imported = new LinkedHashMap<>();
            imported.put("title", title);
            imported.put("url", url);
            imported.put("publisher", publisher);
            imported.put("author", author);
            imported.put("publishedAt", publishedAt);
            imported.put("language", "en");
            imported.put("importedAs", "TEXT");
            imported.put("bodySha256", sha);
            imported.put("bodyLength", (long) body.length());
            event(importer, "ARTICLE_IMPORTED", articleId, null, Map.of(), imported, null, at);
            if (a % 100 == 99) {
                articleIn.executeBatch();
            }

            for (int c = 0; c < claims; c++) {
                String state = stateOf.get(claimIndex);
                int[] span = spans.get(2 * c + 1);
                String exact = body.substring(span[0], span[1]);
                String prefix = body.substring(Math.max(0, span[0] - 32), span[0]);
                String suffix = body.substring(span[1], Math.min(body.length(), span[1] + 32));
                User by = pick(reviewers);
                User assignee = state.equals("NEW") ? null : pick(reviewers);
                boolean verdict = verdictOf.get(claimIndex);
                Long verdictId = verdict ? (long) (1 + random.nextInt(7)) : null;
                String rationale = verdict ? cap(words(25 + random.nextInt(40))) + "." : null;
                String claimant = pick(PEOPLE);
                LocalDate claimDate = publishedAt.minusDays(random.nextInt(5));
                long topicId = 1 + random.nextInt(5);
                String statement = cap(words(8 + random.nextInt(10))) + ".";
                claimId++;
                int evidence = evidencePer[claimIndex];
                PlannedClaim p = new PlannedClaim(claimId, articleId, span[0], span[1], exact, prefix, suffix,
                        statement, claimant, claimDate, topicId, state, by, assignee, verdictId, rationale,
                        verdict && evidence > 0 && !state.equals("NEW") && !state.equals("DISMISSED"), evidence,
                        editsPer[claimIndex]);
                claimIndex++;
                if (a >= 2) {
                    if (state.equals("RESEARCHING") && p.complete && transitionPool.size() < 256) {
                        transitionPool.add(claimId);
                    } else if (state.equals("RESEARCHING") && p.complete && jdbcPool.size() < 256) {
                        jdbcPool.add(claimId);
                    } else if (state.equals("NEW") && evidencePool.size() < 1024) {
                        evidencePool.add(claimId);
                    }
                }
                evidenceId = writeClaim(p, claimIn, evidenceIn, evidenceId, sourceCount, editors, at);
                if (claimId % 500 == 0) {
                    articleIn.executeBatch();
                    claimIn.executeBatch();
                    evidenceIn.executeBatch();
                    flushEvents();
                    db.commit();
                }
            }
        }
        articleIn.executeBatch();
        claimIn.executeBatch();
        evidenceIn.executeBatch();
        flushEvents();
        try (PreparedStatement head = db.prepareStatement("update audit_head set seq = ?, hash = ? where id = 1")) {
            head.setLong(1, seq);
            head.setString(2, prevHash);
            head.executeUpdate();
        }
        db.commit();
        articleIn.close();
        claimIn.close();
        evidenceIn.close();
        eventInsert.close();
        // Version 1 of every article and each claim's anchor in it, as an import writes them (the same
        // statements as the migration that made versions, V16).
        try (Statement s = db.createStatement()) {
            s.execute("insert into article_version (article_id, number, body, body_sha256, body_length, source,"
                    + " created_at, created_by) select id, 1, body, body_sha256, body_length, 'PASTE', created_at,"
                    + " created_by from article");
            s.execute("insert into claim_anchor (claim_id, version, start_pos, end_pos, exact, outcome, score)"
                    + " select id, 1, start_pos, end_pos, exact, 'MARKED', null from claim");
        }
        db.commit();
        // The application inserts after these rows: move each identity past the explicit ids.
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            for (String table : List.of("app_user", "article", "claim", "source", "evidence", "article_version",
                    "claim_anchor")) {
                s.execute("alter table " + table + " alter column id restart with " + (maxId(table) + 1));
            }
            s.execute(postgres ? "vacuum analyze" : "analyze");
        }
        return new Made(1, articleCount > 1 ? 2 : 1, claimId, claimId, sourceCount, evidenceId, seq, transitionPool,
                jdbcPool, evidencePool, benchEditor.id, benchEditor.name, (System.nanoTime() - started) / 1_000_000_000L);
    }

    /**
     * {@code n} fact-checks of other organisations in the library (docs/matching.md, "Fact-check library"),
     * as imports would leave them: one row per review URL, claims written like the desk's, ratings from the
     * usual scales. Their index is built by the application (its rebuild reads every entry). Without history
     * events: the application's index rebuild, not its catch-up, is what this load measures.
     *
     * @return the seconds it took
     */
    long library(int n) throws SQLException {
        long started = System.nanoTime();
        long first = maxId("library_entry") + 1;
        db.setAutoCommit(false);
        try (PreparedStatement in = db.prepareStatement("insert into library_entry (id, claim_text, claimant,"
                + " claim_date, reviewer_name, reviewer_site, review_url, review_title, review_date, rating_text,"
                + " rating_value, language, raw_json, imported_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                long id = first + i;
                String reviewer = pick(REVIEWERS);
                LocalDate claimDate = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3_000));
                int rating = random.nextInt(5);
                in.setLong(1, id);
                in.setString(2, sentence());
                in.setString(3, pick(PEOPLE));
                in.setObject(4, claimDate);
                in.setString(5, reviewer);
                in.setString(6, "https://" + reviewer.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example");
                in.setString(7, "https://" + reviewer.toLowerCase(Locale.ROOT).replace(' ', '-')
                        + ".example/checks/" + id);
                in.setString(8, "Fact-check " + id);
                in.setObject(9, claimDate.plusDays(1 + random.nextInt(20)));
                in.setString(10, RATINGS[rating]);
                in.setDouble(11, (4 - rating) / 4.0);
                in.setString(12, "en");
                in.setString(13, "{}");
                in.setObject(14, utc(clock));
                in.setObject(15, utc(clock));
                in.addBatch();
                if (i % 1_000 == 999) {
                    in.executeBatch();
                }
            }
            in.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("alter table library_entry alter column id restart with " + (maxId("library_entry") + 1));
            s.execute(postgres ? "vacuum analyze library_entry" : "analyze");
        }
        return (System.nanoTime() - started) / 1_000_000_000L;
    }

    private static final String[] REVIEWERS = { "Northern Fact Desk", "Verify Bureau", "Claim Watch", "Fact Lens",
            "Truth Meter Europe", "Open Checks" };
    private static final String[] RATINGS = { "True", "Mostly true", "Half true", "Mostly false", "False" };

    private long writeClaim(PlannedClaim p, PreparedStatement claimIn, PreparedStatement evidenceIn, long evidenceId,
            int sourceCount, List<User> editors, Instant articleAt) throws SQLException {
        Instant created = tick();
        Map<String, Object> createdJson = new LinkedHashMap<>();
        createdJson.put("statement", p.statement);
        createdJson.put("claimant", p.claimant);
        createdJson.put("claimDate", p.claimDate);
        createdJson.put("topic", TOPICS[(int) p.topicId - 1]);
        createdJson.put("state", "NEW");
        createdJson.put("exact", p.exact);
        createdJson.put("start", (long) p.start);
        createdJson.put("end", (long) p.end);
        createdJson.put("prefix", p.prefix);
        createdJson.put("suffix", p.suffix);
        event(p.createdBy, "CLAIM_CREATED", p.articleId, p.id, Map.of(), createdJson, null, created);
        String statement = p.statement;
        for (int e = 0; e < p.edits; e++) {
            String edited = cap(words(8 + random.nextInt(10))) + ".";
            event(p.createdBy, "CLAIM_EDITED", p.articleId, p.id, Map.of("statement", statement),
                    Map.of("statement", edited), null, tick());
            statement = edited;
        }
        List<String> steps = stepsTo(p.state);
        String from = "NEW";
        User submitter = null;
        Instant publishedAt = null;
        for (String to : steps) {
            if (to.equals("RESEARCHING") && from.equals("NEW")) {
                Map<String, Object> assigned = new LinkedHashMap<>();
                assigned.put("assignee", p.assignee.name);
                Map<String, Object> none = new LinkedHashMap<>();
                none.put("assignee", null);
                event(p.assignee, "ASSIGNED", p.articleId, p.id, none, assigned, null, tick());
                event(p.assignee, "TRANSITION", p.articleId, p.id, Map.of("state", from), Map.of("state", to), null,
                        tick());
                for (int k = 0; k < p.evidence; k++) {
                    evidenceId++;
                    long source = ((p.id * 7919L + k * 4729L) % sourceCount) + 1;
                    String stance = STANCES[random.nextInt(3)];
                    String excerpt = cap(words(10 + random.nextInt(20))) + ".";
                    Instant at = tick();
                    evidenceIn.setLong(1, evidenceId);
                    evidenceIn.setLong(2, p.id);
                    evidenceIn.setLong(3, source);
                    evidenceIn.setString(4, excerpt);
                    evidenceIn.setString(5, stance);
                    evidenceIn.setNull(6, Types.VARCHAR);
                    evidenceIn.setObject(7, utc(at));
                    evidenceIn.setLong(8, p.assignee.id);
                    evidenceIn.addBatch();
                    Map<String, Object> after = new LinkedHashMap<>();
                    after.put("evidenceId", evidenceId);
                    after.put("sourceId", source);
                    after.put("sourceTitle", "source " + source);
                    after.put("sourceUrl", null);
                    after.put("stance", stance);
                    after.put("excerpt", excerpt);
                    after.put("note", null);
                    event(p.assignee, "EVIDENCE_ADDED", p.articleId, p.id, Map.of(), after, null, at);
                }
                if (p.verdictId != null) {
                    Map<String, Object> before = new LinkedHashMap<>();
                    before.put("verdict", null);
                    before.put("rationale", null);
                    Map<String, Object> after = new LinkedHashMap<>();
                    after.put("verdict", LABELS[p.verdictId.intValue() - 1]);
                    after.put("rationale", p.rationale);
                    event(p.assignee, "VERDICT_SET", p.articleId, p.id, before, after, null, tick());
                }
            } else {
                User actor = to.equals("IN_REVIEW") ? p.assignee : pick(editors);
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("state", to);
                if (to.equals("DISMISSED")) {
                    after.put("reason", "NOT_CHECK_WORTHY");
                }
                event(actor, "TRANSITION", p.articleId, p.id, Map.of("state", from), after,
                        to.equals("DISMISSED") ? "Not check-worthy" : null, tick());
                if (to.equals("IN_REVIEW")) {
                    submitter = actor;
                }
                if (to.equals("PUBLISHED")) {
                    publishedAt = clock;
                }
            }
            from = to;
        }
        Instant updated = clock;
        claimIn.setLong(1, p.id);
        claimIn.setLong(2, p.articleId);
        claimIn.setInt(3, p.start);
        claimIn.setInt(4, p.end);
        claimIn.setString(5, p.exact);
        claimIn.setString(6, p.prefix);
        claimIn.setString(7, p.suffix);
        claimIn.setString(8, statement);
        claimIn.setString(9, p.claimant);
        claimIn.setObject(10, p.claimDate);
        claimIn.setLong(11, p.topicId);
        claimIn.setString(12, p.state);
        claimIn.setObject(13, utc(created));
        claimIn.setLong(14, p.createdBy.id);
        claimIn.setObject(15, utc(updated));
        setLong(claimIn, 16, p.assignee == null ? null : p.assignee.id);
        setLong(claimIn, 17, p.verdictId);
        claimIn.setString(18, p.rationale);
        setLong(claimIn, 19, submitter == null ? null : submitter.id);
        claimIn.setString(20, p.state.equals("DISMISSED") ? "NOT_CHECK_WORTHY" : null);
        claimIn.setObject(21, publishedAt == null ? null : utc(publishedAt));
        claimIn.setString(22, random.nextBoolean() ? "PERSON" : "ORGANIZATION");
        claimIn.addBatch();
        return evidenceId;
    }

    /** The transitions that bring a new claim to the state (docs/review.md's happy path). */
    static List<String> stepsTo(String state) {
        return switch (state) {
            case "NEW" -> List.of();
            case "RESEARCHING" -> List.of("RESEARCHING");
            case "IN_REVIEW" -> List.of("RESEARCHING", "IN_REVIEW");
            case "APPROVED" -> List.of("RESEARCHING", "IN_REVIEW", "APPROVED");
            case "PUBLISHED" -> List.of("RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED");
            case "DISMISSED" -> List.of("DISMISSED");
            default -> throw new IllegalArgumentException(state);
        };
    }

    private void event(User actor, String type, Long articleId, Long claimId, Map<String, Object> before,
            Map<String, Object> after, String comment, Instant at) throws SQLException {
        seq++;
        Instant occurred = AuditChain.chainTime(at);
        String beforeJson = CanonicalJson.write(before);
        String afterJson = CanonicalJson.write(after);
        String hash = new AuditChain.Content(seq, occurred, actor == null ? null : actor.id,
                actor == null ? null : actor.name, type, articleId, claimId, beforeJson, afterJson, comment, prevHash)
                .hash();
        eventInsert.setLong(1, seq);
        eventInsert.setObject(2, utc(occurred));
        setLong(eventInsert, 3, actor == null ? null : actor.id);
        eventInsert.setString(4, actor == null ? null : actor.name);
        eventInsert.setString(5, type);
        setLong(eventInsert, 6, articleId);
        setLong(eventInsert, 7, claimId);
        eventInsert.setString(8, beforeJson);
        eventInsert.setString(9, afterJson);
        eventInsert.setString(10, comment);
        eventInsert.setString(11, prevHash);
        eventInsert.setString(12, hash);
        eventInsert.addBatch();
        prevHash = hash;
        if (++pendingEvents >= 2000) {
            flushEvents();
        }
    }

    private void flushEvents() throws SQLException {
        if (pendingEvents > 0) {
            eventInsert.executeBatch();
            pendingEvents = 0;
        }
    }

    private Instant tick() {
        clock = clock.plusMillis(1000 + random.nextInt(9000)).plusNanos(random.nextInt(1000) * 1000L);
        return clock;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private void addUser(PreparedStatement in, User u, String display, String hash, String roles) throws SQLException {
        in.setLong(1, u.id);
        in.setString(2, u.name);
        in.setString(3, display);
        in.setString(4, hash);
        in.setString(5, roles);
        in.setObject(6, utc(Instant.parse("2025-01-01T00:00:00Z")));
        in.addBatch();
    }

    private long maxId(String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value);
        }
    }

    private String state() {
        double x = random.nextDouble();
        for (int i = 0; i < STATES.length; i++) {
            x -= STATE_SHARE[i];
            if (x < 0) {
                return STATES[i];
            }
        }
        return STATES[STATES.length - 1];
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private String words(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String sentence() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(PEOPLE) + " said that " + (1000 + random.nextInt(900_000)) + " people had been "
                    + pick(VERBS) + " in " + pick(PLACES) + " since " + (2000 + random.nextInt(25)) + ".";
            case 1 -> "According to " + pick(PUBLISHERS) + ", the " + words(2) + " in " + pick(PLACES) + " rose by "
                    + (1 + random.nextInt(99)) + " per cent over " + (2 + random.nextInt(20)) + " months.";
            case 2 -> cap(words(6 + random.nextInt(8))) + ", " + words(3 + random.nextInt(6)) + ".";
            default -> "The ceasefire in " + pick(PLACES) + " was agreed on " + (1 + random.nextInt(28)) + " "
                    + pick(MONTHS) + " and " + pick(VERBS) + " " + (2 + random.nextInt(30)) + " days later, "
                    + pick(PEOPLE) + " told reporters.";
        };
    }

    static final String[] TOPICS = { "Casualty figures", "Ceasefire timeline", "Military cooperation",
            "Political transition", "Other" };
    static final String[] LABELS = { "True", "Mostly true", "Half true", "Mostly false", "False", "Misleading",
            "Unverifiable" };
    private static final String[] STANCES = { "supports", "refutes", "context" };
    private static final String[] PEOPLE = { "The health ministry", "Amira Haddad", "The UN envoy", "Colonel Petrov",
            "The prime minister", "A government spokesperson", "Jonas Weber", "The opposition leader",
            "Dr. Lina Sayegh", "The Red Crescent", "The defence ministry", "Marta Kowalska" };
    private static final String[] PUBLISHERS = { "Al Jazeera", "Reuters", "BBC News", "Le Monde", "Der Spiegel",
            "The Guardian", "Associated Press", "El Pais", "Anadolu", "NPR" };
    private static final String[] PLACES = { "Aleppo", "Idlib", "Homs", "Damascus", "Raqqa", "Deir ez-Zor", "Daraa",
            "Latakia", "the northern provinces", "the eastern districts" };
    private static final String[] VERBS = { "killed", "displaced", "injured", "evacuated", "detained", "resettled" };
    private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December" };
    private static final String[] WORDS = ("the ministry report figures war civilian forces talks agreement border "
            + "convoy aid city council vote election minister army airstrike hospital school refugee camp "
            + "water supply power grid negotiations envoy statement official data survey census budget troops "
            + "withdrawal deadline sanctions trade route province district claim source estimate record").split(" ");
}
