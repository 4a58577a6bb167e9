package io.factdesk.system;

import static io.factdesk.testing.Problems.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.system.Limits;
import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A field limit is declared once, in {@link Limits}, and reaches the three places a user meets it:
 * the OpenAPI document ({@code maxLength}, {@code maximum}, {@code pattern}), the form (its
 * {@code maxlength} or its choices) and the API's check (a value just over the limit is refused,
 * the field named). Changing a number in {@code Limits} changes all three.
 */
@QuarkusTest
class FieldLimitsTest {

    private JsonNode schemas;

    @BeforeEach
    void readDocument() throws IOException {
        String json = Api.asAdmin().accept(ContentType.JSON).when().get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString();
        schemas = new ObjectMapper().readTree(json).at("/components/schemas");
    }

    private JsonNode property(String schema, String property) {
        JsonNode node = schemas.at("/" + schema + "/properties/" + property);
        assertThat(node.isObject()).as(schema + "." + property + " in the OpenAPI document").isTrue();
        return node;
    }

    @Test
    void aClaimStatementIsLimitedInTheDocumentTheReaderFormAndTheApi() {
        assertThat(property("MarkRequest", "statement").path("maxLength").asInt()).isEqualTo(Limits.STATEMENT);
        assertThat(property("MarkRequest", "claimant").path("maxLength").asInt()).isEqualTo(Limits.CLAIMANT);

        long article = Articles.importText(Articles.unique("Limits "), "The minister said the bridge was finished.").id();
        Document reader = Browser.open(Browser.signIn(Api.REVIEWER), "/articles/" + article).html();
        Element statement = reader.selectFirst("#claim-form textarea[name=statement]");
        assertThat(statement).isNotNull();
        assertThat(statement.attr("maxlength")).isEqualTo(String.valueOf(Limits.STATEMENT));
        assertThat(reader.selectFirst("#claim-form input[name=claimant]").attr("maxlength"))
                .isEqualTo(String.valueOf(Limits.CLAIMANT));

        Map<String, Object> mark = new HashMap<>(Map.of("quote", Map.of("exact", "the bridge was finished"),
                "topic", "Other", "statement", "s".repeat(Limits.STATEMENT)));
        Api.asReviewer().body(mark).when().post("/api/articles/{id}/claims", article).then().statusCode(201);
        mark.put("statement", "s".repeat(Limits.STATEMENT + 1));
        mark.put("claimant", "c".repeat(Limits.CLAIMANT + 1));
        Api.asReviewer().body(mark).when().post("/api/articles/{id}/claims", article).then()
                .spec(invalid("statement", "claimant"))
                .body("errors.message", hasItem("Statement must be at most " + Limits.STATEMENT + " characters."))
                .body("errors.message", hasItem("Claimant must be at most " + Limits.CLAIMANT + " characters."));
    }

    @Test
    void aSourceTitleIsLimitedInTheDocumentTheSourceFormAndTheApi() {
        assertThat(property("SourceRequest", "title").path("maxLength").asInt()).isEqualTo(Limits.TITLE);
        assertThat(property("SourceRequest", "url").path("maxLength").asInt()).isEqualTo(Limits.URL);

        Document form = Browser.open(Browser.signIn(Api.REVIEWER), "/sources/new").html();
        assertThat(form.selectFirst("input[name=title]").attr("maxlength")).isEqualTo(String.valueOf(Limits.TITLE));
        assertThat(form.selectFirst("input[name=url]").attr("maxlength")).isEqualTo(String.valueOf(Limits.URL));

        Map<String, Object> source = Map.of("url", "https://example.org/" + Articles.unique("limits"),
                "title", "t".repeat(Limits.TITLE + 1));
        Api.asReviewer().body(source).when().post("/api/sources").then().spec(invalid("title"))
                .body("errors.message", hasItem("Title must be at most " + Limits.TITLE + " characters."));
    }

    @Test
    void aRatingLabelsColourIsARangeInTheDocumentTheScaleFormAndTheApi() {
        JsonNode colour = property("LabelChange", "colour");
        assertThat(colour.path("minimum").asInt(-1)).isZero();
        assertThat(colour.path("maximum").asInt()).isEqualTo(Limits.LABEL_COLOUR_MAX);
        assertThat(property("LabelChange", "label").path("maxLength").asInt()).isEqualTo(Limits.LABEL);

        Document scale = Browser.open(Browser.signIn(Api.EDITOR), "/rating-scale").html();
        Element firstRow = scale.selectFirst("form.scale-row");
        assertThat(firstRow).isNotNull();
        assertThat(firstRow.select("select[name=colour] option")).hasSize(Limits.LABEL_COLOURS);
        assertThat(firstRow.select("select[name=colour] option").last().val())
                .isEqualTo(String.valueOf(Limits.LABEL_COLOUR_MAX));
        assertThat(scale.selectFirst("#f-label").attr("maxlength")).isEqualTo(String.valueOf(Limits.LABEL));
        assertThat(scale.selectFirst("#f-colour").parent().text()).contains("0 to " + Limits.LABEL_COLOUR_MAX + ".");

        Api.asEditor().body(Map.of("label", Articles.unique("Limits "), "colour", Limits.LABEL_COLOUR_MAX + 1))
                .when().post("/api/rating-scale").then().spec(invalid("colour"))
                .body("errors.message", hasItem("colour is a palette slot from 0 to " + Limits.LABEL_COLOUR_MAX + "."));
    }

