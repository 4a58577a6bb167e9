package io.factdesk.desk;

import io.factdesk.article.LocalSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A publisher's site on 127.0.0.1 whose pages a test edits as a publisher would ({@link LocalSite}): each page
 * answers what was last published at its path, or the status it was last made to fail with.
 */
final class PublisherSite implements AutoCloseable {

    private record Answer(int status, String html) {
    }

    private final LocalSite site;
    private final Map<String, Answer> pages = new ConcurrentHashMap<>();

    PublisherSite() throws IOException {
        site = new LocalSite();
    }

    /** Publishes (or edits) the page at {@code path}; returns its address. */
    String publish(String path, String html) {
        boolean first = pages.put(path, new Answer(200, html)) == null;
        if (first) {
            site.page(path, ex -> {
                Answer a = pages.get(path);
                LocalSite.send(ex, a.status(), "text/html; charset=utf-8", a.html().getBytes(StandardCharsets.UTF_8));
            });
        }
        return site.url(path);
    }

    /** From now on the page at {@code path} answers {@code status}. */
    void fail(String path, int status) {
        pages.put(path, new Answer(status, "<p>Gone</p>"));
    }

    /** A news story page whose article element holds these paragraphs. */
    static String story(String title, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</article><footer>Example News</footer></body></html>").toString();
    }

    @Override
    public void close() {
        site.close();
    }
}
