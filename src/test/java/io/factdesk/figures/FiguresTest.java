package io.factdesk.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every figure form of docs/suggestions.md, read as a reviewer would read it. */
class FiguresTest {

    private static Figure one(String text) {
        return one(text, "en");
    }

    private static Figure one(String text, String language) {
        List<Figure> figures = Figures.read(text, language);
        assertThat(figures).as("figures in %s", text).hasSize(1);
        return figures.get(0);
    }

    private static void plain(Figure f, double value, String unit) {
        assertThat(f.value()).isCloseTo(value, within(1e-6));
        assertThat(f.low()).isCloseTo(value, within(1e-6));
        assertThat(f.high()).isCloseTo(value, within(1e-6));
        assertThat(f.unit()).isEqualTo(unit);
        assertThat(f.approximate()).isFalse();
    }

    @Test
    void demoCasualtiesAreALowerBoundOfPeopleNotAFraction() {
        String text = "a crisis that resulted in killing more than 450.000 Syrians and displacing more than 12 million"
                + " out of their homes.";
        List<Figure> figures = Figures.read(text, "en");
        assertThat(figures).extracting(Figure::text).containsExactly("more than 450.000 Syrians", "more than 12 million");
        Figure killed = figures.get(0);
        assertThat(killed.value()).isEqualTo(450_000);
        assertThat(killed.low()).isEqualTo(450_000);
        assertThat(killed.high()).isNull();
        assertThat(killed.unit()).isEqualTo("people");
        assertThat(killed.start()).isEqualTo(text.indexOf("more than 450"));
        Figure displaced = figures.get(1);
        assertThat(displaced.value()).isEqualTo(12_000_000);
        assertThat(displaced.low()).isEqualTo(12_000_000);
        assertThat(displaced.high()).isNull();
        assertThat(displaced.unit()).isNull();
    }

    @Test
    void separatorsFollowTheLanguage() {
        plain(one("1,603 people"), 1603, "people");
        plain(one("1,234,567 votes"), 1_234_567, "votes");
        plain(one("a rate of 1.25 points"), 1.25, "points");
        plain(one("prices rose 12,5 % in a year", "de"), 12.5, "%");
        plain(one("prices rose 12,5 % in a year", "en"), 12.5, "%");
        plain(one("1.500 Menschen", "de"), 1500, null);
        plain(one("1,500 Menschen", "de"), 1.5, null);
        plain(one("1.234,5 km", "de"), 1234.5, "km");
        plain(one("1,234.5 km", "en"), 1234.5, "km");
    }

    @Test
    void scalesAndCurrencies() {
        plain(one("1.2 million people"), 1_200_000, "people");
        plain(one("The government borrowed £14.3bn in April."), 14_300_000_000.0, "GBP");
        plain(one("3.6m passengers"), 3_600_000, "passengers");
        plain(one("a fund of $2.5 billion"), 2_500_000_000.0, "USD");
        plain(one("€300m for schools"), 300_000_000, "EUR");
        plain(one("14 euros an hour"), 14, "EUR");
        plain(one("3.6m pounds a day"), 3_600_000, "GBP");
        plain(one("a 400-euro discount"), 400, "EUR");
        plain(one("US$40 a barrel"), 40, "USD");
    }

    @Test
    void numberWordsFractionsAndShares() {
        plain(one("two trucks"), 2, "trucks");
        plain(one("twelve million people"), 12_000_000, "people");
        plain(one("twenty-five seats"), 25, "seats");
        plain(one("two hundred and fifty homes"), 250, "homes");
        plain(one("half of the patients"), 0.5, "share");
        plain(one("cut by a third since 2015"), 1.0 / 3, "share");
        plain(one("two thirds of voters"), 2.0 / 3, "share");
        plain(one("one in three adults"), 1.0 / 3, "share");
        plain(one("1 in 5 posts"), 0.2, "share");
        assertThat(Figures.read("one of the largest", "en")).isEmpty();
    }

    @Test
    void multiplesPercentagesAndCountedThings() {
        plain(one("Fuel prices have tripled."), 3, "times");
        plain(one("Admissions doubled."), 2, "times");
        plain(one("seven times the salary"), 7, "times");
        plain(one("a rise of 45%"), 45, "%");
        plain(one("a rise of 45 per cent"), 45, "%");
        plain(one("a rise of 45 percent"), 45, "%");
        plain(one("up 6 percentage points"), 6, "percentage points");
        plain(one("46 aid trucks were blocked"), 46, "trucks");
        plain(one("150 seats"), 150, "seats");
        plain(one("4,000 armed fighters"), 4000, "fighters");
        plain(one("the five largest energy suppliers"), 5, "suppliers");
    }

