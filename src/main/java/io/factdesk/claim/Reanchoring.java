package io.factdesk.claim;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import io.factdesk.figures.Figure;
import io.factdesk.figures.Figures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Places the claims of one version of an article body in the next version (docs/text-and-anchors.md,
 * "Re-anchoring in a new version"). Pure: no database, no Quarkus. Both bodies are normalised
 * (article.TextNormalizer); offsets in and out are code points.
 *
 * <p>Steps: (a) the old quote searched verbatim in the new body; one occurrence (and one in the old
 * body) is the place; several are told apart by prefix and suffix agreement and by where a word
 * diff of old to new carries the old place, only with a clear margin. (b) Otherwise the old range is
 * carried through the word diff and the text found there is compared with the old quote, prefix and
 * suffix: CHANGED only when the context still agrees and the quote is similar enough. Anything else is
 * ORPHANED, with the candidates a reviewer may choose from: a wrong confident placement is the one
 * result this must never give.
 */
public final class Reanchoring {

    public enum Outcome { UNCHANGED, MOVED, CHANGED, ORPHANED }

    public record Anchor(long claimId, int start, int end, String exact, String prefix, String suffix) {}

    public record Candidate(int start, int end, String exact, double score) {}

    /** start/end/exact null when ORPHANED; figureChanges e.g. "450,000 → 470,000" for CHANGED. */
    public record Placement(long claimId, Outcome outcome, Integer start, Integer end, String exact, double score,
            List<Candidate> candidates, List<String> figureChanges) {}

    /** Least similarity of an edited quote to the old one for CHANGED (1 - edit distance / longer length). */
    static final double QUOTE_SIMILARITY = 0.75;
    /** Least similarity of the prefix and of the suffix around an edited quote for CHANGED. */
    static final double CONTEXT_SIMILARITY = 0.6;
    /** Least score of the chosen occurrence when the quote stands several times. */
    static final double CHOICE_SCORE = 0.6;
    /** Least lead of the chosen occurrence over the next one. */
    static final double CHOICE_MARGIN = 0.25;
    /** Most candidates listed for an orphaned claim. */
    static final int MAX_CANDIDATES = 5;

    /** Most token comparisons of the word diff; beyond, only the bodies' common beginning and end are carried. */
    static final long MAX_COMPARISONS = 50_000_000L;

    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    private Reanchoring() {}

    public static List<Placement> place(String oldBody, String newBody, List<Anchor> anchors) {
        Objects.requireNonNull(oldBody, "oldBody");
        Objects.requireNonNull(newBody, "newBody");
        Text before = new Text(oldBody);
        Text after = new Text(newBody);
        int[] carried = null;
        List<Placement> out = new ArrayList<>(anchors.size());
        for (Anchor anchor : anchors) {
            if (carried == null) {
                carried = carry(before, after);
            }
            out.add(placeOne(before, after, carried, anchor));
        }
        return out;
    }

