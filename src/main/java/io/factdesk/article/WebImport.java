package io.factdesk.article;

import io.factdesk.account.User;
import io.factdesk.system.FieldChecks;
import io.factdesk.system.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Import by web address: the page is fetched and read outside any transaction (a fetch may take up to
 * {@code factdesk.fetch.total-timeout}, and holds no database connection meanwhile), then the article and
 * the kept page are stored together by {@link ArticleService#importFetched}. A check for updates fetches the
 * same way ({@link #read}).
 */
@ApplicationScoped
public class WebImport {

    private final ArticleService articles;
    private final PageFetcher fetcher;

    @Inject
    WebImport(ArticleService articles, FetchConfig config) {
        this.articles = articles;
        this.fetcher = new PageFetcher(config.settings());
    }

    /**
     * Fetches {@code in.url()} and imports the page; the request's title, publisher, author, date and
     * language win over the page's. Refusals are 422s naming {@code url}.
     */
    public Article importPage(ArticleService.ArticleInput in, User actor) {
        String url = FieldChecks.trimToNull(in.url());
        FieldChecks checks = new FieldChecks();
        if (url == null) {
            checks.add("url", "Give the web address of the page to fetch.");
        }
        if ((in.body() != null && !in.body().isBlank()) || (in.html() != null && !in.html().isBlank())) {
            checks.add("url", "Give either a web address to fetch, or the text or HTML, not both.");
        }
        checks.maxLength("url", url, Limits.URL, "URL");
        checks.throwIfAny();
        Read read = read(url);
        return articles.importFetched(in, read.page(), read.extracted(), actor);
    }

    /** A page as fetched and its main text and metadata as an import reads them. */
    public record Read(FetchedPage page, ArticleImport.Page extracted) {
    }

    /**
     * Fetches {@code url} and reads it, outside any transaction (a check for updates does this too); refusals
     * are 422s naming {@code url}.
     */
    public Read read(String url) {
        FetchedPage page = fetcher.fetch(url);
        return new Read(page, ArticleImport.fromPage(page.document()));
    }
}
