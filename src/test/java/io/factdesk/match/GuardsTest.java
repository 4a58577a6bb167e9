package io.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The guards alone: what makes two texts with the same words different claims, and what does not. */
class GuardsTest {

    private static List<String> differences(String text, String match) {
        return Guards.differences(Guards.read(text, "en", null), Guards.read(match, "en", null));
    }

    @Test
    void boundsAreAsMuchAFigureAsItsValue() {
        assertThat(differences("More than 450,000 Syrians were killed.", "450,000 Syrians were killed."))
                .containsExactly("figure: More than 450,000 Syrians → 450,000 Syrians");
        assertThat(differences("More than 450,000 Syrians were killed.", "More than 450,000 Syrians died."))
                .isEmpty();
    }

    @Test
    void aFigureOnOneSideOnlyIsNotADifference() {
        assertThat(differences("Exports grew by 12% last year.", "Exports grew last year.")).isEmpty();
    }

    @Test
    void negationIsNamedWithItsWord() {
        assertThat(differences("The council didn't approve the plan.", "The council approved the plan."))
                .containsExactly("negation: 'didn't' in this text only");
        assertThat(differences("The plan was approved.", "The minister denied that the plan was approved."))
                .containsExactly("negation: 'denied' in the match only");
        assertThat(differences("The army did not withdraw.", "The army has not withdrawn.")).isEmpty();
    }

    @Test
    void oppositeDirectionsDifferButMoreThanIsABoundNotARise() {
        assertThat(differences("Crime rose sharply in Leeds.", "Crime fell sharply in Leeds."))
                .containsExactly("direction: rising vs falling");
        assertThat(differences("More than 40 schools closed.", "Schools closed as pupil numbers dropped."))
                .isEmpty();
        // words of both directions say none
        assertThat(differences("Prices rose, then fell.", "Prices fell.")).isEmpty();
    }
}