    @Test
    void everyRequestFieldWithALimitStatesItsDeclaredValueInTheDocument() {
        Object[][] limits = {
            { "ImportRequest", "title", "maxLength", Limits.TITLE },
            { "ImportRequest", "url", "maxLength", Limits.URL },
            { "ImportRequest", "publisher", "maxLength", Limits.PUBLISHER_OR_AUTHOR },
            { "ImportRequest", "author", "maxLength", Limits.PUBLISHER_OR_AUTHOR },
            { "ImportRequest", "language", "maxLength", Limits.LANGUAGE },
            { "ImportRequest", "language", "pattern", Limits.LANGUAGE_TAG },
            { "MarkRequest", "firstAppearance", "maxLength", Limits.URL },
            { "TransitionRequest", "comment", "maxLength", Limits.MOVE_NOTE },
            { "BulkRequest", "comment", "maxLength", Limits.MOVE_NOTE },
            { "BulkRequest", "ids", "maxItems", Limits.BULK_CLAIMS },
            { "VerdictRequest", "rationale", "maxLength", Limits.RATIONALE },
            { "CommentRequest", "body", "maxLength", Limits.COMMENT },
            { "SourceRequest", "publisher", "maxLength", Limits.PUBLISHER_OR_AUTHOR },
            { "SourceRequest", "author", "maxLength", Limits.PUBLISHER_OR_AUTHOR },
            { "SourceRequest", "archivedUrl", "maxLength", Limits.URL },
            { "EvidenceRequest", "excerpt", "maxLength", Limits.EVIDENCE_EXCERPT },
            { "EvidenceRequest", "note", "maxLength", Limits.EVIDENCE_NOTE },
            { "OrganisationChange", "name", "maxLength", Limits.ORGANISATION_NAME },
            { "OrganisationChange", "url", "maxLength", Limits.URL },
            { "OrganisationChange", "methodology", "maxLength", Limits.ORGANISATION_TEXT },
            { "OrganisationChange", "correctionsPolicy", "maxLength", Limits.ORGANISATION_TEXT },
            { "NewToken", "name", "maxLength", Limits.TOKEN_NAME },
            { "TopicChange", "name", "maxLength", Limits.TOPIC_NAME },
            { "TopicChange", "colour", "minimum", 0 },
            { "TopicChange", "colour", "maximum", Limits.TOPIC_COLOUR_MAX },
            { "LabelChange", "description", "maxLength", Limits.LABEL_DESCRIPTION },
            { "LabelChange", "rating", "minimum", 0 },
            { "LabelChange", "rating", "maximum", Limits.RATING_MAX },
            { "NewUser", "displayName", "maxLength", Limits.DISPLAY_NAME },
            { "NewUser", "username", "minLength", Limits.USERNAME_MIN },
        };
        for (Object[] limit : limits) {
            JsonNode stated = property((String) limit[0], (String) limit[1]).path((String) limit[2]);
            assertThat(stated.isMissingNode() ? null : stated.isTextual() ? stated.asText() : (Object) stated.asInt())
                    .as(limit[0] + "." + limit[1] + " " + limit[2]).isEqualTo(limit[3]);
        }
    }

    @Test
    void aUserNameFollowsTheDeclaredPatternInTheDocumentAndTheApi() {
        JsonNode username = property("NewUser", "username");
        assertThat(username.path("pattern").asText()).isEqualTo(Limits.USERNAME);
        assertThat(username.path("maxLength").asInt()).isEqualTo(Limits.USERNAME_MAX);
        assertThat(property("NewUser", "password").path("minLength").asInt()).isEqualTo(Limits.PASSWORD_MIN);

        Document users = Browser.open(Browser.signIn(Api.ADMIN), "/users").html();
        assertThat(users.selectFirst("#f-username").attr("maxlength")).isEqualTo(String.valueOf(Limits.USERNAME_MAX));
        assertThat(users.selectFirst("#f-password").parent().text())
                .contains("At least " + Limits.PASSWORD_MIN + " characters.");

        Api.asAdmin().body(Map.of("username", "u".repeat(Limits.USERNAME_MAX + 1), "password", "p".repeat(
                Limits.PASSWORD_MIN - 1), "roles", java.util.List.of("reviewer"))).when().post("/api/users").then()
                .spec(invalid("username", "password"))
                .body("errors.message", hasItem("Password must be at least " + Limits.PASSWORD_MIN + " characters."));
    }
}
