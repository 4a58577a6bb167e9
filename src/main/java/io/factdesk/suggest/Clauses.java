package io.factdesk.suggest;

import io.factdesk.figures.DateMention;
import io.factdesk.figures.Figure;
import io.factdesk.suggest.Sentences.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The clause of a sentence that holds a figure (docs/suggestions.md, "Clauses"): what a reviewer can
 * take as the quote instead of the whole sentence. Cuts are made at clause boundaries inside the
 * sentence, and the clause of a figure is the part between the cuts on either side of it.
 *
 * <ul>
 * <li>Always a cut: a semicolon, a colon (not between digits: "10:30"), a dash set off by spaces
 * ("–", "—", " - ").</li>
 * <li>A cut only when the parts on both sides have a verb of their own: a comma (not inside a number
 * such as "1,603" or "450.000"), and the conjunctions "and", "but", "or", "yet", "while", "whereas",
 * "although", "though" (a comma just before one is part of the same cut). "killing more than 450.000
 * Syrians and displacing more than 12 million" is two clauses; "Lavrov and Kerry did not" and "the
 * 22-nation, US and Russian-led group" are not cut. Verbs are the engine's part-of-speech tags; a verb
 * written after a hyphen ("Russian-led") is part of a compound, not a verb of its own.</li>
 * <li>Never a cut inside a figure or a date ("between 200 and 300", "July 14, 2016").</li>
 * </ul>
 *
 * A clause is trimmed of spaces and punctuation around it and of the conjunction that opened it
 * ("and displacing …" → "displacing …"), never into its figure, and offered only when it is shorter
 * than the sentence. Pure: the same sentence and figures always give the same clauses.
 */
public final class Clauses {

    /**
     * A figure's clause: its place in the body in code points (end excluded, like the sentence), its
     * words, and {@code figure}, the index of its figure among the sentence's figures.
     */
    public record Clause(int start, int end, String exact, int figure) {
    }

    /** Conjunctions that may open a clause with its own verb; the clause starts after them. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "yet", "while", "whereas", "although",
            "though");

    /** Dropped from a clause's edges: spaces, punctuation, quotation marks and brackets. */
    private static final String TRIM = ",;:.!?–—-“”\"‘’'…()[]";

    private Clauses() {}

    /** A possible cut: the text from {@code from} to {@code to} (UTF-16, in the sentence) belongs to no clause. */
    private record Cut(int from, int to, boolean always) {
    }

    /**
     * The clause of each figure of a sentence, in the figures' order; a figure whose clause would be the
     * whole sentence has none. {@code figures} and {@code dates} carry body offsets (code points), as the
     * engine reads them.
     */
    public static List<Clause> of(Sentence s, List<Figure> figures, List<DateMention> dates) {
        List<Clause> out = new ArrayList<>();
        if (figures.isEmpty()) {
            return out;
        }
        String text = s.text();
        List<int[]> kept = new ArrayList<>(); // UTF-16 spans that no cut may enter
        for (Figure f : figures) {
            kept.add(chars(text, f.start() - s.start(), f.end() - s.start()));
        }
        for (DateMention d : dates) {
            kept.add(chars(text, d.start() - s.start(), d.end() - s.start()));
        }
        List<Cut> cuts = cuts(s, kept);
        int whole = text.length();
        for (int i = 0; i < figures.size(); i++) {
            int[] fig = kept.get(i);
            int from = 0;
            int to = whole;
            for (Cut c : cuts) {
                if (c.to() <= fig[0]) {
                    from = Math.max(from, c.to());
                } else if (c.from() >= fig[1]) {
                    to = Math.min(to, c.from());
                }
            }
            int[] span = trim(text, from, to, fig);
            int[] sentence = trim(text, 0, whole, fig);
            if (span[1] - span[0] < sentence[1] - sentence[0]) {
                int cpStart = s.start() + text.codePointCount(0, span[0]);
                int cpEnd = cpStart + text.codePointCount(span[0], span[1]);
                out.add(new Clause(cpStart, cpEnd, text.substring(span[0], span[1]), i));
            }
        }
        return out;
    }

