package io.factdesk.suggest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.factdesk.figures.DateView;
import io.factdesk.figures.FigureView;
import java.util.List;

/**
 * A suggestion as the API shows it (docs/api.md, "Suggestions"): the sentence's place in the body in
 * code points, end excluded, its score (0 to 1, three decimals) and reasons, the proposed topic and
 * claimant (or null), the claim that already covers it ({@code claimed}, or null), whether a reviewer
 * dismissed it, its figures and dates with their places in the body, and the clause that holds each
 * figure ({@code clauses}, {@code figure} the index into {@code figures}; only clauses shorter than the
 * sentence, so often none). Nulls are written: a
 * missing topic is an answer ("none fits"), not an omission.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SuggestionView(int start, int end, String exact, double score, List<String> reasons, String topic,
        String claimant, Long claimed, boolean dismissed, List<FigureView> figures, List<DateView> dates,
        List<Clauses.Clause> clauses) {

    /** The answer of the list: the suggestions in text order. */
    public record Items(List<SuggestionView> items) {
    }

    static SuggestionView of(Suggestion s, String topic, Long claimed, boolean dismissed) {
        return new SuggestionView(s.start(), s.end(), s.exact(), Math.round(s.score() * 1000) / 1000.0,
                List.copyOf(s.reasons()), topic, s.claimant(), claimed, dismissed,
                s.figures().stream().map(FigureView::of).toList(), s.dates().stream().map(DateView::of).toList(),
                List.copyOf(s.clauses()));
    }
}
