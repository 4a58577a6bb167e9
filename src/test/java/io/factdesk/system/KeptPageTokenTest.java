package io.factdesk.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Browser.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The reader is kept rendered per user and each browser gets its own CSRF token put in where the
 * token goes. Only there: text that an author chose, such as the marker an earlier version put in
 * kept pages, is shown as written and never turns into the viewer's token.
 */
@QuarkusTest
class KeptPageTokenTest {

    /** What kept pages held where the token goes before the marker became secret. */
    static final String OLD_PLACEHOLDER = "csrf-token-placeholder-0d1f5c";

    @Test
    void anArticleWhoseUrlAndBodyHoldTheOldPlaceholderShowItVerbatimAndNoToken() {
        String url = "https://example.org/steal?t=" + OLD_PLACEHOLDER;
        long id = Articles.importArticle(Map.of("title", Articles.unique("placeholder "), "url", url,
                "body", "The words " + OLD_PLACEHOLDER + " stand in this article.")).id();
        String session = Browser.signIn(Api.REVIEWER);

        // The first view renders the page; the second is the kept one, with this browser's token.
        for (int view = 0; view < 2; view++) {
            Page reader = Browser.open(session, "/articles/" + id);
            String token = reader.csrfToken();
            Element link = reader.html().selectFirst("a[rel~=nofollow]");
            assertThat(link.attr("href"), equalTo(url));
            assertThat(link.text(), equalTo(url));
            assertThat(reader.html().text(), containsString("The words " + OLD_PLACEHOLDER + " stand"));
            assertThat(reader.html().outerHtml(), not(containsString("t=" + token)));
            assertNotEquals(OLD_PLACEHOLDER, token);
        }
    }

    @Test
    void twoBrowsersOfOneUserGetTheKeptReaderEachWithItsOwnToken() {
        long id = Articles.importDemoCopy().id();
        String session = Browser.signIn(Api.REVIEWER);
        Page first = Browser.open(session, "/articles/" + id);
        Page second = Browser.open(session, "/articles/" + id);

        assertNotEquals(first.csrfToken(), second.csrfToken());
        assertThat(first.csrfToken(), equalTo(first.csrfCookie()));
        assertThat(second.csrfToken(), equalTo(second.csrfCookie()));
    }
}
