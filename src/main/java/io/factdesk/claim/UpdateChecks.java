package io.factdesk.claim;

import io.factdesk.account.User;
import io.factdesk.article.ArticleChecks;
import io.factdesk.article.FetchConfig;
import io.factdesk.article.WebImport;
import io.factdesk.system.ProblemException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * "Check for updates" (docs/articles.md): the page an article was imported from is fetched again, outside any
 * transaction, as {@link WebImport} fetches it, and its main text becomes a new version when it differs from the
 * latest ({@link ArticleVersions#addFetched}, which re-anchors every claim as a pasted text would). Asked for by
 * a reviewer (the reader's button, {@code POST /api/articles/{id}/versions {"fetch": true}}) or, when
 * {@code factdesk.fetch.recheck-every} is set, by the server on a schedule, each article taken by one instance
 * at a time ({@link ArticleChecks}).
 */
@ApplicationScoped
public class UpdateChecks {

    /** The note of a version a scheduled check found: it has no reviewer to write one. */
    static final String SCHEDULED_NOTE = "Found by the scheduled check for updates.";

    private static final Logger LOG = Logger.getLogger(UpdateChecks.class);

    /** What one scheduled round did. */
    public record Round(int checked, int unchanged, List<Integer> newVersions, int failed, int skipped) {
    }

    @Inject
    ArticleVersions versions;

    @Inject
    ArticleChecks due;

    @Inject
    WebImport web;

    @Inject
    FetchConfig config;

    /**
     * Checks one article now. {@code version}, the latest version the client saw, is checked before fetching
     * (409) and again when the new version is written. {@code actor} null: the system (a scheduled check).
     * Refusals of the fetch are the import's 422 {@code fetch-refused} naming {@code url}; they, and a page
     * without text, are kept as the article's last check before being thrown.
     */
    public ArticleVersions.Added check(long articleId, String note, Integer version, User actor) {
        ArticleVersions.FetchTarget target = versions.fetchTarget(articleId);
        if (version != null && version != target.currentVersion()) {
            throw ArticleVersions.staleVersion(articleId, target.currentVersion(), version);
        }
        try {
            WebImport.Read read = web.read(target.url());
            return versions.addFetched(articleId, read.page(), read.extracted(), note, version, actor);
        } catch (ProblemException e) {
            if (e.status() == 422 || e.status() == 413) {
                versions.checkFailed(articleId, Instant.now(), e.getMessage());
            }
            throw e;
        }
    }

    /** Every {@code factdesk.fetch.recheck-every} ("off" when it is not set: the scheduler never calls it). */
    @Scheduled(identity = "article-update-checks", every = "${factdesk.fetch.recheck-every:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void scheduled() {
        config.recheckEvery().ifPresent(every -> {
            Round round = recheckDue(every, config.recheckBatch());
            if (round.checked() > 0) {
                LOG.infof("Checked %d fetched articles for updates: %d unchanged, %d new versions, %d failed",
                        round.checked(), round.unchanged(), round.newVersions().size(), round.failed());
            }
        });
    }

    /**
     * One scheduled round: up to {@code batch} articles last checked more than {@code every} ago, each taken
     * for the time a fetch may last (twice the total timeout) so that another instance skips it. A failure is
     * kept as that article's last check and the round goes on.
     */
    public Round recheckDue(Duration every, int batch) {
        Instant now = Instant.now();
        Instant before = now.minus(every);
        Instant until = now.plus(config.totalTimeout().multipliedBy(2));
        int checked = 0;
        int unchanged = 0;
        int failed = 0;
        int skipped = 0;
        List<Integer> added = new ArrayList<>();
        for (long articleId : due.due(before, now, batch)) {
            if (!due.claim(articleId, before, now, until)) {
                skipped++;
                continue;
            }
            checked++;
            try {
                ArticleVersions.Added result = check(articleId, SCHEDULED_NOTE, null, null);
                if (result.unchanged()) {
                    unchanged++;
                } else {
                    added.add(result.version().number);
                }
            } catch (ProblemException e) {
                failed++;
                if (e.status() != 422 && e.status() != 413) {
                    due.release(articleId);
                }
            } catch (RuntimeException e) {
                failed++;
                due.release(articleId);
                LOG.warnf(e, "Checking article %d for updates failed", articleId);
            }
        }
        return new Round(checked, unchanged, List.copyOf(added), failed, skipped);
    }
}
