package io.factdesk.report;

import io.factdesk.system.ChainHead;
import io.factdesk.system.FactdeskConfig;
import io.factdesk.system.HeadCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;

/**
 * Rendered reports, kept while nothing has changed: every change to what a report shows (a claim,
 * verdict, source, topic, label, user or the organisation) appends an event to the history, which
 * moves the chain head a key holds ({@link HeadCache}). A report is rendered once however many ask
 * for it at the same moment. docs/reports.md.
 */
@ApplicationScoped
public class ReportCache extends HeadCache<ReportCache.Rendered> {

    /**
     * What was rendered: {@code subject} names the report (e.g. {@code article-12}), {@code variant}
     * its scope and format; the chain head is added by {@link HeadCache}. Nothing of the request is in
     * it: the public links are under the one configured base ({@link PublicLinks}), so no header can
     * make a request miss.
     */
    public record Key(String subject, String variant) {
    }

    /**
     * A rendered report: its body as sent (text is encoded to UTF-8 once, not for every reader), its
     * file name and how many claims it holds.
     */
    public record Rendered(byte[] body, String fileName, boolean isPublic, int claims) {

        public Rendered(String text, String fileName, boolean isPublic, int claims) {
            this(text.getBytes(StandardCharsets.UTF_8), fileName, isPublic, claims);
        }

        long weight() {
            return body.length;
        }
    }

    /** For the container's client proxy. */
    ReportCache() {
    }

    /** Sized by {@code factdesk.cache.reports.max-weight}. */
    @Inject
    public ReportCache(ChainHead chain, FactdeskConfig config) {
        super(chain, config.cache().reports().maxWeight(), Rendered::weight);
    }
}
