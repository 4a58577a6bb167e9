package io.factdesk.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Word-level difference of two texts, for the timeline, shown as kept, deleted and inserted runs
 * that read back either text exactly (white space included). Which words are kept is a shortest edit
 * script over the words alone (Myers' diff in linear space, from java-diff-utils), after the common
 * beginning and end are set aside; white space never outweighs a word.
 *
 * <p>What bounds it: Myers takes time proportional to (words before + words after) × the number of
 * words that differ, and memory proportional to the words. Every diff may make at most
 * {@link #MAX_COMPARISONS} word comparisons (a second or two); any field of a claim is far within
 * it. Texts that need more, such as a mebibyte-long article rewritten throughout, are compared
 * paragraph by paragraph first (Myers over lines, within a second budget of the same size), then
 * word by word inside each changed stretch of paragraphs; a stretch with as many paragraphs after as
 * before is taken as paragraphs edited in place and compared pair by pair. Once that budget too is
 * spent, each stretch still to compare is shown as deleted and inserted whole (between the words it
 * begins and ends with alike).
 */
public final class WordDiff {

    /** The most token comparisons at word level, and again over paragraphs (with the words within). */
    static final long MAX_COMPARISONS = 20_000_000L;

    private static final Pattern WORD = Pattern.compile("\\s+|[^\\s]+");

    private static final Pattern LINE = Pattern.compile("[^\\n]*\\n|[^\\n]+");

    public enum Kind { SAME, DELETED, INSERTED }

    /** A run of text that was kept, deleted or inserted. */
    public record Segment(Kind kind, String text) {
        public boolean deleted() {
            return kind == Kind.DELETED;
        }

        public boolean inserted() {
            return kind == Kind.INSERTED;
        }
    }

    private WordDiff() {
    }

    public static List<Segment> diff(String before, String after) {
        return diff(before, after, MAX_COMPARISONS);
    }

    /** The diff with another comparison budget: for tests of what happens beyond it. */
    static List<Segment> diff(String before, String after, long maxComparisons) {
        Runs runs = new Runs();
        List<String> a = tokens(WORD, before);
        List<String> b = tokens(WORD, after);
        if (!words(a, b, new Budget(maxComparisons), false, runs)) {
            paragraphs(a, b, tokens(LINE, before), tokens(LINE, after), new Budget(maxComparisons), runs);
        }
        return readable(runs.segments());
    }

    /**
     * Adds the word diff of the tokens a and b to the runs: their common beginning and end, and
     * between them Myers' script over the words alone (white space never decides which words are
     * kept); the white space and words between two kept words are shown kept where both texts begin
     * or end alike, else deleted and inserted. When the budget runs out, adds nothing and answers
     * false, or, if {@code orReplace}, adds the part between the common ends as deleted and inserted
     * whole.
     */
    private static boolean words(List<String> a, List<String> b, Budget budget, boolean orReplace, Runs runs) {
        int prefix = commonPrefix(a, b);
        int suffix = commonSuffix(a.subList(prefix, a.size()), b.subList(prefix, b.size()));
        List<String> oldMiddle = a.subList(prefix, a.size() - suffix);
        List<String> newMiddle = b.subList(prefix, b.size() - suffix);
        int[][] kept = oldMiddle.isEmpty() || newMiddle.isEmpty() ? new int[0][] : keptWords(oldMiddle, newMiddle,
                budget);
        if (kept == null && !orReplace) {
            return false;
        }
        a.subList(0, prefix).forEach(t -> runs.add(Kind.SAME, t));
        if (kept == null) {
            oldMiddle.forEach(t -> runs.add(Kind.DELETED, t));
            newMiddle.forEach(t -> runs.add(Kind.INSERTED, t));
        } else {
            int nextOld = 0;
            int nextNew = 0;
            for (int[] pair : kept) {
                between(oldMiddle.subList(nextOld, pair[0]), newMiddle.subList(nextNew, pair[1]), runs);
                runs.add(Kind.SAME, oldMiddle.get(pair[0]));
                nextOld = pair[0] + 1;
                nextNew = pair[1] + 1;
            }
            between(oldMiddle.subList(nextOld, oldMiddle.size()), newMiddle.subList(nextNew, newMiddle.size()), runs);
        }
        a.subList(a.size() - suffix, a.size()).forEach(t -> runs.add(Kind.SAME, t));
        return true;
    }

    /**
     * The positions (in a, in b) of the words Myers' script keeps, in order; null when the budget
     * runs out first.
     */
    private static int[][] keptWords(List<String> a, List<String> b, Budget budget) {
        int[] oldAt = wordPositions(a);
        int[] newAt = wordPositions(b);
        List<String> oldWords = Arrays.stream(oldAt).mapToObj(a::get).toList();
        List<String> newWords = Arrays.stream(newAt).mapToObj(b::get).toList();
        List<Edit> script = edits(oldWords, newWords, budget);
        if (script == null) {
            return null;
        }
        List<int[]> kept = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Edit edit : script) {
            while (i < edit.at()) {
                kept.add(new int[] { oldAt[i++], newAt[j++] });
            }
            i += edit.removed().size();
            j += edit.added().size();
        }
        while (i < oldAt.length) {
            kept.add(new int[] { oldAt[i++], newAt[j++] });
        }
        return kept.toArray(int[][]::new);
    }

    /** What lies between two kept words (white space, words of one text only): alike ends kept, the rest replaced. */
    private static void between(List<String> a, List<String> b, Runs runs) {
        int prefix = commonPrefix(a, b);
        int suffix = commonSuffix(a.subList(prefix, a.size()), b.subList(prefix, b.size()));
        a.subList(0, prefix).forEach(t -> runs.add(Kind.SAME, t));
        a.subList(prefix, a.size() - suffix).forEach(t -> runs.add(Kind.DELETED, t));
        b.subList(prefix, b.size() - suffix).forEach(t -> runs.add(Kind.INSERTED, t));
        a.subList(a.size() - suffix, a.size()).forEach(t -> runs.add(Kind.SAME, t));
    }

    private static int commonPrefix(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(a.size() - 1 - n).equals(b.get(b.size() - 1 - n))) {
            n++;
        }
        return n;
    }

    private static int[] wordPositions(List<String> tokens) {
        return IntStream.range(0, tokens.size())
                .filter(i -> !Character.isWhitespace(tokens.get(i).codePointAt(0))).toArray();
    }

    /** The coarser diff: paragraphs (lines) first, then words within each changed stretch of them. */
    private static void paragraphs(List<String> a, List<String> b, List<String> oldLines, List<String> newLines,
            Budget budget, Runs runs) {
        List<Edit> script = edits(oldLines, newLines, budget);
        if (script == null) {
            words(a, b, budget, true, runs);
            return;
        }
        int next = 0;
        for (Edit edit : script) {
            oldLines.subList(next, edit.at()).forEach(t -> runs.add(Kind.SAME, t));
            List<String> removed = edit.removed();
            List<String> added = edit.added();
            if (removed.size() == added.size()) {
                for (int i = 0; i < removed.size(); i++) {
                    words(tokens(WORD, removed.get(i)), tokens(WORD, added.get(i)), budget, true, runs);
                }
            } else {
                words(tokens(WORD, String.join("", removed)), tokens(WORD, String.join("", added)), budget, true,
                        runs);
            }
            next = edit.at() + removed.size();
        }
        oldLines.subList(next, oldLines.size()).forEach(t -> runs.add(Kind.SAME, t));
    }

    /** A stretch of a replaced: {@code removed} at {@code at}, {@code added} in its place (either may be empty). */
    private record Edit(int at, List<String> removed, List<String> added) {
    }

    /**
     * Myers' shortest edit script from a to b, as edits separated by kept tokens (the linear-space
     * algorithm may report a replacement as a deletion and an insertion side by side: they are one
     * edit here); null when the budget runs out first.
     */
    private static List<Edit> edits(List<String> a, List<String> b, Budget budget) {
        Patch<String> patch;
        try {
            patch = DiffUtils.diff(a, b, new MyersDiffWithLinearSpace<>(budget), null);
        } catch (Budget.Spent e) {
            return null;
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        List<AbstractDelta<String>> deltas = patch.getDeltas();
        while (i < deltas.size()) {
            int at = deltas.get(i).getSource().getPosition();
            int end = at;
            List<String> removed = new ArrayList<>();
            List<String> added = new ArrayList<>();
            while (i < deltas.size() && deltas.get(i).getSource().getPosition() == end) {
                removed.addAll(deltas.get(i).getSource().getLines());
                added.addAll(deltas.get(i).getTarget().getLines());
                end += deltas.get(i).getSource().size();
                i++;
            }
            edits.add(new Edit(at, removed, added));
        }
        return edits;
    }

    /**
     * Joins changes separated only by white space into one deleted and one inserted run, so that a
     * rewritten phrase reads as "<del>old words</del><ins>new words</ins>" rather than word by word.
     * Only where words were both deleted and inserted: elsewhere the runs stay as they are, and
     * either text can always be read back from the segments.
     */
    private static List<Segment> readable(List<Segment> raw) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < raw.size()) {
            if (raw.get(i).kind() == Kind.SAME) {
                out.add(raw.get(i++));
                continue;
            }
            int end = i;
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            while (end < raw.size()) {
                Segment s = raw.get(end);
                boolean between = s.kind() == Kind.SAME && s.text().isBlank() && end + 1 < raw.size()
                        && raw.get(end + 1).kind() != Kind.SAME;
                if (s.kind() == Kind.SAME && !between) {
                    break;
                }
                if (s.kind() != Kind.INSERTED) {
                    deleted.append(s.text());
                }
                if (s.kind() != Kind.DELETED) {
                    inserted.append(s.text());
                }
                end++;
            }
            if (!deleted.toString().isBlank() && !inserted.toString().isBlank()) {
                out.add(new Segment(Kind.DELETED, deleted.toString()));
                out.add(new Segment(Kind.INSERTED, inserted.toString()));
            } else {
                out.addAll(raw.subList(i, end));
            }
            i = end;
        }
        return out;
    }

    private static List<String> tokens(Pattern token, String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher m = token.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    /** Token equality that counts, and stops a diff once more comparisons were made than allowed. */
    private static final class Budget implements BiPredicate<String, String> {
        private long left;

        Budget(long comparisons) {
            left = comparisons;
        }

        @Override
        public boolean test(String x, String y) {
            if (--left < 0) {
                throw new Spent();
            }
            return x.equals(y);
        }

        /** Thrown through the diff to abandon it; no stack trace, it is not an error. */
        static final class Spent extends RuntimeException {
            Spent() {
                super(null, null, false, false);
            }
        }
    }

    /** Joins consecutive tokens of one kind into a run (in a builder: a run may be a mebibyte long). */
    private static final class Runs {
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Kind kind;

        void add(Kind tokenKind, String token) {
            if (tokenKind != kind) {
                close();
                kind = tokenKind;
            }
            text.append(token);
        }

        List<Segment> segments() {
            close();
            return segments;
        }

        private void close() {
            if (kind != null && text.length() > 0) {
                segments.add(new Segment(kind, text.toString()));
            }
            text.setLength(0);
        }
    }
}
