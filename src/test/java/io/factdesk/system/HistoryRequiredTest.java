package io.factdesk.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.factdesk.testing.Api;
import io.factdesk.testing.Articles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A transaction that changes the desk without appending a history event is refused and rolled back
 * (HistoryRequired): the history stays whole, and no kept page goes on showing what was there before.
 */
@QuarkusTest
class HistoryRequiredTest {

    @Inject
    UnrecordedChanges changes;

    @Test
    void aRenameWithoutAnEventIsRefusedAndNotSaved() {
        String name = Articles.unique("Kept name ");
        long id = Api.asEditor().body(Map.of("name", name)).post("/api/topics").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> changes.renameWithoutEvent(id, name + " renamed"));
        assertThat(causes(refused), containsString("without appending a history event"));
        assertThat(causes(refused), containsString("update Topic"));
        Api.asEditor().get("/api/topics").then().statusCode(200)
                .body("find { it.id == " + id + " }.name", equalTo(name));

        changes.renameWithEvent(id, name + " renamed");
        Api.asEditor().get("/api/topics").then().statusCode(200)
                .body("find { it.id == " + id + " }.name", equalTo(name + " renamed"));
    }

    @Test
    void anInsertWithoutAnEventIsRefusedAndNotSaved() {
        String name = Articles.unique("Never saved ");
        RuntimeException refused = assertThrows(RuntimeException.class, () -> changes.addWithoutEvent(name));
        assertThat(causes(refused), containsString("insert Topic"));
        Api.asEditor().get("/api/topics").then().statusCode(200).body("name", not(hasItem(name)));
    }

    @Test
    void aTokensLastUseNeedsNoEventButItsNameDoes() {
        var issued = Api.asEditor().body(Map.of("name", "Importer")).post("/api/users/me/tokens").then()
                .statusCode(201).extract().jsonPath();
        long id = issued.getLong("id");

        changes.markUsed(id);
        Api.asEditor().get("/api/users/me/tokens").then().statusCode(200)
                .body("find { it.id == " + id + " }.lastUsedAt", org.hamcrest.Matchers.notNullValue());

        RuntimeException refused = assertThrows(RuntimeException.class, () -> changes.markUsedAndRename(id, "Renamed"));
        assertThat(causes(refused), containsString("update ApiToken"));
        Api.asEditor().get("/api/users/me/tokens").then().statusCode(200)
                .body("find { it.id == " + id + " }.name", equalTo("Importer"));
    }

    /** The messages of an exception and its causes. */
    private static String causes(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t).append('\n');
            for (Throwable s : t.getSuppressed()) {
                messages.append(s).append('\n');
            }
        }
        return messages.toString();
    }
}
