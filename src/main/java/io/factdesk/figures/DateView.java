package io.factdesk.figures;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A date or period as the API shows it (docs/api.md, "Figures and dates"): {@code value} is ISO 8601
 * ("2016", "2016-07", "2016-07-14" or an interval "a/b") with its {@code precision} (year, month, day,
 * interval); null when it is relative to a publication date the article does not give.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DateView(String text, int start, int end, String value, String precision) {

    public static DateView of(DateMention d) {
        return of(d, 0);
    }

    /** With the offsets moved by {@code by} code points (from a quote's to the body's). */
    public static DateView of(DateMention d, int by) {
        return new DateView(d.text(), d.start() + by, d.end() + by, d.value(), d.precision());
    }
}