    private static Placement placeOne(Text before, Text after, int[] carried, Anchor a) {
        int oldFrom = before.charIndex(a.start());
        int oldTo = before.charIndex(a.end());
        String exact = a.exact() != null && !a.exact().isEmpty() ? a.exact() : before.s.substring(oldFrom, oldTo);
        String prefix = a.prefix() != null ? a.prefix() : contextBefore(before.s, oldFrom);
        String suffix = a.suffix() != null ? a.suffix() : contextAfter(before.s, oldTo);
        int[] mapped = mapRange(before, after, carried, oldFrom, oldTo);

        if (mapped != null && mapped[1] - mapped[0] == exact.length()
                && after.s.startsWith(exact, mapped[0]) && keptWhole(before, carried, oldFrom, oldTo)
                && similarity(prefix, tailBefore(after.s, mapped[0], prefix)) >= CONTEXT_SIMILARITY
                && similarity(suffix, headAfter(after.s, mapped[1], suffix)) >= CONTEXT_SIMILARITY) {
            // the diff keeps every word of the claim, in a row, the text there is the quote and both sides
            // still read as before: its own words, no search needed
            return verbatim(a, after, mapped[0], mapped[1], 1.0);
        }
        List<Integer> hits = occurrences(after.s, exact);
        if (!hits.isEmpty()) {
            if (hits.size() == 1) {
                int at = hits.get(0);
                boolean carriedHere = mapped != null && mapped[0] == at && mapped[1] == at + exact.length();
                // the only occurrence, and the only one the old body had (or the diff carries the claim here)
                if (carriedHere || occurrences(before.s, exact).size() <= 1) {
                    return verbatim(a, after, at, at + exact.length(), 1.0);
                }
            }
            List<Scored> scored = new ArrayList<>();
            for (int at : hits) {
                int to = at + exact.length();
                double pre = similarity(prefix, tailBefore(after.s, at, prefix));
                double suf = similarity(suffix, headAfter(after.s, to, suffix));
                double pos = mapped != null && mapped[0] == at && mapped[1] == to ? 1 : 0;
                scored.add(new Scored(at, to, 0.35 * pre + 0.35 * suf + 0.3 * pos));
            }
            scored.sort(Comparator.comparingDouble((Scored s) -> -s.score).thenComparingInt(s -> s.from));
            Scored best = scored.get(0);
            double second = scored.size() > 1 ? scored.get(1).score : 0;
            if (best.score >= CHOICE_SCORE && best.score - second >= CHOICE_MARGIN) {
                return verbatim(a, after, best.from, best.to, best.score);
            }
            return orphan(a, after, scored);
        }

        if (mapped == null) {
            return orphan(a, after, List.of());
        }
        String found = after.s.substring(mapped[0], mapped[1]);
        double sim = similarity(exact, found);
        double pre = similarity(prefix, tailBefore(after.s, mapped[0], prefix));
        double suf = similarity(suffix, headAfter(after.s, mapped[1], suffix));
        Scored candidate = new Scored(mapped[0], mapped[1], sim);
        if (sim >= QUOTE_SIMILARITY && pre >= CONTEXT_SIMILARITY && suf >= CONTEXT_SIMILARITY) {
            int start = after.cp(mapped[0]);
            int end = after.cp(mapped[1]);
            return new Placement(a.claimId(), Outcome.CHANGED, start, end, found, sim, List.of(),
                    figureChanges(exact, found));
        }
        return orphan(a, after, List.of(candidate));
    }

    private record Scored(int from, int to, double score) {}

    private static Placement verbatim(Anchor a, Text after, int from, int to, double score) {
        int start = after.cp(from);
        int end = after.cp(to);
        Outcome outcome = start == a.start() && end == a.end() ? Outcome.UNCHANGED : Outcome.MOVED;
        return new Placement(a.claimId(), outcome, start, end, after.s.substring(from, to), score, List.of(), List.of());
    }

    private static Placement orphan(Anchor a, Text after, List<Scored> scored) {
        List<Candidate> candidates = new ArrayList<>();
        for (Scored s : scored) {
            if (candidates.size() == MAX_CANDIDATES) {
                break;
            }
            candidates.add(new Candidate(after.cp(s.from), after.cp(s.to), after.s.substring(s.from, s.to), s.score));
        }
        return new Placement(a.claimId(), Outcome.ORPHANED, null, null, null, 0, List.copyOf(candidates), List.of());
    }

