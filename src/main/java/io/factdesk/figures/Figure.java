package io.factdesk.figures;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A quantity read from text. {@code start}/{@code end} are code point offsets (end exclusive) in the
 * text given to the reader; {@code low}/{@code high} are null where the text leaves that side open
 * ("more than 450,000": low 450000, high null); a plain number has {@code low = high = value}. A range
 * ("between 200 and 300") has the first number as its value. {@code unit} is an ISO 4217 code for
 * money, "%" or "percentage points", "share" for fractions ("a third", "one in three"), "times" for
 * multiples ("doubled"), a singular time unit for durations ("year", "hour"), "people" for a
 * nationality ("450,000 Syrians"), otherwise the counted noun as written ("trucks", "nation"), or null.
 */
public record Figure(String text, int start, int end, double value, Double low, Double high, String unit,
        boolean approximate) {

    /**
     * The comparable form used by the labelled set (docs/suggestions.md): {@code value}, then
     * {@code [low..high]} when the bounds are not both the value, then the unit.
     */
    public String key() {
        StringBuilder out = new StringBuilder(plain(value));
        if (low == null || high == null || low != value || high != value) {
            out.append('[').append(low == null ? "" : plain(low)).append("..")
                    .append(high == null ? "" : plain(high)).append(']');
        }
        if (unit != null) {
            out.append(' ').append(unit);
        }
        return out.toString();
    }

    /** Six significant digits, no exponent, no trailing zeros: 1/3 is "0.333333". */
    static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
