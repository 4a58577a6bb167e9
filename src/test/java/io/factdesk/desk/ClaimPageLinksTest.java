package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.factdesk.testing.Browser;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The claim page's related claims and its link forms, as a browser without JavaScript sends them: the
 * list with its labels, linking and copying, the links both claims show, and a refusal beside the field.
 */
@QuarkusTest
class ClaimPageLinksTest {

    private record Session(String session, String csrfCookie) {
        static Session of(Api.Account account) {
            String session = Browser.signIn(account);
            return new Session(session, Browser.open(session, "/articles").csrfCookie());
        }

        Document open(String path) {
            return Browser.open(session, csrfCookie, path).html();
        }

        /** Sends a form with its hidden fields, its checked boxes (unless disabled) and the fields given. */
        Response send(Element form, String... typed) {
            var request = Browser.withSession(session).cookie(Browser.CSRF_COOKIE, csrfCookie)
                    .contentType(ContentType.URLENC);
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (Element field : form.select("input[type=hidden][name], input[type=checkbox][checked][name]")) {
                if (!field.hasAttr("disabled")) {
                    fields.computeIfAbsent(field.attr("name"), n -> new ArrayList<>()).add(field.val());
                }
            }
            for (int i = 0; i < typed.length; i += 2) {
                fields.put(typed[i], List.of(typed[i + 1]));
            }
            fields.forEach((name, values) -> request.formParam(name, values.toArray()));
            return request.post(form.attr("action"));
        }
    }

    /** Two claims in two articles saying the same about a harbour nobody else writes about. */
    private static long[] twins() {
        Workflow.ensureUsers();
        String port = Articles.unique("Zorbahaven");
        String said = "The harbour of " + port + " handled 3 million containers in 2023.";
        long first = Articles.importText(Articles.unique("Port "), "Officials said it again. " + said).id();
        long second = Articles.importText(Articles.unique("Port "), "A report found this. " + said).id();
        long earlier = Articles.markClaim(first, Map.of("quote", Map.of("exact", said), "topic", "Other",
                "statement", said, "claimant", "The port authority"));
        long claim = Articles.markClaim(second, Map.of("quote", Map.of("exact", said), "topic", "Other",
                "statement", "The " + port + " harbour handled 3 million containers in 2023.", "claimant",
                "A report"));
        return new long[] { earlier, claim };
    }

    private static Element related(Document page, long id) {
        Element item = page.selectFirst("#related li.related-item[data-kind=claim][data-id=" + id + "]");
        assertThat(item).as("claim " + id + " among the related claims").isNotNull();
        return item;
    }

    @Test
    void theTwinIsListedAsLikelyTheSameAndLinkingCopiesWhatIsChecked() {
        long[] twins = twins();
        long earlier = twins[0];
        long claim = twins[1];
        Workflow.verdict(earlier, "Mostly false");
        Workflow.evidence(earlier);

        Session reviewer = Session.of(Api.REVIEWER);
        Document page = reviewer.open("/claims/" + claim);
        Element item = related(page, earlier);
        assertThat(item.selectFirst(".related-label").text()).isEqualTo("Likely the same claim");
        assertThat(item.selectFirst(".related-verdict").text()).isEqualTo("Mostly false");
        assertThat(item.selectFirst(".related-state").text()).isEqualTo("New");
        Element form = item.selectFirst("form.link-form");
        assertThat(form.selectFirst("legend").text()).isEqualTo("Same claim as #" + earlier);
        assertThat(form.select("input[type=checkbox][checked]").eachAttr("value"))
                .containsExactly("verdict", "rationale", "evidence");
        assertThat(form.selectFirst("button[value=dismiss]").hasAttr("disabled")).as("dismissing is for editors")
                .isTrue();

        Response sent = reviewer.send(form, "action", "link");
        sent.then().statusCode(303);
        assertThat(sent.header("Location")).endsWith("/claims/" + claim + "?notice=linked-copied");

        Document after = reviewer.open("/claims/" + claim + "?notice=linked-copied");
        assertThat(after.selectFirst(".flash").text()).startsWith("Linked: same claim as #" + earlier);
        assertThat(after.selectFirst("#linked-to").text()).startsWith("Same claim as #" + earlier);
        assertThat(after.selectFirst("#linked-to a").attr("href")).isEqualTo("/claims/" + earlier);
        assertThat(after.selectFirst("#f-label option[selected]").val()).isEqualTo("Mostly false");
        assertThat(after.selectFirst("#evidence").text()).contains("Budget report");

        assertThat(reviewer.open("/claims/" + claim + "/history").text()).contains("linked the claim to #" + earlier
                + " as the same claim, reusing its verdict, rationale, evidence");

        Document target = reviewer.open("/claims/" + earlier);
        assertThat(target.selectFirst("#linked-from").text()).isEqualTo("Linked from #" + claim);
        assertThat(target.selectFirst("#linked-from a").attr("href")).isEqualTo("/claims/" + claim);
    }

