package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A verdict's place on the rating scale, in the words a screen reader reads instead of the meter. */
class VerdictScaleTest {

    private static final VerdictScale SHIPPED = new VerdictScale(List.of(
            new VerdictScale.Label("True", 5, 0, false), new VerdictScale.Label("Mostly true", 4, 1, false),
            new VerdictScale.Label("Half true", 3, 2, false), new VerdictScale.Label("Mostly false", 2, 3, false),
            new VerdictScale.Label("False", 1, 4, false), new VerdictScale.Label("Misleading", null, 5, false),
            new VerdictScale.Label("Unverifiable", null, 6, false), new VerdictScale.Label("Pants on fire", 0, 7, true)));

    private static Report.Verdict verdict(String label, Integer rating) {
        return new Report.Verdict(label, rating, 5, 1, null);
    }

    @Test
    void aNumberedVerdictIsPlacedFromTheWorstLabelWithItsColour() {
        VerdictScale.Shown shown = SHIPPED.of(verdict("Mostly false", 2));
        assertThat(shown.text()).isEqualTo("Rated Mostly false: 2nd of 5 on the scale from False to True");
        assertThat(shown.cssClass()).isEqualTo("vc-3");
        assertThat(shown.steps()).extracting(VerdictScale.Step::label)
                .as("worst first; the retired label is not on the meter")
                .containsExactly("False", "Mostly false", "Half true", "Mostly true", "True");
        assertThat(shown.steps()).filteredOn(VerdictScale.Step::current).extracting(VerdictScale.Step::label)
                .containsExactly("Mostly false");
        assertThat(SHIPPED.of(verdict("True", 5)).text()).isEqualTo("Rated True: 5th of 5 on the scale from False to True");
        assertThat(SHIPPED.of(verdict("False", 1)).text()).isEqualTo("Rated False: 1st of 5 on the scale from False to True");
    }

    @Test
    void aLabelWithoutANumberIsNotPlacedOnTheScale() {
        VerdictScale.Shown shown = SHIPPED.of(verdict("Misleading", null));
        assertThat(shown.text()).isEqualTo("Rated Misleading: not a place on the scale from False to True");
        assertThat(shown.steps()).noneMatch(VerdictScale.Step::current);
        assertThat(shown.cssClass()).isEqualTo("vc-5");
    }

    @Test
    void aRetiredLabelStillCarriedByAClaimKeepsItsPlace() {
        assertThat(SHIPPED.of(verdict("Pants on fire", 0)).text())
                .isEqualTo("Rated Pants on fire: 1st of 6 on the scale from Pants on fire to True");
    }

    @Test
    void ordinalsInEnglish() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111).stream().map(VerdictScale::ordinal))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st",
                        "111th");
    }
}
