package io.factdesk.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.article.TextNormalizer;
import io.factdesk.claim.Anchoring;
import io.factdesk.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The reviewer's story of the foundation issue, in a real Chromium. */
@QuarkusTest
@ExtendWith(Browser.class)
class ReviewerMarksClaimBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void reviewerMarksTheCasualtyFigureWithTheMouseAndSeesItHighlighted(WebDriver driver) throws IOException {
        ReaderPage page = new ReaderPage(driver, base.toString());
        page.signIn("reviewer", "reviewer-demo");
        long articleId = page.importArticle("Al-Assad: Russia not seeking political transition in Syria",
                demoText(), true);

        page.selectWithMouse("more than 450.000 Syrians", "more than 450.000 Syrians");
        assertThat(page.selectedQuote()).isEqualTo("more than 450.000 Syrians");
        long claimId = page.createClaim("More than 450,000 Syrians have been killed.", "Casualty figures");

        String highlighted = page.highlightsOf(claimId).stream().map(WebElement::getText)
                .collect(Collectors.joining());
        assertThat(highlighted).isEqualTo("more than 450.000 Syrians");
        WebElement item = page.listItem(claimId);
        assertThat(item.getText()).contains("more than 450.000 Syrians").contains("Casualty figures").contains("New");
        assertThat(item.getDomAttribute("class")).contains("tc-0");

        // Clicking the highlight brings up its claim in the list.
        page.highlightsOf(claimId).get(0).click();
        assertThat(page.listItem(claimId).getDomAttribute("class")).contains("is-active");
        Browser.snapshot(driver, "reader-with-new-claim");

        JsonPath claim = api().get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath();
        String body = TextNormalizer.normalize(demoText());
        int start = Anchoring.toCodePointOffset(body, body.indexOf("more than 450.000 Syrians"));
        assertThat(claim.getInt("articleId")).isEqualTo((int) articleId);
        assertThat(claim.getInt("position.start")).isEqualTo(start);
        assertThat(claim.getInt("position.end")).isEqualTo(start + "more than 450.000 Syrians".length());
        assertThat(claim.getString("topic.name")).isEqualTo("Casualty figures");
    }

    @Test
    void selectionAcrossParagraphsWithEmojiAndArabicGivesCodePointOffsets(WebDriver driver) {
        String text = "Opening line with an emoji 😀 and the name بشار الأسد in Arabic.\n\n"
                + "Second paragraph 👍🏽 says the figure of 12 million was never verified.";
        ReaderPage page = new ReaderPage(driver, base.toString());
        page.signIn("reviewer", "reviewer-demo");
        page.importArticle("Emoji and Arabic", text, false);

        page.selectWithMouse("in Arabic.", "never verified");
        long claimId = page.createClaim("Cross-paragraph selection", "Other");

        String expected = "in Arabic.\n\nSecond paragraph 👍🏽 says the figure of 12 million was never verified";
        int charStart = text.indexOf("in Arabic.");
        int start = text.codePointCount(0, charStart);
        JsonPath claim = api().get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath();
        assertThat(claim.getString("quote.exact")).isEqualTo(expected);
        assertThat(claim.getInt("position.start")).isEqualTo(start).isLessThan(charStart);
        assertThat(claim.getInt("position.end")).isEqualTo(start + expected.codePointCount(0, expected.length()));
        assertThat(page.highlightsOf(claimId)).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#article-body .para"))).hasSize(2);
    }

    private static io.restassured.specification.RequestSpecification api() {
        return given().auth().preemptive().basic("reviewer", "reviewer-demo");
    }

    private static String demoText() throws IOException {
        try (InputStream in = ReviewerMarksClaimBrowserTest.class.getResourceAsStream("/demo/syria-2016-07-14.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
