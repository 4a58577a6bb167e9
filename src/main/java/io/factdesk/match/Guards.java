package io.factdesk.match;

import io.factdesk.figures.DateMention;
import io.factdesk.figures.Dates;
import io.factdesk.figures.FigureView;
import io.factdesk.figures.QuoteReading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What keeps two texts that share their words from being called the same claim (docs/matching.md,
 * "Matches and guards"): different figures (value or bounds, read by {@code figures}), different dates
 * (read by {@code figures.Dates}), different names, another actor or subject written in lower case (a list of
 * actors, and words swapped in place or qualifying the same word), another part of the compass, negation on one
 * side only, or opposite directions. Each difference is said in plain words; word matching cannot see them, since
 * the analyzer drops "not" and a number's digits weigh as little as any word.
 */
final class Guards {

    private Guards() {
    }

    /** Words that deny what follows or what was said; "failed", "fails", "fail" only before "to". */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing",
            "neither", "nor", "without", "cannot", "denied", "denies", "deny", "denying", "refused", "refuses",
            "refuse", "refusing");

    private static final Set<String> FAILED = Set.of("failed", "fails", "fail", "failing");

    private static final Set<String> RISING = Set.of("rise", "rises", "rose", "risen", "rising", "increase",
            "increased", "increases", "increasing", "up", "grew", "grow", "grows", "growing", "grown", "growth",
            "higher", "climb", "climbed", "climbs", "climbing", "soar", "soared", "soaring", "surge", "surged",
            "jump", "jumped", "gain", "gained", "gains", "doubled", "tripled", "more", "raised", "raise", "raises",
            "boosted", "expanded");

    /**
     * Words of rising or falling that often say something else ("called up", "cut down", "more people"): they give a
     * text its direction only when it has no other word of rising or falling.
     */
    private static final Set<String> WEAK = Set.of("up", "down", "more", "less", "fewer");

    private static final Set<String> FALLING = Set.of("fall", "falls", "fell", "fallen", "falling", "decrease",
            "decreased", "decreases", "decreasing", "down", "drop", "dropped", "drops", "dropping", "decline",
            "declined", "declines", "declining", "shrank", "shrink", "shrinks", "shrunk", "shrinking", "lower",
            "cut", "cuts", "reduced", "reduce", "plunged", "plummeted", "slumped", "halved", "fewer", "less",
            "lowered", "lowers", "lost", "lose", "loses", "losing");

    /**
     * Opposites other than rising and falling, each a pair of word lists; a text with words of both sides of a pair
     * says neither. Checked in this order after rising/falling; the first pair on which the texts disagree is named.
     */
    private static final List<Opposites> OPPOSITES = List.of(
            new Opposites(Set.of("open", "opens", "opened", "opening", "reopened", "reopens"),
                    Set.of("close", "closes", "closed", "closing", "closure", "closures", "shut", "shuts", "shutting")),
            new Opposites(Set.of("highest", "most", "largest", "biggest", "greatest", "best", "hottest", "warmest",
                    "fastest", "wettest", "maximum", "record-high"),
                    Set.of("lowest", "fewest", "least", "smallest", "worst", "coldest", "coolest", "slowest",
                            "driest", "minimum", "record-low")),
            new Opposites(Set.of("arrived", "arrive", "arrives", "arriving", "arrival", "arrivals", "joined", "join",
                    "joins", "joining", "entered", "enter", "enters", "returned", "return", "returns", "returning",
                    "came", "immigrated"),
                    Set.of("left", "leave", "leaves", "leaving", "quit", "quits", "departed", "depart", "departures",
                            "emigrated", "emigrate", "fled", "flee")),
            new Opposites(Set.of("won", "win", "wins", "winning"), Set.of("lost", "lose", "loses", "losing",
                    "defeated")),
            new Opposites(Set.of("approved", "approve", "approves", "approving", "approval", "accepted", "backed",
                    "endorsed"),
                    Set.of("rejected", "reject", "rejects", "rejecting", "rejection", "vetoed", "blocked",
                            "overturned")),
            new Opposites(Set.of("before"), Set.of("after")),
            new Opposites(Set.of("above"), Set.of("below")));

    private static final Set<String> MOVED = Set.of("moved", "move", "moves", "moving", "went", "go", "goes", "going",
            "gone", "relocated");

    /** Two opposite word lists ("opened" / "closed"). */
    private record Opposites(Set<String> one, Set<String> other) {
    }

    /** Parts of the compass: a region named on each side that the other does not name is another place. */
    private static final Set<String> COMPASS = Set.of("north", "northern", "south", "southern", "east", "eastern",
            "west", "western", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
            "south-east", "south-west", "central");

    /**
     * Actors written in lower case: bodies, services, groups and trades a claim is about. Words of one group are
     * one actor ("police", "officers"); plurals and possessives are read as the word ("nurses'" = "nurse").
     */
    private static final List<Set<String>> ACTOR_GROUPS = Stream.of(
            "ministry minister ministers", "army military troops soldier soldiers forces", "navy sailor",
            "police officer policeman policemen constable", "council councillor", "court judge judges",
            "government cabinet", "opposition", "union", "hospital clinic", "parliament mp lawmaker",
            "regulator watchdog", "commission commissioner", "committee", "agency", "institute", "university",
            "company firm", "party", "nurse", "doctor physician gp", "teacher", "pupil student schoolchild",
            "firefighter fireman", "worker employee staff", "farmer", "driver", "prosecutor", "resident",
            "tenant renter", "landlord", "voter", "refugee asylum", "migrant immigrant", "pensioner retiree",
            "employer", "investor", "patient", "civilian", "journalist reporter", "scientist researcher",
            "athlete", "coach", "mayor", "governor", "president", "municipality",
            "charity", "association", "veteran", "prisoner inmate", "child children", "woman women",
            "man men", "youth", "bank", "insurer", "airline", "railway", "school")
            .map(g -> Set.of(g.split(" "))).toList();

    /** Words that tell who said it, not what was said. */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "claimed", "claims", "stated",
            "told", "announced", "announces", "reported", "warned", "warns", "insisted", "insists", "argued", "argues",
            "added", "according");

    /** Words that refer back to whoever said it: then who said it is part of the claim ("its members"). */
    private static final Set<String> BACK_REFERENCES = Set.of("it", "its", "itself", "they", "their", "them",
            "themselves", "we", "our", "us", "he", "his", "him", "she", "her");

    /** Words with little meaning of their own, never a swapped actor or subject nor the noun after one. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on",
            "at", "to", "for", "from", "by", "with", "as", "into", "onto", "about", "than", "that", "this", "these",
            "those", "there", "here", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did",
            "which", "who", "whom", "whose", "what", "when", "where", "while", "since", "until", "during", "per",
            "each", "every", "all", "some", "any", "only", "also", "just", "so", "such", "very", "their", "they",
            "them", "he", "she", "his", "her", "we", "our", "us", "i", "you", "your", "one");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*(?:-\\p{Lu}[\\p{L}]*)*");

    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "i");

    /** A word of the text: lower case, possessive dropped, and its place in the text. */
    record Token(String word, int start, int end) {
    }

    /**
     * A text as the guards read it: its figures, its dates (each by a key: the ISO value, or the date's own words
     * when it is relative and the publication date is not known), its names (capitalised words not starting a
     * sentence), the lower-cased words of the whole text, its negation cue, its direction, the first word of each
     * side of each pair of {@link #OPPOSITES} it has (or null), its words in order, the words [from, to) that say who
     * said it (none: from = to), and whether the rest refers back to them.
     */
    record Reading(String text, List<FigureView> figures, Map<String, String> dates, List<String> names,
            Set<String> words, String negation, int direction, List<String[]> opposites, List<Token> tokens,
            int saidFrom, int saidTo, boolean refersBack) {
    }

    static Reading read(String text, String language, LocalDate published) {
        List<FigureView> figures = QuoteReading.of(text, 0, language, published).figures();
        Map<String, String> dates = new LinkedHashMap<>();
        for (DateMention d : Dates.read(text, published)) {
            dates.putIfAbsent(dateKey(d), d.text());
        }
        Set<String> words = new HashSet<>();
        List<Token> tokens = new ArrayList<>();
        List<String[]> opposites = new ArrayList<>();
        for (int i = 0; i < OPPOSITES.size(); i++) {
            opposites.add(new String[2]);
        }
        String negation = null;
        int rising = 0;
        int falling = 0;
        String previous = null;
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            String w = m.group();
            words.add(possessive(w));
            tokens.add(new Token(possessive(w), m.start(), m.end()));
            if (negation == null) {
                if (w.endsWith("n't") || w.endsWith("n’t")) {
                    negation = w;
                } else if (w.equals("not") && previous != null) {
                    negation = previous + " not";
                } else if (w.equals("longer") && "no".equals(previous)) {
                    negation = "no longer";
                } else if (NEGATIONS.contains(w)) {
                    negation = w;
                } else if (FAILED.contains(w) && followedBy(lower, m.end(), "to ")) {
                    negation = w + " to";
                }
            } else if (negation.equals("no") && w.equals("longer") && "no".equals(previous)) {
                negation = "no longer";
            }
            // "more than 450,000" bounds a figure; it says nothing of a direction; nor does "at least" or "close to"
            boolean bound = (w.equals("more") || w.equals("less") || w.equals("fewer")) && followedBy(lower, m.end(), "than")
                    || (w.equals("least") || w.equals("most")) && "at".equals(previous)
                    || w.equals("close") && followedBy(lower, m.end(), "to ");
            if (!bound) {
                int weight = WEAK.contains(w) ? 1 : 100;
                if (RISING.contains(w)) {
                    rising += weight;
                } else if (FALLING.contains(w)) {
                    falling += weight;
                }
                // "moved abroad" is "emigrated": leaving
                String as = w.equals("abroad") && MOVED.contains(previous) ? "emigrated" : w;
                String said = as.equals(w) ? w : previous + " abroad";
                for (int i = 0; i < OPPOSITES.size(); i++) {
                    String[] found = opposites.get(i);
                    if (OPPOSITES.get(i).one().contains(as) && found[0] == null) {
                        found[0] = said;
                    } else if (OPPOSITES.get(i).other().contains(as) && found[1] == null) {
                        found[1] = said;
                    }
                }
            }
            previous = w;
        }
        // words of rising or falling other than the weak ones decide; the weak ones only when there are none
        if (rising >= 100 || falling >= 100) {
            rising /= 100;
            falling /= 100;
        }
        int direction = rising > 0 && falling == 0 ? 1 : falling > 0 && rising == 0 ? -1 : 0;
        // who said it: from the last comma before the first reporting word (or the start) to that word;
        // "according to X," to the next comma
        int saidFrom = 0;
        int saidTo = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (REPORTING.contains(tokens.get(i).word())) {
                if (tokens.get(i).word().equals("according")) {
                    saidFrom = i;
                    saidTo = i + 1;
                    while (saidTo < tokens.size() && !commaBetween(text, tokens, saidTo - 1, saidTo)) {
                        saidTo++;
                    }
                } else {
                    saidFrom = i;
                    while (saidFrom > 0 && !commaBetween(text, tokens, saidFrom - 1, saidFrom)
                            && !sentenceBetween(text, tokens, saidFrom - 1, saidFrom)) {
                        saidFrom--;
                    }
                    saidTo = i + 1;
                }
                break;
            }
        }
        boolean refersBack = false;
        for (int i = 0; i < tokens.size(); i++) {
            if ((i < saidFrom || i >= saidTo) && BACK_REFERENCES.contains(tokens.get(i).word())) {
                refersBack = true;
            }
        }
        return new Reading(text, figures, dates, names(text), words, negation, direction, opposites, tokens,
                saidFrom, saidTo, refersBack);
    }

    private static boolean commaBetween(String text, List<Token> tokens, int a, int b) {
        String between = text.substring(tokens.get(a).end(), tokens.get(b).start());
        return between.contains(",") || between.contains(";") || between.contains("—") || between.contains("–");
    }

    private static boolean sentenceBetween(String text, List<Token> tokens, int a, int b) {
        String between = text.substring(tokens.get(a).end(), tokens.get(b).start());
        return between.contains(".") || between.contains("!") || between.contains("?") || between.contains(":")
                || between.contains("\n");
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
            boolean starts = before.isEmpty() || before.endsWith(".") || before.endsWith("!") || before.endsWith("?")
                    || before.endsWith(":") || before.endsWith("\"") || before.endsWith("“")
                    || text.substring(0, m.start()).endsWith("\n");
            // a word that starts a sentence is a name only when it owns something ("Olmary's hospitals")
            if (starts && !(text.startsWith("'s", m.end()) || text.startsWith("’s", m.end()))) {
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

    private static boolean followedBy(String lower, int at, String prefix) {
        return lower.substring(at).stripLeading().startsWith(prefix);
    }

    /** A word as one: possessive and plural dropped ("nurses'" = "nurse", "ministries" = "ministry"). */
    static String stem(String w) {
        w = possessive(w);
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
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
        String actor = actor(text, match);
        if (actor == null) {
            actor = swap(text, match);
        }
        if (actor != null) {
            out.add(actor);
        }
        String place = compass(text, match);
        if (place != null) {
            out.add(place);
        }
        if ((text.negation() == null) != (match.negation() == null)) {
            out.add("negation: '" + (text.negation() != null ? text.negation() : match.negation()) + "'"
                    + (text.negation() != null ? " in this text only" : " in the match only"));
        }
        if (text.direction() != 0 && match.direction() != 0 && text.direction() != match.direction()) {
            out.add("direction: " + word(text.direction()) + " vs " + word(match.direction()));
        } else {
            for (int i = 0; i < OPPOSITES.size(); i++) {
                int t = side(text.opposites().get(i));
                int o = side(match.opposites().get(i));
                if (t >= 0 && o >= 0 && t != o) {
                    out.add("direction: '" + text.opposites().get(i)[t] + "' vs '" + match.opposites().get(i)[o] + "'");
                    break;
                }
            }
        }
        return out;
    }

    /** The one side (0 or 1) of a pair of opposites a text has, or -1 when it has neither or both. */
    private static int side(String[] found) {
        return found[0] != null && found[1] == null ? 0 : found[1] != null && found[0] == null ? 1 : -1;
    }

    private static final Map<String, Integer> ACTOR_GROUP = actorGroups();

    private static Map<String, Integer> actorGroups() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < ACTOR_GROUPS.size(); i++) {
            for (String w : ACTOR_GROUPS.get(i)) {
                out.putIfAbsent(stem(w), i);
            }
        }
        return out;
    }

    private static Integer actorGroup(String word) {
        Integer g = ACTOR_GROUP.get(stem(word));
        return g != null ? g : ACTOR_GROUP.get(word);
    }

    /** Whether the claim is the words that say who said it as well: when either text refers back to them. */
    private static boolean whoCounts(Reading text, Reading match) {
        return text.refersBack() || match.refersBack();
    }

    /** The first actor word of the claim (who said it aside, unless referred back to) in no group of the other text. */
    private static Token onlyActor(Reading a, Reading b, boolean whoCounts) {
        Set<Integer> others = new HashSet<>();
        for (Token t : b.tokens()) {
            Integer g = actorGroup(t.word());
            if (g != null) {
                others.add(g);
            }
        }
        for (int i = 0; i < a.tokens().size(); i++) {
            Token t = a.tokens().get(i);
            Integer g = actorGroup(t.word());
            if (g != null && !others.contains(g) && (whoCounts || i < a.saidFrom() || i >= a.saidTo())) {
                return t;
            }
        }
        return null;
    }

    /** Another actor written in lower case: each side names one (police, the army, nurses) the other has nowhere. */
    private static String actor(Reading text, Reading match) {
        boolean who = whoCounts(text, match);
        Token t = onlyActor(text, match, who);
        Token m = onlyActor(match, text, who);
        return t == null || m == null ? null
                : "actor: '" + words(text, t, t, null, null) + "' vs '" + words(match, m, m, null, null) + "'";
    }

    /**
     * One or two words swapped in place for others, the words around them the same ("the [defence] ministry said",
     * "the [interior] ministry said"), each side's new word nowhere in the other text: another actor when a word of
     * it or the word after it is an actor, else another subject when the word after is a word of meaning
     * ("[wheat] harvest", "[maize] harvest"). Figures, dates, names, negation and direction are left to their guards;
     * who said it is compared only when the claim refers back to them ("its members").
     */
    private static String swap(Reading text, Reading match) {
        List<Token> a = text.tokens();
        List<Token> b = match.tokens();
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0 || (long) n * m > 250_000) {
            return null;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).word().equals(b.get(j).word()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // the changed runs between the words both have in the same order: a[i0, i1) became b[j0, j1)
        List<int[]> hunks = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).word().equals(b.get(j).word())) {
                i++;
                j++;
                continue;
            }
            int i0 = i;
            int j0 = j;
            while ((i < n || j < m) && !(i < n && j < m && a.get(i).word().equals(b.get(j).word()))) {
                if (j == m || i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
            hunks.add(new int[] {i0, i, j0, j});
        }
        Set<String> aStems = stems(a);
        Set<String> bStems = stems(b);
        boolean who = whoCounts(text, match);
        for (int[] h : hunks) {
            // in place: one or two words for one or two, before the same word
            if (h[1] == n || h[3] == m || h[1] - h[0] < 1 || h[1] - h[0] > 2 || h[3] - h[2] < 1 || h[3] - h[2] > 2
                    || !who && (inWho(text, h[0], h[1]) || inWho(match, h[2], h[3]))) {
                continue;
            }
            List<Token> ta = a.subList(h[0], h[1]);
            List<Token> tb = b.subList(h[2], h[3]);
            if (!plain(text, ta, true) || !plain(match, tb, true) || !(newWord(ta, bStems) || newWord(tb, aStems))) {
                continue;
            }
            Token next = a.get(h[1]);
            boolean actorWords = ta.stream().anyMatch(t -> actorGroup(t.word()) != null)
                    || tb.stream().anyMatch(t -> actorGroup(t.word()) != null);
            boolean actorNext = actorGroup(next.word()) != null;
            boolean meaningNext = !FUNCTION_WORDS.contains(next.word()) && !hasDigit(next.word());
            if (!actorWords && !meaningNext) {
                continue;
            }
            Token after = actorWords ? null : next;
            Token afterMatch = actorWords ? null : b.get(h[3]);
            return (actorWords || actorNext ? "actor: '" : "subject: '")
                    + words(text, ta.get(0), ta.get(ta.size() - 1), null, after)
                    + "' vs '" + words(match, tb.get(0), tb.get(tb.size() - 1), null, afterMatch) + "'";
        }
        for (int k = 0; k < hunks.size(); k++) {
            // the same word qualified otherwise: words only this text has on one side of it, words only the match has
            // on the other ("48,000 [dead] people were", "48,000 people [who have emigrated] were")
            int[] h = hunks.get(k);
            if (h[1] >= n || h[3] >= m) {
                continue;
            }
            int[] g = k + 1 < hunks.size() ? hunks.get(k + 1) : null;
            boolean nextToIt = g != null && g[0] == h[1] + 1 && g[2] == h[3] + 1;
            Token word = a.get(h[1]);
            if (!nextToIt || FUNCTION_WORDS.contains(word.word()) || hasDigit(word.word())
                    || !who && (inWho(text, h[0], g[1]) || inWho(match, h[2], g[3]))) {
                continue;
            }
            boolean textBefore = h[1] > h[0] && h[3] == h[2] && g[1] == g[0] && g[3] > g[2];
            boolean matchBefore = h[3] > h[2] && h[1] == h[0] && g[3] == g[2] && g[1] > g[0];
            if (!textBefore && !matchBefore) {
                continue;
            }
            List<Token> ta = textBefore ? a.subList(h[0], h[1]) : a.subList(g[0], g[1]);
            List<Token> tb = textBefore ? b.subList(g[2], g[3]) : b.subList(h[2], h[3]);
            if (ta.size() > 3 || tb.size() > 3 || !plain(text, ta, false) || !plain(match, tb, false)
                    || !newWord(ta, bStems) || !newWord(tb, aStems)) {
                continue;
            }
            Token matchWord = b.get(h[3]);
            boolean actor = actorGroup(word.word()) != null || ta.stream().anyMatch(t -> actorGroup(t.word()) != null)
                    || tb.stream().anyMatch(t -> actorGroup(t.word()) != null) || word.word().equals("people");
            String t = textBefore ? words(text, ta.get(0), ta.get(ta.size() - 1), null, word)
                    : words(text, ta.get(0), ta.get(ta.size() - 1), word, null);
            String o = textBefore ? words(match, tb.get(0), tb.get(tb.size() - 1), matchWord, null)
                    : words(match, tb.get(0), tb.get(tb.size() - 1), null, matchWord);
            return (actor ? "actor: '" : "subject: '") + t + "' vs '" + o + "'";
        }
        return null;
    }

    private static Set<String> stems(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            out.add(stem(t.word()));
        }
        return out;
    }

    private static boolean inWho(Reading r, int from, int to) {
        return from < r.saidTo() && to > r.saidFrom();
    }

    /**
     * Words no other guard reads: no number or name among them, and when {@code strict} no word of negation or
     * direction either (a swap of "rose" for "fell" is the direction guard's).
     */
    private static boolean plain(Reading r, List<Token> tokens, boolean strict) {
        for (Token t : tokens) {
            String w = t.word();
            if (isNumber(w) || Character.isUpperCase(r.text().charAt(t.start())) || COMPASS.contains(w)) {
                return false;
            }
            if (strict && (NEGATIONS.contains(w) || w.endsWith("n't") || RISING.contains(w) || FALLING.contains(w)
                    || OPPOSITES.stream().anyMatch(o -> o.one().contains(w) || o.other().contains(w)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words have one of meaning that the other text has nowhere (in any form). */
    private static boolean newWord(List<Token> tokens, Set<String> otherStems) {
        return tokens.stream().anyMatch(t -> !FUNCTION_WORDS.contains(t.word()) && !otherStems.contains(stem(t.word())));
    }

    /** A number, not a word with digits in it ("65s", "5g"). */
    private static boolean isNumber(String w) {
        return w.chars().allMatch(Character::isDigit);
    }

    private static boolean hasDigit(String w) {
        return w.chars().anyMatch(Character::isDigit);
    }

    /** The text's own words from {@code first} to {@code last}, with the word {@code before} or {@code after} when given. */
    private static String words(Reading r, Token first, Token last, Token before, Token after) {
        String w = r.text().substring(before != null ? before.start() : first.start(),
                after != null ? after.end() : last.end());
        return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
    }

    private static final Map<String, String> COMPASS_BASE = Map.of("northern", "north", "southern", "south",
            "eastern", "east", "western", "west", "north-east", "northeast", "north-west", "northwest",
            "south-east", "southeast", "south-west", "southwest");

    /** Another part of the country: each side names a part of the compass the other does not. */
    private static String compass(Reading text, Reading match) {
        String t = onlyCompass(text, match);
        String m = onlyCompass(match, text);
        return t == null || m == null ? null : "place: '" + t + "' vs '" + m + "'";
    }

    private static String onlyCompass(Reading a, Reading b) {
        Set<String> others = new HashSet<>();
        for (String w : b.words()) {
            if (COMPASS.contains(w)) {
                others.add(COMPASS_BASE.getOrDefault(w, w));
            }
        }
        for (Token t : a.tokens()) {
            if (COMPASS.contains(t.word()) && !others.contains(COMPASS_BASE.getOrDefault(t.word(), t.word()))) {
                return t.word();
            }
        }
        return null;
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