    /** The figures of the old quote that read differently in the new one, in words "old → new". */
    static List<String> figureChanges(String oldText, String newText) {
        List<Figure> was = Figures.read(oldText, null);
        List<Figure> now = Figures.read(newText, null);
        List<String> out = new ArrayList<>();
        int n = Math.max(was.size(), now.size());
        for (int i = 0; i < n; i++) {
            Figure w = i < was.size() ? was.get(i) : null;
            Figure v = i < now.size() ? now.get(i) : null;
            if (w != null && v != null) {
                if (!w.key().equals(v.key())) {
                    out.add(w.text() + " → " + v.text());
                }
            } else if (w != null) {
                out.add(w.text() + " → (removed)");
            } else {
                out.add("(added) → " + v.text());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- search

    /** Every start (UTF-16 index) of the quote in the body, overlapping ones included. */
    private static List<Integer> occurrences(String body, String quote) {
        List<Integer> hits = new ArrayList<>();
        if (quote.isEmpty()) {
            return hits;
        }
        for (int at = body.indexOf(quote); at >= 0; at = body.indexOf(quote, at + 1)) {
            if (onBoundary(body, at) && onBoundary(body, at + quote.length())) {
                hits.add(at);
            }
        }
        return hits;
    }

    private static boolean onBoundary(String s, int i) {
        return i <= 0 || i >= s.length()
                || !(Character.isHighSurrogate(s.charAt(i - 1)) && Character.isLowSurrogate(s.charAt(i)));
    }

    private static String contextBefore(String s, int from) {
        int i = from;
        for (int n = 0; n < Anchoring.CONTEXT && i > 0; n++) {
            i -= Character.charCount(s.codePointBefore(i));
        }
        return s.substring(i, from);
    }

    private static String contextAfter(String s, int to) {
        int i = to;
        for (int n = 0; n < Anchoring.CONTEXT && i < s.length(); n++) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(to, i);
    }

    /** As many chars before {@code at} as the old prefix had. */
    private static String tailBefore(String s, int at, String like) {
        return s.substring(Math.max(0, at - like.length()), at);
    }

    private static String headAfter(String s, int at, String like) {
        return s.substring(at, Math.min(s.length(), at + like.length()));
    }

    /**
     * 1 − Levenshtein distance / longer length; two empty strings are alike (a claim at the start of
     * both bodies). Long texts are compared by their words' counts instead, to stay cheap.
     */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int n = a.length();
        int m = b.length();
        if ((long) n * m > 4_000_000L) {
            return bagSimilarity(a, b);
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            char c = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int cost = c == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1 - (double) prev[m] / Math.max(n, m);
    }

    private static double bagSimilarity(String a, String b) {
        Map<String, Integer> counts = new HashMap<>();
        String[] wa = a.split("[ \n]+");
        String[] wb = b.split("[ \n]+");
        for (String w : wa) {
            counts.merge(w, 1, Integer::sum);
        }
        int common = 0;
        for (String w : wb) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                common++;
                counts.put(w, c - 1);
            }
        }
        return (double) common / Math.max(wa.length, wb.length);
    }

    // ---------------------------------------------------------------- word diff

    /** A body cut into tokens: runs of letters and digits (numbers with their separators), single other chars. */
    private static final class Text {
        final String s;
        final int[] from;
        final int[] to;
        final int[] id;
        final int count;
        private final int[] cpAt;

        Text(String s) {
            this.s = s;
            int[] f = new int[16];
            int[] t = new int[16];
            int n = 0;
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\n') {
                    i++;
                    continue;
                }
                int j = i;
                int cp = s.codePointAt(i);
                if (Character.isLetterOrDigit(cp)) {
                    while (j < s.length()) {
                        int q = s.codePointAt(j);
                        if (Character.isLetterOrDigit(q) || Character.getType(q) == Character.NON_SPACING_MARK) {
                            j += Character.charCount(q);
                        } else if ((q == ',' || q == '.') && j + 1 < s.length() && j > i
                                && Character.isDigit(s.charAt(j - 1)) && Character.isDigit(s.charAt(j + 1))) {
                            j++;
                        } else {
                            break;
                        }
                    }
                } else {
                    j += Character.charCount(cp);
                }
                if (n == f.length) {
                    f = Arrays.copyOf(f, n * 2);
                    t = Arrays.copyOf(t, n * 2);
                }
                f[n] = i;
                t[n] = j;
                n++;
                i = j;
            }
            this.from = f;
            this.to = t;
            this.count = n;
            this.id = new int[n];
            boolean surrogates = false;
            for (int k = 0; k < s.length() && !surrogates; k++) {
                surrogates = Character.isSurrogate(s.charAt(k));
            }
            if (surrogates) {
                cpAt = new int[s.length() + 1];
                int cp = 0;
                for (int k = 0; k < s.length(); k++) {
                    cpAt[k] = cp;
                    if (!(Character.isLowSurrogate(s.charAt(k)) && k > 0 && Character.isHighSurrogate(s.charAt(k - 1)))) {
                        cp++;
                    }
                }
                cpAt[s.length()] = s.codePointCount(0, s.length());
            } else {
                cpAt = null;
            }
        }

        int cp(int charIndex) {
            return cpAt == null ? charIndex : cpAt[charIndex];
        }