    /** The cuts of a sentence: those that are always cuts, then those whose both sides keep a verb. */
    private static List<Cut> cuts(Sentence s, List<int[]> kept) {
        String text = s.text();
        String[] tokens = s.tokens();
        int[] starts = s.tokenStarts();
        List<Cut> cuts = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            int at = starts[i];
            if (inside(kept, at, at + t.length())) {
                continue;
            }
            boolean spacedBefore = at > 0 && Character.isWhitespace(text.charAt(at - 1));
            boolean spacedAfter = at + t.length() < text.length() && Character.isWhitespace(text.charAt(at + t.length()));
            if (t.equals(";") || t.equals(":") && !(digitAt(text, at - 1) && digitAt(text, at + 1))
                    || (t.equals("–") || t.equals("—")) && (spacedBefore || spacedAfter)
                    || t.equals("-") && spacedBefore && spacedAfter) {
                cuts.add(new Cut(at, at + t.length(), true));
            } else if (t.equals(",") && !(digitAt(text, at - 1) && digitAt(text, at + 1))) {
                boolean conjunctionNext = i + 1 < tokens.length && CONJUNCTIONS.contains(tokens[i + 1]);
                int to = conjunctionNext ? starts[i + 1] + tokens[i + 1].length() : at + 1;
                cuts.add(new Cut(at, to, false));
                if (conjunctionNext) {
                    i++;
                }
            } else if (i > 0 && CONJUNCTIONS.contains(t)) {
                cuts.add(new Cut(at, at + t.length(), false));
            }
        }
        if (cuts.stream().allMatch(Cut::always)) {
            return cuts;
        }
        // A weak cut stays only where both sides, up to the neighbouring cuts, have a verb. Dropping one
        // only joins parts, so a cut kept once stays kept; repeat until nothing more is dropped.
        boolean[] verb = verbs(s);
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (int k = 0; k < cuts.size(); k++) {
                Cut c = cuts.get(k);
                if (c.always()) {
                    continue;
                }
                int before = k == 0 ? 0 : cuts.get(k - 1).to();
                int after = k == cuts.size() - 1 ? text.length() : cuts.get(k + 1).from();
                if (!hasVerb(starts, verb, before, c.from()) || !hasVerb(starts, verb, c.to(), after)) {
                    cuts.remove(k);
                    dropped = true;
                    break;
                }
            }
        }
        return cuts;
    }

    /** Which tokens are verbs of their own: tagged as verbs, and not the tail of a compound ("Russian-led"). */
    private static boolean[] verbs(Sentence s) {
        String[] tags = s.tags();
        String[] tokens = s.tokens();
        int[] starts = s.tokenStarts();
        boolean[] out = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            boolean compound = i > 0 && tokens[i - 1].equals("-") && starts[i - 1] + 1 == starts[i];
            out[i] = !compound && Sentences.hasVerb(new String[] { tags[i] });
        }
        return out;
    }

    private static boolean hasVerb(int[] starts, boolean[] verb, int from, int to) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] >= from && starts[i] < to && verb[i]) {
                return true;
            }
        }
        return false;
    }

    /** The span with spaces, punctuation and an opening conjunction dropped from its edges, never into the figure. */
    private static int[] trim(String text, int from, int to, int[] figure) {
        boolean changed = true;
        while (changed) {
            changed = false;
            while (from < figure[0] && (Character.isWhitespace(text.charAt(from)) || TRIM.indexOf(text.charAt(from)) >= 0)) {
                from++;
                changed = true;
            }
            int word = from;
            while (word < figure[0] && Character.isLetter(text.charAt(word))) {
                word++;
            }
            if (word > from && word < figure[0] && Character.isWhitespace(text.charAt(word))
                    && CONJUNCTIONS.contains(text.substring(from, word).toLowerCase(Locale.ROOT))) {
                from = word;
                changed = true;
            }
        }
        while (to > figure[1] && (Character.isWhitespace(text.charAt(to - 1)) || TRIM.indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        return new int[] { from, to };
    }

    private static boolean inside(List<int[]> kept, int from, int to) {
        for (int[] k : kept) {
            if (from < k[1] && to > k[0]) {
                return true;
            }
        }
        return false;
    }

    private static boolean digitAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isDigit(text.charAt(i));
    }

    /** UTF-16 span in {@code text} of the code points {@code start}–{@code end}. */
    private static int[] chars(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return new int[] { from, text.offsetByCodePoints(from, end - start) };
    }
}
