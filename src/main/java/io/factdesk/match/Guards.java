package io.factdesk.match;

import io.factdesk.figures.FigureView;
import io.factdesk.figures.QuoteReading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What keeps two texts that share their words from being called the same claim (docs/matching.md,
 * "Matches and guards"): different figures (value or bounds, read by {@code figures}), negation on one
 * side only, or opposite directions. Each difference is said in plain words; word matching cannot see
 * them, since the analyzer drops "not" and a number's digits weigh as little as any word.
 */
final class Guards {

    private Guards() {
    }

    /** Words that deny what follows or what was said. */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing",
            "neither", "nor", "without", "cannot", "denied", "denies", "deny", "denying");

    private static final Set<String> RISING = Set.of("rise", "rises", "rose", "risen", "rising", "increase",
            "increased", "increases", "increasing", "up", "grew", "grow", "grows", "growing", "grown", "growth",
            "higher", "climb", "climbed", "climbs", "climbing", "soar", "soared", "soaring", "surge", "surged",
            "jump", "jumped", "gain", "gained", "doubled", "tripled", "more");

    private static final Set<String> FALLING = Set.of("fall", "falls", "fell", "fallen", "falling", "decrease",
            "decreased", "decreases", "decreasing", "down", "drop", "dropped", "drops", "dropping", "decline",
            "declined", "declines", "declining", "shrank", "shrink", "shrinks", "shrunk", "shrinking", "lower",
            "cut", "cuts", "reduced", "reduce", "plunged", "plummeted", "slumped", "halved", "fewer", "less");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    /** A text as the guards read it: its figures, its negation cue and its direction. */
    record Reading(List<FigureView> figures, String negation, int direction) {
    }

    static Reading read(String text, String language, LocalDate published) {
        List<FigureView> figures = QuoteReading.of(text, 0, language, published).figures();
        String negation = null;
        int rising = 0;
        int falling = 0;
        String previous = null;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (negation == null) {
                if (w.endsWith("n't") || w.endsWith("n’t")) {
                    negation = w;
                } else if (w.equals("not") && previous != null) {
                    negation = previous + " not";
                } else if (NEGATIONS.contains(w)) {
                    negation = w;
                }
            }
            // "more than 450,000" bounds a figure; it says nothing of a direction
            if (RISING.contains(w) && !(w.equals("more") && followedByThan(text, m.end()))) {
                rising++;
            } else if (FALLING.contains(w) && !((w.equals("less") || w.equals("fewer")) && followedByThan(text, m.end()))) {
                falling++;
            }
            previous = w;
        }
        int direction = rising > 0 && falling == 0 ? 1 : falling > 0 && rising == 0 ? -1 : 0;
        return new Reading(figures, negation, direction);
    }

    private static boolean followedByThan(String text, int at) {
        return text.substring(at).stripLeading().toLowerCase(Locale.ROOT).startsWith("than");
    }

    /** The differences between a text and a match, said as "kind: this text → the match". */
    static List<String> differences(Reading text, Reading match) {
        List<String> out = new ArrayList<>();
        if (!text.figures().isEmpty() && !match.figures().isEmpty()) {
            List<FigureView> onlyText = unmatched(text.figures(), match.figures());
            List<FigureView> onlyMatch = unmatched(match.figures(), text.figures());
            if (!onlyText.isEmpty() && !onlyMatch.isEmpty()) {
                out.add("figure: " + onlyText.get(0).text() + " → " + onlyMatch.get(0).text());
            } else if (!onlyText.isEmpty()) {
                out.add("figure: " + onlyText.get(0).text() + " → not in the match");
            } else if (!onlyMatch.isEmpty()) {
                out.add("figure: not in this text → " + onlyMatch.get(0).text());
            }
        }
        if ((text.negation() == null) != (match.negation() == null)) {
            out.add("negation: '" + (text.negation() != null ? text.negation() : match.negation()) + "'"
                    + (text.negation() != null ? " in this text only" : " in the match only"));
        }
        if (text.direction() != 0 && match.direction() != 0 && text.direction() != match.direction()) {
            out.add("direction: " + word(text.direction()) + " vs " + word(match.direction()));
        }
        return out;
    }

    private static String word(int direction) {
        return direction > 0 ? "rising" : "falling";
    }

    private static List<FigureView> unmatched(List<FigureView> these, List<FigureView> others) {
        return these.stream().filter(f -> others.stream().noneMatch(o -> sameQuantity(f, o))).toList();
    }

    /** The same value and the same bounds; the unit is the counted thing, which the words already compare. */
    private static boolean sameQuantity(FigureView a, FigureView b) {
        return close(a.value(), b.value()) && Objects.equals(a.low() == null, b.low() == null)
                && Objects.equals(a.high() == null, b.high() == null)
                && (a.low() == null || close(a.low(), b.low())) && (a.high() == null || close(a.high(), b.high()));
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }
}