        int charIndex(int codePoint) {
            return cpAt == null ? Math.min(codePoint, s.length()) : s.offsetByCodePoints(0,
                    Math.min(codePoint, cpAt[s.length()]));
        }
    }

    /**
     * For each token of the old text, the token of the new text a Myers diff keeps it as, or −1 for a
     * token deleted or replaced. Common ends are matched first, so a few edits in a long body stay cheap.
     */
    private static int[] carry(Text a, Text b) {
        Map<String, Integer> ids = new HashMap<>();
        for (Text t : List.of(a, b)) {
            for (int k = 0; k < t.count; k++) {
                t.id[k] = ids.computeIfAbsent(t.s.substring(t.from[k], t.to[k]), x -> ids.size());
            }
        }
        int[] map = new int[a.count];
        Arrays.fill(map, -1);
        int head = 0;
        while (head < a.count && head < b.count && a.id[head] == b.id[head]) {
            map[head] = head;
            head++;
        }
        int tail = 0;
        while (tail < a.count - head && tail < b.count - head
                && a.id[a.count - 1 - tail] == b.id[b.count - 1 - tail]) {
            map[a.count - 1 - tail] = b.count - 1 - tail;
            tail++;
        }
        List<Integer> x = new ArrayList<>();
        for (int k = head; k < a.count - tail; k++) {
            x.add(a.id[k]);
        }
        List<Integer> y = new ArrayList<>();
        for (int k = head; k < b.count - tail; k++) {
            y.add(b.id[k]);
        }
        if (x.isEmpty() || y.isEmpty()) {
            return map;
        }
        Patch<Integer> patch;
        long[] comparisons = {0};
        try {
            patch = DiffUtils.diff(x, y, new MyersDiffWithLinearSpace<Integer>((p, q) -> {
                if (++comparisons[0] > MAX_COMPARISONS) {
                    throw new OverBudget();
                }
                return p.intValue() == q.intValue();
            }), null);
        } catch (OverBudget e) {
            return map; // only the common beginning and end are carried; claims between are found verbatim or orphaned
        }
        int i = 0;
        int j = 0;
        for (AbstractDelta<Integer> d : patch.getDeltas()) {
            int si = d.getSource().getPosition();
            int tj = d.getTarget().getPosition();
            while (i < si && j < tj) {
                map[head + i] = head + j;
                i++;
                j++;
            }
            i = si + d.getSource().size();
            j = tj + d.getTarget().size();
        }
        while (i < x.size() && j < y.size()) {
            map[head + i] = head + j;
            i++;
            j++;
        }
        return map;
    }

    /**
     * The old range [from, to) (UTF-16) carried into the new text through the token map: each end by
     * its own token when kept, else by the nearest kept token outside the range. Null when nothing
     * around the range was kept.
     */
    private static int[] mapRange(Text a, Text b, int[] map, int from, int to) {
        int first = firstTokenEndingAfter(a, from);
        int last = lastTokenStartingBefore(a, to);
        if (first < 0 || last < first) {
            return null;
        }
        int start;
        if (map[first] >= 0 && from >= a.from[first]) {
            start = b.from[map[first]] + (from - a.from[first]);
        } else {
            int p = first - 1;
            while (p >= 0 && map[p] < 0) {
                p--;
            }
            if (p < 0) {
                start = 0;
            } else {
                int nt = map[p] + 1;
                if (nt >= b.count) {
                    return null;
                }
                start = b.from[nt];
            }
        }
        int end;
        if (map[last] >= 0 && to <= a.to[last]) {
            end = b.to[map[last]] - (a.to[last] - to);
        } else {
            int q = last + 1;
            while (q < a.count && map[q] < 0) {
                q++;
            }
            if (q >= a.count) {
                end = b.s.length();
            } else {
                int pt = map[q] - 1;
                if (pt < 0) {
                    return null;
                }
                end = b.to[pt];
            }
        }
        while (start < end && (b.s.charAt(start) == ' ' || b.s.charAt(start) == '\n')) {
            start++;
        }
        while (end > start && (b.s.charAt(end - 1) == ' ' || b.s.charAt(end - 1) == '\n')) {
            end--;
        }
        if (start >= end || start < 0 || end > b.s.length()) {
            return null;
        }
        return new int[] {start, end};
    }

    /** Whether the diff keeps every token of the old range, one after the other. */
    private static boolean keptWhole(Text a, int[] map, int from, int to) {
        int first = firstTokenEndingAfter(a, from);
        int last = lastTokenStartingBefore(a, to);
        if (first < 0 || last < first) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (map[k] < 0 || (k > first && map[k] != map[k - 1] + 1)) {
                return false;
            }
        }
        return true;
    }

    private static int firstTokenEndingAfter(Text t, int at) {
        int lo = 0;
        int hi = t.count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.to[mid] <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < t.count ? lo : -1;
    }

    private static int lastTokenStartingBefore(Text t, int at) {
        int lo = 0;
        int hi = t.count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.from[mid] < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
