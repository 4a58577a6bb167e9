package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Presence in Chromium (docs/ui.md, "Presence"): the editor sees a colleague's initials on the claim page
 * and in the reader's claim list, marked while the colleague edits; the colleague sees the editor edit.
 */
@QuarkusTest
@ExtendWith(Browser.class)
class PresenceBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theEditorSeesWhoElseIsOnTheClaimAndTheColleagueSeesTheEditorEdit(WebDriver driver) {
        long claim = Workflow.newClaim();
        long article = Workflow.claim(claim).getLong("articleId");
        String colleague = UUID.randomUUID().toString();
        beat(colleague, article, claim, true);

        Browser.signIn(driver, base.toString(), "editor", "editor-demo");
        driver.get(base + "claims/" + claim);
        WebElement presence = driver.findElement(By.id("presence"));
        waitFor(driver, d -> presence.getText().contains("RE"));
        assertThat(presence.getText()).startsWith("Also on this claim:").contains("RE ✎").contains("reviewer (editing)");

        // the editor starts typing a comment: the colleague's next beat says so
        driver.findElement(By.cssSelector("#comments textarea[name=body]")).click();
        waitFor(driver, d -> editing(beat(colleague, article, claim, true)).contains((int) claim));

        // the reader lists the colleague on the claim's item while they have its page open
        driver.get(base + "articles/" + article);
        WebElement item = driver.findElement(By.cssSelector("li[data-claim-id='" + claim + "']"));
        waitFor(driver, d -> !item.findElements(By.cssSelector(".presence-chip")).isEmpty());
        assertThat(item.findElement(By.cssSelector(".presence-chip")).getText()).isEqualTo("RE ✎");
        assertThat(driver.findElement(By.id("presence")).getText()).startsWith("Also reading:");

        // the colleague closes the page: gone at the editor's next beat
        Api.asReviewer().delete("/api/presence/{tab}", colleague).then().statusCode(204);
        waitFor(driver, d -> item.findElements(By.cssSelector(".presence-chip")).isEmpty());
        assertThat(driver.findElement(By.id("presence")).getText()).isEmpty();
    }

    /** The colleague's beat; answers who else is on the article (the editor). */
    private static List<Map<String, Object>> beat(String tab, long article, long claim, boolean editing) {
        Map<String, Object> body = new HashMap<>();
        body.put("article", article);
        body.put("claim", claim);
        body.put("editing", editing);
        return Api.asReviewer().body(body).put("/api/presence/{tab}", tab).then().statusCode(200).extract()
                .jsonPath().getList("here");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> editing(List<Map<String, Object>> here) {
        return here.stream().filter(h -> "editor".equals(h.get("username")))
                .flatMap(h -> ((List<Object>) h.get("editing")).stream()).toList();
    }

    private static <T> T waitFor(WebDriver driver, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(25)).until(condition);
    }
}