    @Test
    void durationsAndCompounds() {
        plain(one("a 48 hours strike"), 48, "hour");
        plain(one("Syria's five-year civil war"), 5, "year");
        plain(one("a 48-hour strike"), 48, "hour");
        plain(one("the 22-nation, US and Russian-led International Syria Support Group"), 22, "nation");
        plain(one("for 14 months"), 14, "month");
    }

    @Test
    void boundsFromTheWordsBefore() {
        Figure over = one("over 300 people");
        assertThat(over.low()).isEqualTo(300);
        assertThat(over.high()).isNull();
        Figure atLeast = one("at least 37 civilians");
        assertThat(atLeast.low()).isEqualTo(37);
        assertThat(atLeast.high()).isNull();
        assertThat(atLeast.unit()).isEqualTo("civilians");
        Figure fewer = one("fewer than 250,000 residents");
        assertThat(fewer.low()).isNull();
        assertThat(fewer.high()).isEqualTo(250_000);
        Figure upTo = one("up to 60 mm of rain");
        assertThat(upTo.low()).isNull();
        assertThat(upTo.high()).isEqualTo(60);
        Figure about = one("about 600,000 residents");
        assertThat(about.approximate()).isTrue();
        assertThat(about.low()).isEqualTo(600_000);
        assertThat(about.high()).isEqualTo(600_000);
        for (String nearly : List.of("nearly 1,000 homes", "almost 1,000 homes")) {
            Figure f = one(nearly);
            assertThat(f.approximate()).isTrue();
            assertThat(f.low()).isNull();
            assertThat(f.high()).isEqualTo(1000);
        }
        assertThat(one("Unemployment edged up to 4.3%").high()).isEqualTo(4.3);
        assertThat(one("Unemployment edged up to 4.3%").low()).isEqualTo(4.3);
    }

    @Test
    void ranges() {
        Figure between = one("between 1,500 and 3,000 euros");
        assertThat(between.value()).isEqualTo(1500);
        assertThat(between.low()).isEqualTo(1500);
        assertThat(between.high()).isEqualTo(3000);
        assertThat(between.unit()).isEqualTo("EUR");
        Figure millions = one("between 2 and 3 million people");
        assertThat(millions.low()).isEqualTo(2_000_000);
        assertThat(millions.high()).isEqualTo(3_000_000);
        Figure words = one("between two and three million people");
        assertThat(words.low()).isEqualTo(2_000_000);
        assertThat(words.high()).isEqualTo(3_000_000);
        Figure to = one("aged 18 to 24");
        assertThat(to.low()).isEqualTo(18);
        assertThat(to.high()).isEqualTo(24);
        Figure dash = one("200-300 trucks");
        assertThat(dash.low()).isEqualTo(200);
        assertThat(dash.high()).isEqualTo(300);
        assertThat(dash.unit()).isEqualTo("trucks");
        // "from X to Y" is a change: two figures, not a range
        assertThat(Figures.read("fell from 310 to 190 over the period", "en")).extracting(Figure::value)
                .containsExactly(310.0, 190.0);
    }

    @Test
    void namesCodesTimesAndYearsAreNoFigures() {
        assertThat(Figures.read("G20 leaders discussed Covid-19 at 10:30 on the 1st", "en")).isEmpty();
        assertThat(Figures.read("the 2016 budget", "en")).isEmpty();
        assertThat(Figures.read("in the 1990s", "en")).isEmpty();
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "𝔸 rose 12% overnight";
        Figure f = one(text);
        assertThat(f.start()).isEqualTo(7);
        assertThat(f.end()).isEqualTo(10);
        assertThat(f.text()).isEqualTo("12%");
    }

    @Test
    void keysAreTheLabelledForm() {
        assertThat(one("more than 450.000 Syrians").key()).isEqualTo("450000[450000..] people");
        assertThat(one("up to 18").key()).isEqualTo("18[..18]");
        assertThat(one("a third").key()).isEqualTo("0.333333 share");
        assertThat(one("£14.3bn").key()).isEqualTo("14300000000 GBP");
    }
}
