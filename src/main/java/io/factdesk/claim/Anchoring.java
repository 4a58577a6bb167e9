package io.factdesk.claim;

import static io.factdesk.claim.AnchorException.Reason.AMBIGUOUS;
import static io.factdesk.claim.AnchorException.Reason.EMPTY;
import static io.factdesk.claim.AnchorException.Reason.INCOMPLETE_POSITION;
import static io.factdesk.claim.AnchorException.Reason.MISMATCH;
import static io.factdesk.claim.AnchorException.Reason.NOT_FOUND;
import static io.factdesk.claim.AnchorException.Reason.OUT_OF_RANGE;

import io.factdesk.article.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Places a claim in a normalized article body from a position, a quote, or both.
 *
 * <p>Quotes are compared with whitespace folded: after {@link TextNormalizer#normalizeFragment},
 * any run of spaces and line breaks in the quote, prefix or suffix matches any run of spaces and
 * line breaks in the body. Text is located on UTF-16 indices and converted to code points once,
 * walking forward, so a call stays linear in the body length.
 */
public final class Anchoring {

    public static final int CONTEXT = 32;

    private static final int SHOWN = 80;

    private Anchoring() {}

    public static TextAnchor resolve(String body, Integer start, Integer end, String exact, String prefix, String suffix) {
        Objects.requireNonNull(body, "body");
        if (start != null || end != null) {
            return byPosition(body, start, end, TextNormalizer.normalizeFragment(exact));
        }
        if (exact == null) {
            throw new AnchorException(EMPTY, "quote", "Give a position, a quote, or both.");
        }
        return byQuote(body, TextNormalizer.normalizeFragment(exact),
                TextNormalizer.normalizeFragment(prefix), TextNormalizer.normalizeFragment(suffix));
    }

    public static int codePointLength(String s) {
        return s.codePointCount(0, s.length());
    }

    public static int toCodePointOffset(String s, int charIndex) {
        if (charIndex < 0 || charIndex > s.length()) {
            throw new IllegalArgumentException("char index " + charIndex + " is outside 0.." + s.length());
        }
        if (!onCodePointBoundary(s, charIndex)) {
            throw new IllegalArgumentException("char index " + charIndex + " splits a surrogate pair");
        }
        return s.codePointCount(0, charIndex);
    }

    public static int toCharIndex(String s, int codePointOffset) {
        if (codePointOffset < 0) {
            throw new IllegalArgumentException("code point offset " + codePointOffset + " is negative");
        }
        try {
            return s.offsetByCodePoints(0, codePointOffset);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("code point offset " + codePointOffset
                    + " is beyond the text's " + codePointLength(s) + " code points", e);
        }
    }

    public static String slice(String s, int cpStart, int cpEnd) {
        if (cpEnd < cpStart) {
            throw new IllegalArgumentException("slice end " + cpEnd + " is before start " + cpStart);
        }
        int from = toCharIndex(s, cpStart);
        try {
            return s.substring(from, s.offsetByCodePoints(from, cpEnd - cpStart));
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("code point offset " + cpEnd
                    + " is beyond the text's " + codePointLength(s) + " code points", e);
        }
    }

    private static TextAnchor byPosition(String body, Integer start, Integer end, String quote) {
        if (start == null || end == null) {
            throw new AnchorException(INCOMPLETE_POSITION, "position",
                    "Give both start and end of the position, or neither.");
        }
        int length = codePointLength(body);
        if (start < 0 || start >= end || end > length) {
            throw new AnchorException(OUT_OF_RANGE, "position", "Position " + start + "–" + end
                    + " does not fit this article: it needs 0 ≤ start < end ≤ " + length
                    + " (offsets count Unicode code points).");
        }
        int from = body.offsetByCodePoints(0, start);
        int to = body.offsetByCodePoints(from, end - start);
        if (!quote.isEmpty() && !matchesExactly(body, from, to, quote)) {
            throw new AnchorException(MISMATCH, "quote.exact", "At position " + start + "–" + end
                    + " the article reads " + shown(body.substring(from, to)) + ", not the given quote "
                    + shown(quote) + ".");
        }
        return anchor(body, from, to, start, end);
    }

    private static TextAnchor byQuote(String body, String quote, String prefix, String suffix) {
        if (quote.isEmpty()) {
            throw new AnchorException(EMPTY, "quote.exact", "The quote is empty; paste the words of the claim as they stand in the article.");
        }
        List<int[]> hits = occurrences(body, quote);
        if (hits.isEmpty()) {
            throw new AnchorException(NOT_FOUND, "quote.exact", "The quote " + shown(quote)
                    + " does not stand in the article; check it against the article text.");
        }
        if (hits.size() == 1) {
            return anchors(body, hits).get(0);
        }
        String where = "The quote " + shown(quote) + " stands " + hits.size() + " times in the article";
        if (prefix.isEmpty() && suffix.isEmpty()) {
            throw new AnchorException(AMBIGUOUS, "quote",
                    where + "; choose one by position or add prefix/suffix.", anchors(body, hits));
        }
        List<int[]> fitting = new ArrayList<>();
        for (int[] hit : hits) {
            if ((prefix.isEmpty() || endsWithFolded(body, hit[0], prefix))
                    && (suffix.isEmpty() || startsWithFolded(body, hit[1], suffix))) {
                fitting.add(hit);
            }
        }
        if (fitting.size() == 1) {
            return anchors(body, fitting).get(0);
        }
        if (fitting.isEmpty()) {
            throw new AnchorException(AMBIGUOUS, "quote", where
                    + " but none has the given prefix/suffix; choose one by position.", anchors(body, hits));
        }
        throw new AnchorException(AMBIGUOUS, "quote", where + " and " + fitting.size()
                + " of them fit the given prefix/suffix; choose one by position.", anchors(body, fitting));
    }

    /** Every match of the quote as [startChar, endChar), overlapping ones included, in body order. */
    private static List<int[]> occurrences(String body, String quote) {
        int space = firstWhitespace(quote);
        String head = space < 0 ? quote : quote.substring(0, space);
        List<int[]> hits = new ArrayList<>();
        for (int at = body.indexOf(head); at >= 0; at = body.indexOf(head, at + 1)) {
            int end = matchFolded(body, at, quote);
            if (end >= 0 && onCodePointBoundary(body, at) && onCodePointBoundary(body, end)) {
                hits.add(new int[] {at, end});
            }
        }
        return hits;
    }

    /** Converts body-ordered char spans to anchors, counting code points only across the gaps. */
    private static List<TextAnchor> anchors(String body, List<int[]> spans) {
        List<TextAnchor> out = new ArrayList<>(spans.size());
        int char0 = 0;
        int cp0 = 0;
        for (int[] span : spans) {
            cp0 += body.codePointCount(char0, span[0]);
            char0 = span[0];
            out.add(anchor(body, span[0], span[1], cp0, cp0 + body.codePointCount(span[0], span[1])));
        }
        return out;
    }

    private static TextAnchor anchor(String body, int from, int to, int start, int end) {
        int before = from;
        for (int n = 0; n < CONTEXT && before > 0; n++) {
            before -= Character.charCount(body.codePointBefore(before));
        }
        int after = to;
        for (int n = 0; n < CONTEXT && after < body.length(); n++) {
            after += Character.charCount(body.codePointAt(after));
        }
        return new TextAnchor(body.substring(from, to), body.substring(before, from), body.substring(to, after), start, end);
    }

    /** The body between from and to, less whitespace at its ends, is the quote with whitespace folded. */
    private static boolean matchesExactly(String body, int from, int to, String quote) {
        while (from < to && isWhitespace(body.charAt(from))) {
            from++;
        }
        while (to > from && isWhitespace(body.charAt(to - 1))) {
            to--;
        }
        return matchFolded(body, from, quote) == to;
    }

    /** Where a match of the quote starting at {@code at} ends in the body, or -1. */
    private static int matchFolded(String body, int at, String quote) {
        int i = at;
        int j = 0;
        while (j < quote.length()) {
            if (isWhitespace(quote.charAt(j))) {
                if (i >= body.length() || !isWhitespace(body.charAt(i))) {
                    return -1;
                }
                j = skipWhitespace(quote, j);
                i = skipWhitespace(body, i);
            } else if (i < body.length() && body.charAt(i) == quote.charAt(j)) {
                i++;
                j++;
            } else {
                return -1;
            }
        }
        return i;
    }

    /** Whether the body before {@code to} ends with the prefix; whitespace at the seam does not count. */
    private static boolean endsWithFolded(String body, int to, String prefix) {
        int i = to;
        while (i > 0 && isWhitespace(body.charAt(i - 1))) {
            i--;
        }
        int j = prefix.length();
        while (j > 0) {
            if (isWhitespace(prefix.charAt(j - 1))) {
                if (i == 0 || !isWhitespace(body.charAt(i - 1))) {
                    return false;
                }
                while (j > 0 && isWhitespace(prefix.charAt(j - 1))) {
                    j--;
                }
                while (i > 0 && isWhitespace(body.charAt(i - 1))) {
                    i--;
                }
            } else if (i > 0 && body.charAt(i - 1) == prefix.charAt(j - 1)) {
                i--;
                j--;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Whether the body from {@code from} starts with the suffix; whitespace at the seam does not count. */
    private static boolean startsWithFolded(String body, int from, String suffix) {
        return matchFolded(body, skipWhitespace(body, from), suffix) >= 0;
    }

    private static int firstWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int skipWhitespace(String s, int i) {
        while (i < s.length() && isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Normalized text has no whitespace but these two. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n';
    }

    private static boolean onCodePointBoundary(String s, int i) {
        return i <= 0 || i >= s.length()
                || !(Character.isHighSurrogate(s.charAt(i - 1)) && Character.isLowSurrogate(s.charAt(i)));
    }

    /** A quote for a message: one line, at most about 80 code points. */
    private static String shown(String text) {
        String line = text.replaceAll("[ \n]+", " ").strip();
        if (codePointLength(line) > SHOWN) {
            line = line.substring(0, line.offsetByCodePoints(0, SHOWN - 1)) + "…";
        }
        return "\"" + line + "\"";
    }
}