    @Test
    void anEditorDismissesTheTwinAsADuplicateFromTheList() {
        long[] twins = twins();
        Session editor = Session.of(Api.EDITOR);
        Element form = related(editor.open("/claims/" + twins[1]), twins[0]).selectFirst("form.link-form");
        assertThat(form.select("input[type=checkbox]")).allMatch(box -> box.hasAttr("disabled"));

        editor.send(form, "action", "dismiss").then().statusCode(303);
        Document after = editor.open("/claims/" + twins[1] + "?notice=duplicate");
        assertThat(after.selectFirst(".flash").text()).isEqualTo("Dismissed as a duplicate of #" + twins[0] + ".");
        assertThat(after.selectFirst(".page-header .badge[data-state]").attr("data-state")).isEqualTo("DISMISSED");
        assertThat(after.selectFirst("#linked-to").text()).startsWith("Same claim as #" + twins[0]);
    }

    @Test
    void aNumberTypedByHandThatCannotBeLinkedIsRefusedBesideTheField() {
        long claim = Workflow.newClaim();
        Session reviewer = Session.of(Api.REVIEWER);
        Element form = reviewer.open("/claims/" + claim).selectFirst("form#link-by-number");

        Response refused = reviewer.send(form, "to", String.valueOf(claim), "action", "link");
        refused.then().statusCode(422);
        Document shown = Jsoup.parse(refused.asString());
        assertThat(shown.selectFirst("#e-linkTo").text()).isEqualTo("A claim cannot be linked to itself.");
        assertThat(shown.selectFirst("#f-link-to").val()).isEqualTo(String.valueOf(claim));
        assertThat(Workflow.claim(claim).getString("linkedTo")).isNull();

        // The number typed by hand with its '#' links, and the link can be taken off again.
        long earlier = Workflow.newClaim();
        reviewer.send(form, "to", "#" + earlier, "action", "link").then().statusCode(303);
        assertThat(Workflow.claim(claim).getLong("linkedTo")).isEqualTo(earlier);
        Element unlink = reviewer.open("/claims/" + claim).selectFirst("form#unlink");
        reviewer.send(unlink, "action", "unlink").then().statusCode(303);
        assertThat(Workflow.claim(claim).getString("linkedTo")).isNull();
    }

    @Test
    void aClaimWithNothingRelatedSaysSoQuietly() {
        String word = Articles.unique("Quorvexilith");
        long article = Articles.importText(Articles.unique("Alone "), "The " + word + " glimmered.").id();
        long claim = Articles.markClaim(article, Map.of("quote", Map.of("exact", "The " + word + " glimmered."),
                "topic", "Other", "statement", "The " + word + " glimmered."));
        Document page = Session.of(Api.REVIEWER).open("/claims/" + claim);
        assertThat(page.selectFirst("#related .empty").text()).isEqualTo("No related claims found.");
        assertThat(page.select("#related li.related-item")).isEmpty();
    }
}
