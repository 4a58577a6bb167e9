package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.factdesk.testing.Api;
import io.factdesk.testing.Problems;
import io.factdesk.testing.Workflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who else has an article or a claim open (docs/ui.md, "Presence"; issue 17). */
@QuarkusTest
class PresenceApiTest {

    @Inject
    EntityManager em;

    private static String tab() {
        return UUID.randomUUID().toString();
    }

    private static Map<String, Object> beat(long article, Long claim, boolean editing) {
        Map<String, Object> m = new HashMap<>();
        m.put("article", article);
        m.put("claim", claim);
        m.put("editing", editing);
        return m;
    }

    @Test
    void eachSeesTheOthersOnTheArticleAndWhoEditsWhichClaim() {
        long claim = Workflow.newClaim();
        long article = Workflow.claim(claim).getLong("articleId");
        String reviewerTab = tab();
        String editorTab = tab();

        Api.asReviewer().body(beat(article, claim, true)).put("/api/presence/{tab}", reviewerTab).then()
                .statusCode(200).body("beatSeconds", equalTo(10)).body("goneAfterSeconds", equalTo(30));
        Api.asEditor().body(beat(article, null, false)).put("/api/presence/{tab}", editorTab).then().statusCode(200)
                .body("here.username", contains("reviewer"))
                .body("here[0].initials", equalTo("RE"))
                .body("here[0].claims", contains((int) claim))
                .body("here[0].editing", contains((int) claim));
        // one's own tabs are not listed
        Api.asReviewer().get("/api/presence?article={a}", article).then().statusCode(200)
                .body("here.username", contains("editor"))
                .body("here[0].claims", empty());

        // the reviewer leaves the form, then the page
        Api.asReviewer().body(beat(article, claim, false)).put("/api/presence/{tab}", reviewerTab).then()
                .statusCode(200);
        Api.asEditor().get("/api/presence?article={a}", article).then().body("here[0].editing", empty());
        Api.asReviewer().delete("/api/presence/{tab}", reviewerTab).then().statusCode(204);
        Api.asEditor().get("/api/presence?article={a}", article).then().body("here", empty());
    }

    @Test
    void aTabNotHeardOfFor30SecondsIsGone() {
        long claim = Workflow.newClaim();
        long article = Workflow.claim(claim).getLong("articleId");
        String reviewerTab = tab();
        Api.asReviewer().body(beat(article, claim, false)).put("/api/presence/{tab}", reviewerTab).then()
                .statusCode(200);
        Api.asEditor().get("/api/presence?article={a}", article).then().body("here", hasSize(1));
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update Presence p set p.seenAt = :t where p.tab = :tab")
                .setParameter("t", Instant.now().minusSeconds(31)).setParameter("tab", reviewerTab).executeUpdate());
        Api.asEditor().get("/api/presence?article={a}", article).then().body("here", empty());
    }

    @Test
    void badBeatsAreRefusedByName() {
        long claim = Workflow.newClaim();
        long article = Workflow.claim(claim).getLong("articleId");
        long other = Workflow.claim(Workflow.newClaim()).getLong("articleId");
        Api.asReviewer().body(beat(article, null, false)).put("/api/presence/{tab}", "short").then()
                .spec(Problems.invalid("tab"));
        Map<String, Object> noArticle = beat(article, null, false);
        noArticle.remove("article");
        Api.asReviewer().body(noArticle).put("/api/presence/{tab}", tab()).then().spec(Problems.invalid("article"));
        Api.asReviewer().body(beat(999_999_999L, null, false)).put("/api/presence/{tab}", tab()).then()
                .spec(Problems.problem(404));
        assertThat(other).as("each new claim is on its own article").isNotEqualTo(article);
        Api.asReviewer().body(beat(other, claim, false)).put("/api/presence/{tab}", tab()).then()
                .spec(Problems.invalid("claim"));
        String taken = tab();
        Api.asReviewer().body(beat(article, null, false)).put("/api/presence/{tab}", taken).then().statusCode(200);
        Api.asEditor().body(beat(article, null, false)).put("/api/presence/{tab}", taken).then()
                .spec(Problems.problem(409, "tab-taken"));
        Api.asEditor().get("/api/presence").then().spec(Problems.invalid("article"));
        Api.asEditor().get("/api/presence?article=x").then().spec(Problems.problem(400));
    }

    @Test
    void aScriptThatIsSignedOutGets401WithoutTheBrowsersSignInDialog() {
        long article = Workflow.claim(Workflow.newClaim()).getLong("articleId");
        io.restassured.RestAssured.given().contentType("application/json").body(beat(article, null, false))
                .header("X-Requested-With", "fetch").put("/api/presence/{tab}", tab()).then()
                .spec(Problems.problem(401, "not-signed-in"))
                .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue());
        io.restassured.RestAssured.given().contentType("application/json").body(beat(article, null, false))
                .put("/api/presence/{tab}", tab()).then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"));
    }
}
