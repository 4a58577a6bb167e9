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

    @Test
    void anotherYearMonthOrDayIsADateDifferenceButTheSameDateWrittenOtherwiseIsNot() {
        assertThat(differences("The governor said 1,240 civilians were killed in 2023.",
                "The governor said 1,240 civilians were killed in 2022."))
                .containsExactly("date: 2023 → 2022");
        assertThat(differences("Troops had left all posts by 3 March.", "Troops had left all posts by 5 March."))
                .containsExactly("date: 3 March → 5 March");
        assertThat(differences("Troops had left all posts by 3 March.", "By March 3rd, troops had left all posts."))
                .isEmpty();
        // a date on one side only says nothing
        assertThat(differences("Exports grew in 2024.", "Exports grew.")).isEmpty();
    }

    @Test
    void aNameOnEachSideThatTheOtherLacksIsADifferenceButANameMovedOrMadeAnAdjectiveIsNot() {
        assertThat(differences("The governor said 40 people died in Varnesk province.",
                "The governor said 40 people died in Olmary province."))
                .containsExactly("name: Varnesk → Olmary");
        assertThat(differences("The governor said 40 people died in Varnesk province.",
                "Varnesk's governor said 40 people died in the province.")).isEmpty();
        assertThat(differences("One in five adults in Kestria smokes.", "One in five Kestrian adults smokes."))
                .isEmpty();
        // a name on one side only (the other says "its governor") is not another name
        assertThat(differences("The Varnesk governor said 40 people died.", "Its governor said 40 people died."))
                .isEmpty();
    }
}
