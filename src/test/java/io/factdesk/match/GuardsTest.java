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

    @Test
    void anActorInLowerCaseOnEachSideIsADifference() {
        assertThat(differences("The ministry ordered the evacuation of 300 homes.",
                "The army ordered the evacuation of 300 homes."))
                .containsExactly("actor: 'ministry' vs 'army'");
        assertThat(differences("Police rescued 12 people from the flood.", "Firefighters rescued 12 people from the flood."))
                .containsExactly("actor: 'Police' vs 'Firefighters'");
        // the same actor named otherwise, or on one side only, is not another
        assertThat(differences("Police officers rescued 12 people from the flood.",
                "Twelve people were rescued from the flood by the police.")).isEmpty();
        assertThat(differences("The ministry ordered the evacuation of 300 homes.",
                "The evacuation of 300 homes was ordered.")).isEmpty();
    }

    @Test
    void aWordSwappedInPlaceForAnotherBeforeTheSameWordIsAnotherActorOrSubject() {
        assertThat(differences("An MP claimed the defence ministry spent 2.3 billion crowns on drones.",
                "An MP claimed the interior ministry spent 2.3 billion crowns on drones."))
                .containsExactly("actor: 'defence ministry' vs 'interior ministry'");
        assertThat(differences("A union leader said 3,800 nurses left the health service.",
                "A union leader said 3,800 doctors left the health service."))
                .containsExactly("actor: 'nurses' vs 'doctors'");
        assertThat(differences("The minister said the drought cut the wheat harvest by 35%.",
                "The minister said the drought cut the maize harvest by 35%."))
                .containsExactly("subject: 'wheat harvest' vs 'maize harvest'");
        // the same words moved or written otherwise are no swap
        assertThat(differences("An MP claimed the defence ministry spent 2.3 billion crowns on drones.",
                "The ministry of defence spent 2.3 billion crowns on drones, an MP claimed.")).isEmpty();
        assertThat(differences("The governor said 1,240 civilians were killed in the province in 2023.",
                "In 2023, 1240 civilians were killed in the province, its governor said.")).isEmpty();
    }

    @Test
    void theSameWordQualifiedOtherwiseIsAnotherActor() {
        assertThat(differences("The opposition leader claimed 48,000 dead people were still on the electoral roll.",
                "The opposition leader claimed 48,000 people who have emigrated were still on the electoral roll."))
                .containsExactly("actor: 'dead people' vs 'people who have emigrated'");
    }

    @Test
    void whoSaidItCountsOnlyWhenTheClaimRefersBackToThem() {
        // the same statement from another speaker is the same claim
        assertThat(differences("The interior minister said 40 people died in the floods.",
                "The defence minister said 40 people died in the floods.")).isEmpty();
        assertThat(differences("40 people died in the floods, the interior minister said.",
                "40 people died in the floods, the defence minister said.")).isEmpty();
        // "its members": the speaker is what the claim is about
        assertThat(differences("The train drivers' union said its members will strike for 48 hours.",
                "The bus drivers' union said its members will strike for 48 hours."))
                .containsExactly("actor: 'train drivers' vs 'bus drivers'");
        assertThat(differences("The drugs regulator said it has not approved the injection for children.",
                "The health ministry said it has not approved the injection for children."))
                .containsExactly("actor: 'regulator' vs 'ministry'");
    }

    @Test
    void oppositesBesidesRisingAndFallingAreADirection() {
        assertThat(differences("The chamber said 340 shops closed in the city centre in 2024.",
                "The chamber said 340 shops opened in the city centre in 2024."))
                .containsExactly("direction: 'closed' vs 'opened'");
        assertThat(differences("The reservoir was 23% full, its lowest level in 30 years.",
                "The reservoir was 23% full, its highest level in 30 years."))
                .containsExactly("direction: 'lowest' vs 'highest'");
        assertThat(differences("The centre said 60,000 young people moved abroad between 2019 and 2024.",
                "The centre said 60,000 young people returned from abroad between 2019 and 2024."))
                .containsExactly("direction: 'moved abroad' vs 'returned'");
        assertThat(differences("The party won 12 seats in the council.", "The party lost 12 seats in the council."))
                .containsExactly("direction: 'won' vs 'lost'");
        assertThat(differences("The council approved the plan for 300 homes.", "The council rejected the plan for 300 homes."))
                .containsExactly("direction: 'approved' vs 'rejected'");
        assertThat(differences("A campaigner said the glacier has lost 40 metres since 1990.",
                "A campaigner said the glacier has gained 40 metres since 1990."))
                .containsExactly("direction: falling vs rising");
        // the same direction in other words, and bounds, are none
        assertThat(differences("340 shops closed in Harwick in 2024.", "In 2024, 340 shops shut down in Harwick.")).isEmpty();
        assertThat(differences("At least 40 schools were built, the most since 1990.", "The most schools since 1990 were built: at least 40."))
                .isEmpty();
    }

    @Test
    void aWeakWordOfDirectionGivesWayToAStrongOne() {
        // "called up" says nothing of a rise: "fell" decides
        assertThat(differences("The minister said the number of reservists called up rose to 120,000.",
                "The minister said the number of reservists called up fell to 120,000."))
                .containsExactly("direction: rising vs falling");
        assertThat(differences("Prices went up.", "Prices went down.")).containsExactly("direction: rising vs falling");
    }

    @Test
    void refusalFailureAndNoLongerAreNegation() {
        assertThat(differences("The minister refused to sign the deal.", "The minister signed the deal."))
                .containsExactly("negation: 'refused' in this text only");
        assertThat(differences("The council failed to pass the budget.", "The council passed the budget."))
                .containsExactly("negation: 'failed to' in this text only");
        assertThat(differences("The town has a hospital.", "The town no longer has a hospital."))
                .containsExactly("negation: 'no longer' in the match only");
        // "failed" without "to" is no negation
        assertThat(differences("The failed bank was sold to a rival in 2024.", "In 2024 the failed bank was sold to a rival."))
                .isEmpty();
    }

    @Test
    void anotherPartOfTheCountryOrANameThatStartsASentenceIsAnotherPlace() {
        assertThat(differences("Flooding closed 30 roads in the north of the country.",
                "Flooding closed 30 roads in the south of the country."))
                .containsExactly("place: 'north' vs 'south'");
        assertThat(differences("Flooding closed 30 roads in the north.", "Flooding closed 30 roads in northern areas."))
                .isEmpty();
        assertThat(differences("Olmary's hospitals treated 400 patients.", "Varnesk's hospitals treated 400 patients."))
                .containsExactly("name: Olmary → Varnesk");
    }
}
