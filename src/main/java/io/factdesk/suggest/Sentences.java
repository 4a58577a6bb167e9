package io.factdesk.suggest;

import io.factdesk.article.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Cuts a normalised article body into sentences with OpenNLP, paragraph by paragraph (paragraphs are
 * separated by a blank line, {@link TextNormalizer#paragraphs}), so that no sentence runs across a
 * paragraph break. Headlines, sub-headings ("US-Russian cooperation") and bylines are kept but marked
 * as no candidates.
 *
 * <p>Words are cut by a simple scanner, and part-of-speech tags (OpenNLP, Universal Dependencies
 * tags) are computed only when asked for: tagging costs about ten times the rest of the reading, so
 * {@link Suggester} asks only where the tags can change what is shown.
 */
public final class Sentences {

    /**
     * A sentence: {@code start}/{@code end} in code points of the body (end exclusive, like claim
     * anchors), {@code charStart}/{@code charEnd} the same in UTF-16 indices; {@code excluded} says
     * why it is no candidate, or is null. Not thread-safe (the tags are computed once, on demand).
     */
    public static final class Sentence {
        private final int start;
        private final int end;
        private final int charStart;
        private final int charEnd;
        private final String text;
        private final String[] tokens;
        private final int[] tokenStarts;
        private String[] tags;
        private String excluded;

        Sentence(int start, int end, int charStart, int charEnd, String text) {
            this.start = start;
            this.end = end;
            this.charStart = charStart;
            this.charEnd = charEnd;
            this.text = text;
            List<int[]> spans = wordSpans(text);
            this.tokens = new String[spans.size()];
            this.tokenStarts = new int[spans.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokenStarts[i] = spans.get(i)[0];
                tokens[i] = text.substring(spans.get(i)[0], spans.get(i)[1]);
            }
        }

        public int start() { return start; }
        public int end() { return end; }
        public int charStart() { return charStart; }
        public int charEnd() { return charEnd; }
        public String text() { return text; }
        public String[] tokens() { return tokens; }
        /** UTF-16 index of each token in {@link #text()}. */
        public int[] tokenStarts() { return tokenStarts; }
        public String excluded() { return excluded; }
        public boolean candidate() { return excluded == null; }

        /** Universal Dependencies part-of-speech tags of the tokens, tagged on first use. */
        public String[] tags() {
            if (tags == null) {
                tags = tokens.length == 0 ? new String[0] : NlpModels.tagger().tag(tokens);
            }
            return tags;
        }

        boolean tagged() {
            return tags != null;
        }

        @Override
        public String toString() {
            return start + "-" + end + (excluded == null ? " " : " [" + excluded + "] ") + text;
        }
    }

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|Reporting by|Written by|Photograph:|Photo:|Image:|Image caption|Additional reporting)\\b.*");

    private Sentences() {}

    public static List<Sentence> split(String body) {
        List<Sentence> out = new ArrayList<>();
        int charFrom = 0;
        for (TextNormalizer.Paragraph p : TextNormalizer.paragraphs(body)) {
            int charStart = body.indexOf(p.text(), charFrom);
            charFrom = charStart + p.text().length();
            String text = p.text().replace('\n', ' ');
            Span[] spans = NlpModels.sentenceDetector().sentPosDetect(text);
            int cp = p.start();
            int lastChar = 0;
            for (Span span : spans) {
                cp += text.codePointCount(lastChar, span.getStart());
                int cpStart = cp;
                cp += text.codePointCount(span.getStart(), span.getEnd());
                lastChar = span.getEnd();
                Sentence s = new Sentence(cpStart, cp, charStart + span.getStart(), charStart + span.getEnd(),
                        text.substring(span.getStart(), span.getEnd()));
                if (spans.length == 1) {
                    s.excluded = heading(s);
                }
                out.add(s);
            }
        }
        return out;
    }

    /** Why a one-sentence paragraph is a heading or byline rather than a sentence, or null. */
    private static String heading(Sentence s) {
        if (BYLINE.matcher(s.text).matches() && s.tokens.length <= 12) {
            return "a byline or caption";
        }
        boolean closed = endsLikeSentence(s.text);
        if (closed && s.tokens.length > 6) {
            return null; // a sentence: tagging it here to look for a verb would cost most of the reading
        }
        if (!hasVerb(s.tags())) {
            return "a heading: a one-line paragraph without a verb";
        }
        return closed ? null : "a heading: a one-line paragraph without closing punctuation";
    }

    static boolean hasVerb(String[] tags) {
        return Arrays.stream(tags).anyMatch(t -> t.equals("VERB") || t.equals("AUX") || t.startsWith("VB")
                || t.equals("MD"));
    }

    private static boolean endsLikeSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"”’')]*".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:;".indexOf(s.charAt(i)) >= 0;
    }

    /**
     * Words as the tagger's training data cut them: letters and digits (with inner "." or "," between
     * digits), the clitics "'s" and "n't" apart, every other visible character alone.
     */
    static List<int[]> wordSpans(String s) {
        List<int[]> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                while (i < n) {
                    char d = s.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '.' || d == ',') && i + 1 < n && Character.isDigit(s.charAt(i + 1))
                            && Character.isDigit(s.charAt(i - 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                // "don't": "do" + "n't"
                if (i + 1 < n && i - start > 1 && s.charAt(i - 1) == 'n' && isApostrophe(s.charAt(i))
                        && s.charAt(i + 1) == 't') {
                    out.add(new int[] { start, i - 1 });
                    out.add(new int[] { i - 1, i + 2 });
                    i += 2;
                    continue;
                }
            } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(s.charAt(i + 1)) && !out.isEmpty()
                    && out.get(out.size() - 1)[1] == i) {
                i++;
                while (i < n && Character.isLetter(s.charAt(i))) {
                    i++; // "'s", "'ll", "'re"
                }
            } else {
                i += Character.charCount(s.codePointAt(i));
            }
            out.add(new int[] { start, i });
        }
        return out;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
