package io.factdesk.source;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the sources, claims and evidence a test needs, each with addresses and titles of its own. */
final class Sources {

    private Sources() {
    }

    /** A source request with every field, at an address no other test uses. */
    static Map<String, Object> request(String title) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("url", uniqueUrl());
        r.put("title", title);
        r.put("publisher", "United Nations");
        r.put("author", "Security Council");
        r.put("publishedAt", "2016-07-01");
        r.put("accessedAt", "2016-07-15");
        r.put("archivedUrl", "https://web.archive.org/web/20160715000000/https://www.un.org/press/");
        r.put("type", "OFFICIAL_STATEMENT");
        r.put("reliability", "B");
        return r;
    }

    static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(request);
        copy.put(field, value);
        return copy;
    }

    static String uniqueUrl() {
        return "https://www.un.org/press/en/2016/" + Articles.unique("sc") + ".doc.htm";
    }

    /** Adds a source through the API and returns its id. */
    static long create(Map<String, Object> request) {
        return Api.asReviewer().body(request).when().post("/api/sources")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long create(String title) {
        return create(request(title));
    }

    /** A fresh demo copy with the casualty claim marked on it: its claim id. */
    static long newClaim() {
        Articles.ImportedArticle article = Articles.importDemoCopy();
        return Articles.markByQuote(article.id(), "more than 450.000 Syrians", "Casualty figures");
    }

    static long articleOf(long claimId) {
        return Api.asReviewer().when().get("/api/claims/{id}", claimId)
                .then().statusCode(200).extract().jsonPath().getLong("articleId");
    }

    /** Links a library source to a claim and returns the evidence id. */
    static long attach(long claimId, long sourceId, String stance) {
        return Api.asReviewer().body(Map.of("sourceId", sourceId, "stance", stance, "excerpt", "An excerpt"))
                .when().post("/api/claims/{id}/evidence", claimId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * Puts a claim in a state directly in the database, as the review workflow would have left it:
     * these tests are about evidence, not about the transitions that lead there.
     */
    static void setState(EntityManager em, long claimId, String state) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update claim set state = ?1 where id = ?2")
                .setParameter(1, state).setParameter(2, claimId).executeUpdate());
    }

    /** The audit events of a claim, oldest first: type, article id, before and after JSON. */
    @SuppressWarnings("unchecked")
    static List<Object[]> auditEventsOf(EntityManager em, long claimId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select type, article_id, before_json, after_json from audit_event where claim_id = ?1 order by seq")
                .setParameter(1, claimId).getResultList());
    }
}
