package io.factdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write the embedded database has acknowledged survives the process being killed (kill -9). A second
 * JVM opens a file H2 database with the settings of the shipped datasource URL
 * ({@code quarkus.datasource.jdbc.url} in application.properties) and commits from four threads, each
 * transaction a change and its event, as the services do; it prints each id once its commit has
 * returned. This JVM kills it while it writes, opens the database again and looks for every printed id.
 * With H2's default write delay (commits reach the file up to half a second later) a few hundred are
 * missing.
 */
class CrashDurabilityTest {

    private static final int WRITERS = 4;
    private static final int ACKS_BEFORE_KILL = 1500;

    @Test
    void everyAcknowledgedCommitIsThereAfterKill9(@TempDir Path dir) throws Exception {
        String url = shippedUrlAt(dir.resolve("factdesk"));
        try (Connection c = DriverManager.getConnection(url, "factdesk", "factdesk");
                Statement s = c.createStatement()) {
            s.execute("create table change_row (id bigint primary key, writer int, body varchar(200))");
            s.execute("create table event_row (id bigint primary key, change_id bigint)");
        }

        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashDurabilityTest.class.getName(), url)
                .redirectErrorStream(true).start();
        Set<Long> acknowledged = new HashSet<>();
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acknowledged.add(Long.parseLong(line.substring(4)));
                } else {
                    other.add(line);
                }
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close of the database
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("writes acknowledged before the kill; writer said: %s", other)
                .hasSize(ACKS_BEFORE_KILL);

        Set<Long> changes = ids(url, "select id from change_row");
        Set<Long> events = ids(url, "select change_id from event_row");
        assertThat(acknowledged.stream().filter(id -> !changes.contains(id)).sorted().collect(Collectors.toList()))
                .as("acknowledged changes missing after restart (url %s)", url).isEmpty();
        assertThat(events).containsAll(acknowledged);
    }

    /** The datasource URL the server ships with, pointed at a file in the test's folder. */
    static String shippedUrlAt(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CrashDurabilityTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String shipped = properties.getProperty("quarkus.datasource.jdbc.url");
        assertThat(shipped).startsWith("jdbc:h2:file:");
        int settings = shipped.indexOf(';');
        return "jdbc:h2:file:" + file.toAbsolutePath() + (settings < 0 ? "" : shipped.substring(settings));
    }

    private static Set<Long> ids(String url, String sql) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url, "factdesk", "factdesk");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The writer JVM: commits until it is killed, printing each id after its commit returned. */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        AtomicLong next = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, "factdesk", "factdesk");
                        PreparedStatement change = c.prepareStatement("insert into change_row values (?, ?, ?)");
                        PreparedStatement event = c.prepareStatement("insert into event_row values (?, ?)")) {
                    c.setAutoCommit(false);
                    while (true) {
                        long id = next.incrementAndGet();
                        change.setLong(1, id);
                        change.setInt(2, writer);
                        change.setString(3, "change " + id + " by writer " + writer);
                        change.executeUpdate();
                        event.setLong(1, id);
                        event.setLong(2, id);
                        event.executeUpdate();
                        c.commit();
                        synchronized (out) {
                            out.println("ack " + id);
                            out.flush();
                        }
                    }
                } catch (SQLException e) {
                    synchronized (out) {
                        out.println("writer " + writer + " failed: " + e);
                        out.flush();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
