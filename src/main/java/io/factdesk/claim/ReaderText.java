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

    /**
     * A passage marked apart from the claims (the reader's suggested sentences): it cuts the text too,
     * so that every segment lies wholly inside or outside it, but never highlights. Passages do not
     * overlap one another; {@code key} names the passage in the page.
     */
    public record Passage(int start, int end, String key) {
    }

    /**
     * A run of text covered by the same claims; {@code claimIds} is empty for plain text. {@code passage}
     * is the key of the passage it lies in ("" for none), {@code passageStart} whether it begins it.
     */
    public record Segment(int start, String text, List<Long> claimIds, String topicClass, String state,
            String passage, boolean passageStart) {

        public Segment(int start, String text, List<Long> claimIds, String topicClass, String state) {
            this(start, text, claimIds, topicClass, state, "", false);
        }

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
        return build(body, marks, List.of());
    }

    /** As {@link #build(String, List)}, with the text also cut at the edges of {@code passages}. */
    public static List<Paragraph> build(String body, List<Mark> marks, List<Passage> passages) {
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
            List<Passage> inPara = new ArrayList<>();
            for (Passage p : passages) {
                if (p.start() < para.end() && p.end() > para.start()) {
                    inPara.add(p);
                    cuts.add(Math.max(p.start(), para.start()));
                    cuts.add(Math.min(p.end(), para.end()));
                }
            }
            List<Segment> segments = new ArrayList<>();
            String text = para.text();
            int charPos = 0;
            Integer from = null;
            for (int to : cuts) {
                if (from != null) {
                    int charEnd = text.offsetByCodePoints(charPos, to - from);
                    segments.add(inPassage(segment(from, to, text.substring(charPos, charEnd), here), from, to,
                            inPara));
                    charPos = charEnd;
                }
                from = to;
            }
            out.add(new Paragraph(para.start(), segments));
        }
        return out;
    }

    private static Segment inPassage(Segment s, int from, int to, List<Passage> passages) {
        for (Passage p : passages) {
            if (p.start() <= from && p.end() >= to) {
                return new Segment(s.start(), s.text(), s.claimIds(), s.topicClass(), s.state(), p.key(),
                        p.start() == from);
            }
        }
        return s;
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
