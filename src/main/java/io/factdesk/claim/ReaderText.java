package io.factdesk.claim;

import io.factdesk.article.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article body into paragraphs and, inside them, into segments that a constant set of
 * claims covers, so that the reader page can highlight overlapping and nested claims with plain
 * escaped text and no markup from the server's strings. Offsets are code points, as in anchors.
 */
public final class ReaderText {

    /** A claim as the highlighter needs it. */
    public record Mark(long id, int start, int end, String topicClass, String state) {
        int length() {
            return end - start;
        }
    }

    /** A run of text covered by the same claims; {@code claimIds} is empty for plain text. */
    public record Segment(int start, String text, List<Long> claimIds, String topicClass, String state) {
        public boolean highlighted() {
            return !claimIds.isEmpty();
        }

        public int depth() {
            return Math.min(claimIds.size(), 4);
        }

        public String claimIdList() {
            return String.join(" ", claimIds.stream().map(String::valueOf).toList());
        }
    }

    public record Paragraph(int start, List<Segment> segments) {
    }

    private ReaderText() {
    }

    public static List<Paragraph> build(String body, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
        List<Paragraph> out = new ArrayList<>();
        int first = 0; // marks before this index ended before the current paragraph
        for (TextNormalizer.Paragraph para : TextNormalizer.paragraphs(body)) {
            while (first < sorted.size() && sorted.get(first).end() <= para.start()) {
                first++;
            }
            List<Mark> here = new ArrayList<>();
            TreeSet<Integer> cuts = new TreeSet<>(List.of(para.start(), para.end()));
            for (int i = first; i < sorted.size() && sorted.get(i).start() < para.end(); i++) {
                Mark m = sorted.get(i);
                if (m.end() > para.start()) {
                    here.add(m);
                    cuts.add(Math.max(m.start(), para.start()));
                    cuts.add(Math.min(m.end(), para.end()));
                }
            }
            List<Segment> segments = new ArrayList<>();
            String text = para.text();
            int charPos = 0;
            Integer from = null;
            for (int to : cuts) {
                if (from != null) {
                    int charEnd = text.offsetByCodePoints(charPos, to - from);
                    segments.add(segment(from, to, text.substring(charPos, charEnd), here));
                    charPos = charEnd;
                }
                from = to;
            }
            out.add(new Paragraph(para.start(), segments));
        }
        return out;
    }

    private static Segment segment(int from, int to, String text, List<Mark> candidates) {
        List<Long> ids = new ArrayList<>();
        Mark innermost = null;
        for (Mark m : candidates) {
            if (m.start() <= from && m.end() >= to) {
                ids.add(m.id());
                if (innermost == null || m.length() < innermost.length()) {
                    innermost = m;
                }
            }
        }
        return innermost == null ? new Segment(from, text, List.of(), "", "")
                : new Segment(from, text, ids, innermost.topicClass(), innermost.state());
    }
}
