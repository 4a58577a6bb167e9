package io.factdesk.figures;

/**
 * A date or period read from text. {@code value} is ISO 8601: "2016" (precision {@code year}),
 * "2016-07" ({@code month}), "2016-07-14" ({@code day}) or an interval "2018-01-01/2018-01-28"
 * ({@code interval}). A date relative to the publication date ("last September") read without one
 * has a null value, {@code resolved = false} and a {@code note} saying so. Offsets are code points of
 * the text given to the reader, end exclusive.
 */
public record DateMention(String text, int start, int end, String value, String precision, boolean resolved,
        String note) {

    /** The comparable form used by the labelled set: the value, or "?" when unresolved. */
    public String key() {
        return value == null ? "?" : value;
    }
}
