package io.factdesk.desk;

import io.factdesk.claim.ReaderText;
import io.factdesk.claim.Topic;
import io.factdesk.figures.DateView;
import io.factdesk.figures.FigureView;
import io.factdesk.suggest.Clauses;
import io.factdesk.suggest.SuggestionView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reader's suggested sentences (docs/ui.md, "Suggested claims"), as the page shows them: the open
 * ones (neither covered by a claim nor dismissed) marked in the text and listed beside it, the dismissed
 * ones listed apart so that they can be brought back. Built once per chain head with the reader's text
 * ({@code ArticlePages.ReaderParts}): a dismissal or a new claim appends a history event, so the head
 * moves and the reader is rendered again.
 */
public record ReaderSuggestions(List<Card> open, List<Card> dismissed, int claimed) {

    /**
     * One suggestion, ready for the page and for the new-claim form: {@code topicId} only when the engine
     * proposes an active topic (the form then preselects it; otherwise the reviewer chooses), and
     * {@code claimDate} only when the sentence names a day (the form's date field takes nothing less).
     * {@code clauses} are the narrower quotes the reviewer may take instead of the sentence: the clauses
     * holding its figures, each place once, in text order.
     */
    public record Card(String key, int start, int end, String exact, String score, List<String> reasons,
            String topic, Long topicId, String claimant, String claimDate, List<String> figures, List<String> dates,
            List<Clause> clauses) {

        /** The clause at {@code start}–{@code end}, or null. */
        Clause clause(int start, int end) {
            return clauses.stream().filter(c -> c.start() == start && c.end() == end).findFirst().orElse(null);
        }

        /** The reasons in one line, as the tooltip and the list show them. */
        public String why() {
            return String.join("; ", reasons);
        }
    }

    /** A clause of a suggested sentence that holds a figure: its place ("start-end", code points) and words. */
    public record Clause(String key, int start, int end, String exact) {
    }

    static ReaderSuggestions of(List<SuggestionView> views, List<Topic> topics) {
        Map<String, Long> topicIds = topics.stream()
                .collect(Collectors.toMap(t -> t.name.toLowerCase(Locale.ROOT), t -> t.id, (a, b) -> a));
        List<Card> open = new ArrayList<>();
        List<Card> dismissed = new ArrayList<>();
        int claimed = 0;
        for (SuggestionView v : views) {
            if (v.claimed() != null) {
                claimed++;
            } else if (v.dismissed()) {
                dismissed.add(card(v, topicIds::get));
            } else {
                open.add(card(v, topicIds::get));
            }
        }
        return new ReaderSuggestions(List.copyOf(open), List.copyOf(dismissed), claimed);
    }

    /** Every suggestion the engine made for this body: the open, the dismissed and the claimed. */
    public int total() {
        return open.size() + dismissed.size() + claimed;
    }

    /** The open suggestions as passages of the text, to be marked there. */
    List<ReaderText.Passage> passages() {
        return open.stream().map(c -> new ReaderText.Passage(c.start(), c.end(), c.key())).toList();
    }

    /** The open suggestion of that key, for the marks in the text. */
    public Card card(String key) {
        return open.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    /** The suggestion (open or dismissed) at {@code start}–{@code end}, or null. */
    Card at(int start, int end) {
        return Stream.concat(open.stream(), dismissed.stream())
                .filter(c -> c.start() == start && c.end() == end).findFirst().orElse(null);
    }

    long weight() {
        long w = 64;
        for (Card c : open) {
            w += 300 + c.exact().length() * 2L + c.clauses().stream().mapToLong(l -> 60 + l.exact().length() * 2L)
                    .sum();
        }
        for (Card c : dismissed) {
            w += 300 + c.exact().length() * 2L;
        }
        return w;
    }

    private static Card card(SuggestionView v, Function<String, Long> topicId) {
        Long topic = v.topic() == null ? null : topicId.apply(v.topic().toLowerCase(Locale.ROOT));
        String day = v.dates().stream().filter(d -> "day".equals(d.precision()) && d.value() != null)
                .map(DateView::value).findFirst().orElse(null);
        return new Card(v.start() + "-" + v.end(), v.start(), v.end(), v.exact(),
                String.format(Locale.ROOT, "%.2f", v.score()), v.reasons(), topic == null ? null : v.topic(), topic,
                v.claimant(), day, v.figures().stream().map(ReaderSuggestions::figure).toList(),
                v.dates().stream().map(d -> d.value() == null ? d.text() : d.text() + " → " + d.value()).toList(),
                v.clauses().stream().sorted(Comparator.comparingInt(Clauses.Clause::start)
                        .thenComparingInt(Clauses.Clause::end))
                        .map(c -> new Clause(c.start() + "-" + c.end(), c.start(), c.end(), c.exact())).distinct()
                        .toList());
    }

    /** "more than 450.000 → at least 450000 people": the words, then the value read from them. */
    static String figure(FigureView f) {
        String unit = f.unit() == null || f.unit().isBlank() ? "" : " " + f.unit();
        String value;
        if (f.low() != null && f.high() != null && f.low().equals(f.high())) {
            value = number(f.low());
        } else if (f.low() != null && f.high() != null) {
            value = number(f.low()) + "–" + number(f.high());
        } else if (f.low() != null) {
            value = "at least " + number(f.low());
        } else if (f.high() != null) {
            value = "at most " + number(f.high());
        } else {
            value = number(f.value());
        }
        return f.text() + " → " + (f.approximate() ? "about " : "") + value + unit;
    }

    private static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
