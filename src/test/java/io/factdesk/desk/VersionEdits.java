package io.factdesk.desk;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import java.util.Map;

/**
 * An article and its publisher's edit for the version pages' tests: version 1 has the mayor's quote once;
 * version 2 drops the mayor's paragraph and has the quote twice in other words around it, so the claim on it
 * cannot be placed (two places, no way to choose) and is offered both as candidates.
 */
final class VersionEdits {

    static final String QUOTE = "450,000 residents lost water for two days";
    static final String REPAIRS = "Repairs will cost 3 million euros";
    static final String V1 = "The council met on Monday.\n\n"
            + "The mayor said that \"" + QUOTE + "\" after the storm.\n\n"
            + REPAIRS + ", the utility said.";
    static final String FIRST = "A resident wrote that " + QUOTE + " in March.";
    static final String SECOND = "Officials denied that " + QUOTE + " last year.";
    static final String V2 = "The council met on Tuesday.\n\n" + FIRST + "\n\n" + REPAIRS + ", the utility said.\n\n"
            + SECOND;

    /** The article, its claim on the quote (orphaned by version 2) and one on the repairs (moved by it). */
    record Edited(long article, long quote, long repairs) {
    }

    private VersionEdits() {
    }

    static Edited edited() {
        long article = Articles.importText(Articles.unique("Water"), V1).id();
        long quote = Articles.markByQuote(article, QUOTE, "Other");
        long repairs = Articles.markByQuote(article, REPAIRS, "Other");
        Api.asReviewer().body(Map.of("body", V2, "note", "Corrected by the publisher"))
                .post("/api/articles/{id}/versions", article).then().statusCode(201);
        return new Edited(article, quote, repairs);
    }
}
