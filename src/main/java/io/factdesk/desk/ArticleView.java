package io.factdesk.desk;

import io.factdesk.article.Article;
import io.factdesk.article.ArticleFetch;
import io.factdesk.claim.ClaimView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Articles as the JSON API shows them: a summary in lists, the body and claims for one. */
public final class ArticleView {

    private ArticleView() {
    }

    public record Summary(long id, String title, String url, String publisher, String author, LocalDate publishedAt,
            String language, String bodySha256, int bodyLength, long claims, Instant createdAt, long version) {

        public static Summary of(Article a, long claims) {
            return new Summary(a.id, a.title, a.url, a.publisher, a.author, a.publishedAt, a.language, a.bodySha256,
                    a.bodyLength, claims, a.createdAt, a.version);
        }
    }

    public record Detail(long id, String title, String url, String publisher, String author, LocalDate publishedAt,
            String language, String body, String bodySha256, int bodyLength, String importedAs, Instant createdAt,
            String createdBy, List<ClaimView> claims, Fetched fetched, long version) {

        public static Detail of(Article a, List<ClaimView> claims) {
            return of(a, claims, null);
        }

        /** With the page it was fetched from, when it was (null otherwise). */
        public static Detail of(Article a, List<ClaimView> claims, ArticleFetch fetch) {
            return new Detail(a.id, a.title, a.url, a.publisher, a.author, a.publishedAt, a.language, a.body,
                    a.bodySha256, a.bodyLength, a.importedAs.name().toLowerCase(), a.createdAt, a.createdBy.username,
                    claims, fetch == null ? null : Fetched.of(fetch), a.version);
        }
    }

    /**
     * The latest page an article was fetched from, and the version whose text it gave: its bytes are at
     * {@code /api/articles/{id}/fetched.html}.
     */
    public record Fetched(String url, String finalUrl, Instant fetchedAt, String sha256, int bytes, int version) {

        static Fetched of(ArticleFetch f) {
            return new Fetched(f.url, f.finalUrl, f.fetchedAt, f.sha256, f.byteLength, f.version);
        }
    }
}
