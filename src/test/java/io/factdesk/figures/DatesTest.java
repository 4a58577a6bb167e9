package io.factdesk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every date form of docs/suggestions.md; the demo article was published on Thursday 14 July 2016. */
class DatesTest {

    private static final LocalDate DEMO = LocalDate.of(2016, 7, 14);

    private static DateMention one(String text, LocalDate published) {
        List<DateMention> dates = Dates.read(text, published);
        assertThat(dates).as("dates in %s", text).hasSize(1);
        return dates.get(0);
    }

    private static void is(String text, LocalDate published, String value, String precision) {
        DateMention d = one(text, published);
        assertThat(d.value()).as(text).isEqualTo(value);
        assertThat(d.precision()).as(text).isEqualTo(precision);
        assertThat(d.resolved()).isTrue();
    }

    @Test
    void absoluteDates() {
        is("Kerry arrived on 14 July 2016.", null, "2016-07-14", "day");
        is("Kerry arrived on July 14, 2016.", null, "2016-07-14", "day");
        is("talks planned for July 2016", null, "2016-07", "month");
        is("elected in 2016.", null, "2016", "year");
        is("published 2016-07-14", null, "2016-07-14", "day");
        is("since August 2017", LocalDate.of(2018, 3, 1), "2017-08", "month");
    }

    @Test
    void demoLastSeptemberIsSeptember2015() {
        String text = "a close ally of Assad’s government that launched air strikes in support of regime forces"
                + " last September.";
        DateMention d = one(text, DEMO);
        assertThat(d.text()).isEqualTo("last September");
        assertThat(d.value()).isEqualTo("2015-09");
        assertThat(d.precision()).isEqualTo("month");
        assertThat(d.start()).isEqualTo(text.indexOf("last September"));
    }

    @Test
    void relativeToThePublicationDate() {
        is("Lavrov spoke on Wednesday.", DEMO, "2016-07-13", "day");
        is("Kerry arrived on Thursday.", DEMO, "2016-07-14", "day");
        is("Prices peaked in March.", DEMO, "2016-03", "month");
        is("Prices peaked in September.", DEMO, "2015-09", "month");
        is("Prices peaked last year.", DEMO, "2015", "year");
        is("Talks had been expected to take place this month.", DEMO, "2016-07", "month");
        is("Turnout fell three years ago.", DEMO, "2013", "year");
        is("He was admitted yesterday.", DEMO, "2016-07-13", "day");
        is("Cases fell in January last year.", DEMO, "2015-01", "month");
        is("Arrivals rose in the first four weeks of the year.", LocalDate.of(2018, 3, 1), "2018-01-01/2018-01-28",
                "interval");
        is("Output grew in the first quarter of 2023.", null, "2023-01-01/2023-03-31", "interval");
        is("Spending fell last week.", DEMO, "2016-07-04/2016-07-10", "interval");
    }

    @Test
    void theFutureLooksForward() {
        is("Kerry will meet Lavrov on Friday.", DEMO, "2016-07-15", "day");
        is("The regulator will announce the next cap in February.", DEMO, "2017-02", "month");
        is("a transition beginning by August", DEMO, "2016-08", "month");
    }

    @Test
    void withoutAPublicationDateRelativeDatesSaySo() {
        DateMention d = one("launched air strikes last September.", null);
        assertThat(d.value()).isNull();
        assertThat(d.resolved()).isFalse();
        assertThat(d.precision()).isEqualTo("month");
        assertThat(d.note()).contains("publication date").contains("not known");
    }

    @Test
    void mayTheVerbAndNumbersAreNoDates() {
        assertThat(Dates.read("An agreement may be reached.", DEMO)).isEmpty();
        assertThat(Dates.read("March on the capital.", DEMO)).isEmpty();
        assertThat(Dates.read("killing more than 2016 people", DEMO)).isEmpty();
    }
}
