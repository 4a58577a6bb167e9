package io.factdesk.claim;

import java.util.Objects;

/**
 * Where a claim stands in a normalized article body: a W3C Web Annotation TextQuoteSelector
 * (exact, prefix, suffix) plus a TextPositionSelector (start, end), both kept so either can
 * re-find the text if the other goes stale. Offsets are 0-based Unicode code points, end exclusive.
 */
public record TextAnchor(String exact, String prefix, String suffix, int start, int end) {

    public TextAnchor {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("need 0 <= start <= end, got " + start + ".." + end);
        }
        if (exact.codePointCount(0, exact.length()) != end - start) {
            throw new IllegalArgumentException("exact must be end - start = " + (end - start) + " code points long");
        }
    }
}
