package io.factdesk.match;

import io.factdesk.figures.DateMention;
import io.factdesk.figures.Dates;
import io.factdesk.figures.FigureView;
import io.factdesk.figures.QuoteReading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What keeps two texts that share their words from being called the same claim (docs/matching.md,
 * "Matches and guards"): different figures (value or bounds, read by {@code figures}), different dates
 * (read by {@code figures.Dates}), different names, negation on one side only, or opposite directions. Each difference is said in plain words; word matching cannot see
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

    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*(?:-\\p{Lu}[\\p{L}]*)*");

    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "i");

    /**
     * A text as the guards read it: its figures, its dates (each by a key: the ISO value, or the date's own words
     * when it is relative and the publication date is not known), its names (capitalised words not starting a
     * sentence), the lower-cased words of the whole text, its negation cue and its direction.
     */
    record Reading(List<FigureView> figures, Map<String, String> dates, List<String> names, Set<String> words,
            String negation, int direction) {
    }

    static Reading read(String text, String language, LocalDate published) {
        List<FigureView> figures = QuoteReading.of(text, 0, language, published).figures();
        Map<String, String> dates = new LinkedHashMap<>();
        for (DateMention d : Dates.read(text, published)) {
            dates.putIfAbsent(dateKey(d), d.text());
        }
        Set<String> words = new HashSet<>();
        String negation = null;
        int rising = 0;
        int falling = 0;
        String previous = null;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            words.add(possessive(w));
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
        return new Reading(figures, dates, names(text), words, negation, direction);
    }

    /** A date's ISO value, or for one that could not be resolved its words in order-free form ("3 March" = "March 3"). */
    private static String dateKey(DateMention d) {
        if (d.value() != null) {
            return d.value();
        }
        String[] parts = d.text().toLowerCase(Locale.ROOT).replaceAll("(\\d)(st|nd|rd|th)\\b", "$1")
                .split("[^\\p{L}\\p{N}]+");
        Arrays.sort(parts);
        return String.join(" ", parts).strip();
    }

    /** Capitalised words that do not start a sentence or a line, months and weekdays aside: names of places, people, bodies. */
    private static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start()).stripTrailing();
            if (before.isEmpty() || before.endsWith(".") || before.endsWith("!") || before.endsWith("?")
                    || before.endsWith(":") || before.endsWith("\"") || before.endsWith("“")
                    || text.substring(0, m.start()).endsWith("\n")) {
                continue;
            }
            String w = possessive(m.group());
            if (!NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)) && !out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether the words have the name, or a word it begins or that begins it ("Kestria", "Kestrian"). */
    private static boolean named(String name, Set<String> words) {
        String n = name.toLowerCase(Locale.ROOT);
        if (words.contains(n)) {
            return true;
        }
        return words.stream().anyMatch(w -> Math.min(w.length(), n.length()) >= 5 && (w.startsWith(n) || n.startsWith(w)));
    }

    private static String possessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
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
        if (!text.dates().isEmpty() && !match.dates().isEmpty()) {
            List<String> onlyText = text.dates().keySet().stream().filter(k -> !match.dates().containsKey(k)).toList();
            List<String> onlyMatch = match.dates().keySet().stream().filter(k -> !text.dates().containsKey(k)).toList();
            if (!onlyText.isEmpty() || !onlyMatch.isEmpty()) {
                out.add("date: " + (onlyText.isEmpty() ? "not in this text" : text.dates().get(onlyText.get(0)))
                        + " → " + (onlyMatch.isEmpty() ? "not in the match" : match.dates().get(onlyMatch.get(0))));
            }
        }
        // a name on each side that the other text does not have at all: another place, person or body
        List<String> nameOnlyText = text.names().stream().filter(n -> !named(n, match.words())).toList();
        List<String> nameOnlyMatch = match.names().stream().filter(n -> !named(n, text.words())).toList();
        if (!nameOnlyText.isEmpty() && !nameOnlyMatch.isEmpty()) {
            out.add("name: " + nameOnlyText.get(0) + " → " + nameOnlyMatch.get(0));
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
