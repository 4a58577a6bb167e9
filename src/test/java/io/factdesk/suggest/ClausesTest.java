package io.factdesk.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.article.TextNormalizer;
import io.factdesk.figures.DateMention;
import io.factdesk.figures.Dates;
import io.factdesk.figures.Figure;
import io.factdesk.figures.Figures;
import io.factdesk.suggest.Clauses.Clause;
import io.factdesk.suggest.Sentences.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The clause that holds a figure (docs/suggestions.md, "Clauses"), in the demo article and in single sentences. */
class ClausesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2016, 7, 14);
    private static String body;

    @BeforeAll
    static void demo() throws IOException {
        try (InputStream in = ClausesTest.class.getResourceAsStream("/demo/syria-2016-07-14.txt")) {
            body = TextNormalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The clauses of a text of one sentence, read as the engine reads it (offsets are the text's). */
    private static List<Clause> clauses(String sentence) {
        Sentence s = Sentences.split(sentence).get(0);
        assertThat(s.text()).isEqualTo(sentence);
        List<DateMention> dates = Dates.read(s.text(), PUBLISHED);
        List<Figure> figures = Figures.read(s.text(), "en", Dates.charSpans(s.text(), dates));
        return Clauses.of(s, figures, dates);
    }

    private static List<String> exact(String sentence) {
        return clauses(sentence).stream().map(Clause::exact).toList();
    }

    private static String byCodePoints(int start, int end) {
        return body.substring(body.offsetByCodePoints(0, start), body.offsetByCodePoints(0, end));
    }

    @Test
    void theDemoCasualtySentenceHasOneClausePerFigure() {
        Suggestion casualties = new Suggester().suggest(body, "en", PUBLISHED, List.of()).stream()
                .filter(s -> s.exact().contains("450.000")).findFirst().orElseThrow();
        assertThat(casualties.clauses()).extracting(Clause::exact).containsExactly(
                "Assad regime actions in Syria turned what was a peaceful uprising in Syria to a crisis that resulted"
                        + " in killing more than 450.000 Syrians",
                "displacing more than 12 million out of their homes");
        assertThat(casualties.clauses()).extracting(Clause::figure).containsExactly(0, 1);
        for (Clause c : casualties.clauses()) {
            Figure f = casualties.figures().get(c.figure());
            assertThat(byCodePoints(c.start(), c.end())).isEqualTo(c.exact());
            assertThat(c.start()).isGreaterThanOrEqualTo(casualties.start()).isLessThanOrEqualTo(f.start());
            assertThat(c.end()).isGreaterThanOrEqualTo(f.end()).isLessThan(casualties.end());
        }
    }

    @Test
    void aSentenceWithoutACutOffersNoClause() {
        List<Suggestion> all = new Suggester(0.0).suggest(body, "en", PUBLISHED, List.of());
        Suggestion war = all.stream().filter(s -> s.exact().contains("five-year")).findFirst().orElseThrow();
        assertThat(war.figures()).isNotEmpty();
        assertThat(war.clauses()).isEmpty();
        // "the 22-nation, US and Russian-led …": a list, not two clauses ("led" is part of a compound)
        Suggestion group = all.stream().filter(s -> s.exact().contains("22-nation")).findFirst().orElseThrow();
        assertThat(group.clauses()).isEmpty();
        assertThat(exact("The minister said 12 schools had closed.")).isEmpty();
    }

    @Test
    void semicolonsColonsAndDashesCutWithoutCuttingNumbers() {
        assertThat(exact("Police said 1,603 people were arrested; 450.000 fled the city."))
                .containsExactly("Police said 1,603 people were arrested", "450.000 fled the city");
        assertThat(exact("Inflation stood at 2.1% in June: the highest in five years."))
                .containsExactly("Inflation stood at 2.1% in June", "the highest in five years");
        assertThat(exact("Unemployment fell to 4.3% – the lowest since 2003 – but wages rose by only 1.2%."))
                .containsExactly("Unemployment fell to 4.3%", "wages rose by only 1.2%");
    }

    @Test
    void commasAndConjunctionsCutOnlyBetweenClausesWithTheirOwnVerbs() {
        assertThat(exact("Exports rose 5% in March, while imports fell 3%."))
                .containsExactly("Exports rose 5% in March", "imports fell 3%");
        // the comma after "The tax" leaves no verb on its left: no cut there
        assertThat(exact("The tax, which raised £3bn, was scrapped in 2019.")).containsExactly("The tax, which raised £3bn");
        // "and" inside a range and the comma inside a date are never cuts
        assertThat(exact("Between 200 and 300 people attended, officials said."))
                .containsExactly("Between 200 and 300 people attended");
        List<Clause> trucks = clauses("Officials said on July 14, 2016, that 46 aid trucks reached Aleppo and 20 more"
                + " were turned back.");
        assertThat(trucks).extracting(Clause::exact).containsExactly("that 46 aid trucks reached Aleppo",
                "20 more were turned back");
        assertThat(trucks).extracting(Clause::start).containsExactly(33, 71);
    }
}
