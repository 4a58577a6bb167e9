package io.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The main text and the metadata of a fetched page (docs/articles.md, "Import by URL"). */
class ArticleImportTest {

    private static ArticleImport.Page page(String html) {
        return ArticleImport.fromPage(Jsoup.parse(html, "https://news.example.org/2016/07/ceasefire"));
    }

    @Test
    void theArticleIsKeptWithItsHeadingsAndListItemsAndNothingAroundIt() {
        String html = """
                <html><head><title>Ceasefire talks | Example News</title></head><body>
                <header><a href="/">Example News</a></header>
                <nav><ul><li>World</li><li>Politics</li></ul></nav>
                <div class="cookie-banner">We use cookies.</div>
                <article>
                  <h1>Ceasefire talks resume</h1>
                  <p>Talks resumed on Monday in Geneva.</p>
                  <div class="ad-slot">Buy our product</div>
                  <h2>What was agreed</h2>
                  <ul><li>A halt to shelling</li><li>Aid convoys every week</li></ul>
                  <p>More than 450,000 people have been killed.</p>
                  <div id="share-buttons">Share on social</div>
                  <section class="related-articles"><p>Read also: another story</p></section>
                  <div class="newsletter-signup"><p>Get our newsletter</p></div>
                  <div id="comments"><p>First!</p></div>
                </article>
                <aside><p>Most read</p></aside>
                <footer>© Example News</footer>
                <script>track()</script>
                </body></html>""";
        assertThat(page(html).text()).isEqualTo("""
                Ceasefire talks resume

                Talks resumed on Monday in Geneva.

                What was agreed

                A halt to shelling
                Aid convoys every week

                More than 450,000 people have been killed.""");
    }

    @Test
    void withoutArticleOrMainTheBlockWithTheMostParagraphTextIsTheArticle() {
        String html = """
                <html><body>
                <div class="menu"><p>Home</p><p>About</p></div>
                <div class="content"><p>The first paragraph of the story, long enough to count.</p>
                  <p>The second paragraph of the story.</p></div>
                <div class="sidebar"><p>Weather: sunny</p></div>
                </body></html>""";
        assertThat(page(html).text()).isEqualTo("The first paragraph of the story, long enough to count.\n\n"
                + "The second paragraph of the story.");
    }

    @Test
    void itempropArticleBodyIsPreferredToMain() {
        String html = "<html><body><main><p>Section intro</p><div itemprop=articleBody><p>The story.</p></div>"
                + "</main></body></html>";
        assertThat(page(html).text()).isEqualTo("The story.");
    }

    @Test
    void metadataIsReadFromMetaTags() {
        String html = """
                <html lang="en-GB"><head><title>Talks resume | Example News</title>
                <meta property="og:title" content="Ceasefire talks resume">
                <meta name="author" content="Jane Reporter">
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="2016-07-14T09:30:00+02:00">
                <meta property="article:modified_time" content="2016-07-15T10:00:00Z">
                <link rel="canonical" href="/2016/07/ceasefire-talks">
                </head><body><article><p>Text.</p></article></body></html>""";
        ArticleImport.PageMetadata m = page(html).metadata();
        assertThat(m.title()).isEqualTo("Ceasefire talks resume");
        assertThat(m.author()).isEqualTo("Jane Reporter");
        assertThat(m.publisher()).isEqualTo("Example News");
        assertThat(m.publishedAt()).isEqualTo(LocalDate.of(2016, 7, 14));
        assertThat(m.modifiedAt()).isEqualTo(LocalDate.of(2016, 7, 15));
        assertThat(m.language()).isEqualTo("en-GB");
        assertThat(m.canonicalUrl()).isEqualTo("https://news.example.org/2016/07/ceasefire-talks");
    }

    @Test
    void metadataIsReadFromJsonLdAlsoInsideAGraph() {
        String html = """
                <html><head><title>Fallback title</title>
                <meta property="og:locale" content="pt_BR">
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Not the publisher"},
                  {"@type": ["NewsArticle"], "headline": "Cessar-fogo retomado",
                   "author": [{"@type": "Person", "name": "Ana Lima"}, {"@type": "Person", "name": "Rui Costa"}],
                   "publisher": {"@type": "Organization", "name": "Jornal Exemplo"},
                   "datePublished": "2016-07-14", "dateModified": "2016-07-16T08:00:00-03:00"}]}
                </script>
                <script type="application/ld+json">{ broken json </script>
                </head><body><p>Texto.</p></body></html>""";
        ArticleImport.PageMetadata m = page(html).metadata();
        assertThat(m.title()).isEqualTo("Cessar-fogo retomado");
        assertThat(m.author()).isEqualTo("Ana Lima, Rui Costa");
        assertThat(m.publisher()).isEqualTo("Jornal Exemplo");
        assertThat(m.publishedAt()).isEqualTo(LocalDate.of(2016, 7, 14));
        assertThat(m.modifiedAt()).isEqualTo(LocalDate.of(2016, 7, 16));
        assertThat(m.language()).isEqualTo("pt-BR");
        assertThat(m.canonicalUrl()).isNull();
    }

    @Test
    void aPageThatSaysNothingOfItselfGivesItsTitleElementOnly() {
        ArticleImport.PageMetadata m = page("<html><head><title>Just a title</title></head><body><p>x</p></body>"
                + "</html>").metadata();
        assertThat(m).isEqualTo(new ArticleImport.PageMetadata("Just a title", null, null, null, null, null, null));
    }
}
