package io.factdesk.suggest;

import io.factdesk.figures.DateMention;
import io.factdesk.figures.Figure;
import java.util.List;

/**
 * A sentence proposed for checking: its place in the body (code points, end exclusive, like claim
 * anchors), its score from 0 to 1, the reasons in plain words, the proposed topic (or null, with
 * {@code topicWhy} saying why either way), the proposed claimant (or null), and its figures and dates
 * with offsets in the body, and the clause that holds each figure where it is shorter than the
 * sentence ({@link Clauses}).
 */
public record Suggestion(int start, int end, String exact, double score, List<String> reasons, String topic,
        String topicWhy, String claimant, List<Figure> figures, List<DateMention> dates,
        List<Clauses.Clause> clauses) {}
