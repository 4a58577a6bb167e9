package io.factdesk.article;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web site of the test's own on 127.0.0.1 and a random port, for fetches that leave nothing (public: the desk's
 * tests of "Check for updates" use it too).
 */
public final class LocalSite implements AutoCloseable {

    /** Answers one path. */
    public interface Page {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    public LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(threads);
        server.start();
    }

    public LocalSite page(String path, Page page) {
        server.createContext(path, exchange -> {
            try (exchange) {
                page.answer(exchange);
            } catch (IOException e) {
                // The client went away (a refused size or a timeout): nothing more to send.
            }
        });
        return this;
    }

    public LocalSite html(String path, String html) {
        return page(path, ex -> send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    public LocalSite redirect(String path, String location) {
        return page(path, ex -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(302, -1);
        });
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
