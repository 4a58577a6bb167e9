package io.factdesk.suggest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A suggestion as the API shows it (docs/api.md, "Suggestions"): the sentence's place in the body in
 * code points, end excluded, its score (0 to 1, three decimals) and reasons, the proposed topic and
 * claimant (or null), the claim that already covers it ({@code claimed}, or null), whether a reviewer
 * dismissed it, and its figures and dates with their places in the body. Nulls are written: a
 * missing topic is an answer ("none fits"), not an omission.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SuggestionView(int start, int end, String exact, double score, List<String> reasons, String topic,
        String claimant, Long claimed, boolean dismissed, List<FigureView> figures, List<DateView> dates) {

    /** The answer of the list: the suggestions in text order. */
    public record Items(List<SuggestionView> items) {
    }

    /**
     * A quantity read as a value: {@code low}/{@code high} are null where the text leaves that side
     * open ("more than 450.000": low 450000, high null); a plain number has low = high = value.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FigureView(String text, int start, int end, double value, Double low, Double high, String unit,
            boolean approximate) {

        static FigureView of(Figure f) {
            return of(f, 0);
        }

        /** With the offsets moved by {@code by} code points (from a quote's to the body's). */
        static FigureView of(Figure f, int by) {
            return new FigureView(f.text(), f.start() + by, f.end() + by, f.value(), f.low(), f.high(), f.unit(),
                    f.approximate());
        }
    }

    /**
     * A date or period: {@code value} is ISO 8601 ("2016", "2016-07", "2016-07-14" or an interval
     * "a/b") with its {@code precision} (year, month, day, interval); null when it is relative to a
     * publication date the article does not give.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DateView(String text, int start, int end, String value, String precision) {

        static DateView of(DateMention d) {
            return of(d, 0);
        }

        /** With the offsets moved by {@code by} code points (from a quote's to the body's). */
        static DateView of(DateMention d, int by) {
            return new DateView(d.text(), d.start() + by, d.end() + by, d.value(), d.precision());
        }
    }

    static SuggestionView of(Suggestion s, String topic, Long claimed, boolean dismissed) {
        return new SuggestionView(s.start(), s.end(), s.exact(), Math.round(s.score() * 1000) / 1000.0,
                List.copyOf(s.reasons()), topic, s.claimant(), claimed, dismissed,
                s.figures().stream().map(FigureView::of).toList(), s.dates().stream().map(DateView::of).toList());
    }
}
