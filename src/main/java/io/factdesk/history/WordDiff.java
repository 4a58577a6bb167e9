package io.factdesk.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level difference of two texts, for the timeline: the longest common subsequence of their
 * words (white space runs count as words, so that the text reads back exactly), shown as kept,
 * deleted and inserted runs.
 */
public final class WordDiff {

    /** Beyond this many table cells (words before × words after) the middle is shown as replaced whole. */
    static final long MAX_CELLS = 4_000_000;

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

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
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        Runs runs = new Runs();
        a.subList(0, prefix).forEach(t -> runs.add(Kind.SAME, t));
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), runs);
        a.subList(a.size() - suffix, a.size()).forEach(t -> runs.add(Kind.SAME, t));
        return readable(runs.segments);
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

    private static void middle(List<String> a, List<String> b, Runs runs) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            a.forEach(t -> runs.add(Kind.DELETED, t));
            b.forEach(t -> runs.add(Kind.INSERTED, t));
            return;
        }
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                runs.add(Kind.SAME, a.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                runs.add(Kind.DELETED, a.get(i++));
            } else {
                runs.add(Kind.INSERTED, b.get(j++));
            }
        }
        a.subList(i, a.size()).forEach(t -> runs.add(Kind.DELETED, t));
        b.subList(j, b.size()).forEach(t -> runs.add(Kind.INSERTED, t));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    /** Joins consecutive tokens of one kind into a run. */
    private static final class Runs {
        final List<Segment> segments = new ArrayList<>();

        void add(Kind kind, String token) {
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).kind() == kind) {
                segments.set(last, new Segment(kind, segments.get(last).text() + token));
            } else {
                segments.add(new Segment(kind, token));
            }
        }
    }
}
