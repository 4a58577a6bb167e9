package io.factdesk.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.article.TextNormalizer;
import io.factdesk.figures.DateMention;
import io.factdesk.figures.Figure;
import io.factdesk.suggest.Sentences.Sentence;
import io.factdesk.suggest.Suggester.Reading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The suggestions a reviewer gets for the demo article (src/main/resources/demo), read end to end. */
class SuggesterTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2016, 7, 14);
    private static String body;
    private static List<Topics.TopicKeywords> topics;

    @BeforeAll
    static void demo() throws IOException {
        try (InputStream in = SuggesterTest.class.getResourceAsStream("/demo/syria-2016-07-14.txt")) {
            body = TextNormalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        topics = SeededKeywords.defaultTopics();
    }

    private static String byCodePoints(int start, int end) {
        return body.substring(body.offsetByCodePoints(0, start), body.offsetByCodePoints(0, end));
    }

    @Test
    void theCasualtySentenceIsSuggestedWithItsReasonsFiguresAndTopic() {
        List<Suggestion> suggestions = new Suggester().suggest(body, "en", PUBLISHED, topics);
        Suggestion casualties = suggestions.stream().filter(s -> s.exact().contains("450.000")).findFirst().orElseThrow();
        assertThat(casualties.exact()).startsWith("Assad regime actions in Syria").endsWith("out of their homes.");
        assertThat(byCodePoints(casualties.start(), casualties.end())).isEqualTo(casualties.exact());
        assertThat(casualties.score()).isGreaterThanOrEqualTo(new Suggester().threshold()).isLessThanOrEqualTo(1);
        assertThat(casualties.reasons()).contains(
                "a figure: more than 450.000 Syrians (at least 450,000 people); more than 12 million (at least 12,000,000)");
        assertThat(casualties.reasons()).anyMatch(r -> r.startsWith("a cause: resulted in"));
        assertThat(casualties.topic()).isEqualTo("Casualty figures");
        assertThat(casualties.topicWhy()).contains("killing");
        assertThat(casualties.figures()).hasSize(2);
        Figure killed = casualties.figures().get(0);
        assertThat(byCodePoints(killed.start(), killed.end())).isEqualTo("more than 450.000 Syrians");
        assertThat(killed.low()).isEqualTo(450_000);
        assertThat(killed.high()).isNull();
        assertThat(casualties.figures().get(1).low()).isEqualTo(12_000_000);
    }

    @Test
    void aLongArticleReadInParallelGetsEachCopysSuggestionsInOrder() {
        List<Suggestion> one = new Suggester().suggest(body, "en", PUBLISHED, topics);
        String separator = "\n\n";
        int copies = 20;
        String longBody = String.join(separator, java.util.Collections.nCopies(copies, body));
        assertThat(Sentences.split(longBody).size()).as("enough sentences to be read in parallel")
                .isGreaterThanOrEqualTo(Suggester.PARALLEL_FROM);

        List<Suggestion> all = new Suggester().suggest(longBody, "en", PUBLISHED, topics);

        int copyLength = body.codePointCount(0, body.length()) + separator.length();
        List<String> expected = new java.util.ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (Suggestion s : one) {
                expected.add((s.start() + c * copyLength) + "-" + (s.end() + c * copyLength) + " " + s.score());
            }
        }
        assertThat(all.stream().map(s -> s.start() + "-" + s.end() + " " + s.score()).toList())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void suggestionsComeInTextOrderAndNeverAHeading() {
        List<Suggestion> suggestions = new Suggester(0.0).suggest(body, "en", PUBLISHED, topics);
        assertThat(suggestions).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
        assertThat(suggestions).extracting(Suggestion::exact).doesNotContain("US-Russian cooperation");
        assertThat(suggestions).allSatisfy(s -> assertThat(byCodePoints(s.start(), s.end())).isEqualTo(s.exact()));
        List<Reading> all = new Suggester().read(body, "en", PUBLISHED, false);
        Reading heading = all.stream().filter(r -> r.sentence().text().equals("US-Russian cooperation")).findFirst()
                .orElseThrow();
        assertThat(heading.sentence().excluded()).contains("heading");
        assertThat(suggestions).hasSize((int) all.stream().filter(r -> r.sentence().candidate()).count());
    }

    @Test
    void theThresholdDecidesWhatIsShown() {
        int low = new Suggester(0.05).suggest(body, "en", PUBLISHED, topics).size();
        int shipped = new Suggester().suggest(body, "en", PUBLISHED, topics).size();
        assertThat(new Suggester(1.0).suggest(body, "en", PUBLISHED, topics)).isEmpty();
        assertThat(low).isGreaterThan(shipped);
        assertThat(shipped).isPositive();
    }

    @Test
    void demoFiguresAndDatesAreReadInTheirSentences() {
        List<Reading> all = new Suggester().read(body, "en", PUBLISHED, false);
        List<Figure> figures = all.stream().flatMap(r -> r.figures().stream()).toList();
        assertThat(figures).extracting(Figure::text).contains("five-year", "22-nation", "more than 450.000 Syrians",
                "more than 12 million");
        Figure war = figures.stream().filter(f -> f.text().equals("five-year")).findFirst().orElseThrow();
        assertThat(war.value()).isEqualTo(5);
        assertThat(war.unit()).isEqualTo("year");
        assertThat(byCodePoints(war.start(), war.end())).isEqualTo("five-year");
        DateMention september = all.stream().flatMap(r -> r.dates().stream())
                .filter(d -> d.text().equals("last September")).findFirst().orElseThrow();
        assertThat(september.value()).isEqualTo("2015-09");
        assertThat(byCodePoints(september.start(), september.end())).isEqualTo("last September");
    }

    @Test
    void withoutAPublicationDateRelativeDatesStayUnresolved() {
        List<Reading> all = new Suggester().read(body, "en", null, false);
        DateMention september = all.stream().flatMap(r -> r.dates().stream())
                .filter(d -> d.text().equals("last September")).findFirst().orElseThrow();
        assertThat(september.value()).isNull();
        assertThat(september.note()).contains("not known");
    }

    @Test
    void sentencesStayInsideParagraphs() {
        List<Sentence> sentences = Sentences.split(body);
        List<TextNormalizer.Paragraph> paragraphs = TextNormalizer.paragraphs(body);
        assertThat(sentences).allSatisfy(s -> assertThat(paragraphs)
                .anyMatch(p -> p.start() <= s.start() && s.end() <= p.end()));
        assertThat(sentences.get(0).text()).startsWith("Bashar al-Assad, the current Syrian president");
    }

    @Test
    void assadInsistedIsBasharAlAssad() {
        Claimants claimants = new Claimants();
        String insisted = null;
        String earnest = null;
        String karagonov = null;
        for (Sentence s : Sentences.split(body)) {
            String proposed = claimants.propose(s);
            if (s.text().startsWith("Speaking to NBC News")) {
                insisted = proposed;
            }
            if (s.text().startsWith("Sergey Karagonov")) {
                karagonov = proposed;
            }
            if (s.text().startsWith("White House spokesman")) {
                earnest = proposed;
            }
            claimants.read(s);
        }
        assertThat(insisted).isEqualTo("Bashar al-Assad");
        assertThat(earnest).isEqualTo("Josh Earnest");
        assertThat(karagonov).as("told Al Jazeera: the listener is no claimant").isEqualTo("Sergey Karagonov");
    }
}
