package io.factdesk.review;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.containsString;

import io.factdesk.account.Role;
import io.factdesk.claim.ClaimState;
import io.factdesk.testing.Api;
import io.factdesk.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (from state, to state, role) combination against the table of docs/review.md: each allowed
 * transition succeeds, a transition not in the table is 409 listing the allowed ones, and one the
 * role may not make is 403. The expectations are written out here, not read from the code.
 */
@QuarkusTest
class TransitionTableTest {

    /** docs/review.md's table: from, to, the least role that may do it. */
    private static final List<Object[]> TABLE = List.of(
            new Object[] { "NEW", "RESEARCHING", Role.REVIEWER },
            new Object[] { "NEW", "DISMISSED", Role.EDITOR },
            new Object[] { "RESEARCHING", "DISMISSED", Role.EDITOR },
            new Object[] { "DISMISSED", "NEW", Role.EDITOR },
            new Object[] { "RESEARCHING", "IN_REVIEW", Role.REVIEWER },
            new Object[] { "IN_REVIEW", "RESEARCHING", Role.EDITOR },
            new Object[] { "IN_REVIEW", "APPROVED", Role.EDITOR },
            new Object[] { "APPROVED", "RESEARCHING", Role.EDITOR },
            new Object[] { "APPROVED", "PUBLISHED", Role.EDITOR },
            new Object[] { "PUBLISHED", "RESEARCHING", Role.EDITOR });

    private static final List<String> STATES = List.of("NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED",
            "DISMISSED");

    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (String from : STATES) {
            for (String to : STATES) {
                if (!from.equals(to)) {
                    for (Api.Account actor : List.of(Api.REVIEWER, Api.EDITOR, Api.DEMO_ADMIN)) {
                        all.add(Arguments.of(from, to, actor.username()));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} → {1} as {2}")
    @MethodSource("combinations")
    void eachTransitionIsAllowedOrRefusedAsTheTableSays(String from, String to, String actorName) {
        Api.Account actor = Stream.of(Api.REVIEWER, Api.EDITOR, Api.DEMO_ADMIN)
                .filter(a -> a.username().equals(actorName)).findFirst().orElseThrow();
        Role actorRole = actor == Api.REVIEWER ? Role.REVIEWER : actor == Api.EDITOR ? Role.EDITOR : Role.ADMIN;
        long id = Workflow.claimIn(from);
        Object[] rule = TABLE.stream().filter(r -> r[0].equals(from) && r[1].equals(to)).findFirst().orElse(null);
        Map<String, Object> everything = Map.of("comment", "Checked against the budget office.", "reason", "OTHER");

        if (rule == null) {
            var refusal = Workflow.move(actor, id, to, everything, 409);
            List<String> allowed = TABLE.stream().filter(r -> r[0].equals(from)).map(r -> (String) r[1]).toList();
            org.hamcrest.MatcherAssert.assertThat(refusal.getList("allowed"), equalTo(allowed));
            // the detail in the desk's words, the members with the states' names
            org.hamcrest.MatcherAssert.assertThat(refusal.getString("detail"), containsString(
                    "cannot move from " + ClaimState.valueOf(from).label() + " to " + ClaimState.valueOf(to).label()));
            org.hamcrest.MatcherAssert.assertThat(refusal.getString("state"), equalTo(from));
            org.hamcrest.MatcherAssert.assertThat(Workflow.claim(id).getString("state"), equalTo(from));
        } else if (actorRole.ordinal() < ((Role) rule[2]).ordinal()) {
            var refusal = Workflow.move(actor, id, to, everything, 403);
            org.hamcrest.MatcherAssert.assertThat(refusal.getString("detail"), containsString("Only editors"));
            org.hamcrest.MatcherAssert.assertThat(Workflow.claim(id).getString("state"), equalTo(from));
        } else {
            var moved = Workflow.move(actor, id, to, everything, 200);
            org.hamcrest.MatcherAssert.assertThat(moved.getString("state"), equalTo(to));
            org.hamcrest.MatcherAssert.assertThat(Workflow.claim(id).getString("state"), equalTo(to));
        }
    }

    @ParameterizedTest(name = "transitions offered from {0}")
    @MethodSource("states")
    void theClaimTellsWhichTransitionsLeadOnFromItsState(String state) {
        long id = Workflow.claimIn(state);
        List<String> expected = TABLE.stream().filter(r -> r[0].equals(state)).map(r -> (String) r[1]).toList();
        var options = Api.asEditor().get("/api/claims/" + id + "/transitions").then().statusCode(200);
        if (!expected.isEmpty()) {
            options.body("to", hasItems(expected.toArray()));
        }
        options.body("size()", equalTo(expected.size()));
    }

    static Stream<String> states() {
        return STATES.stream();
    }
}
