package io.factdesk.figures;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A quantity as the API shows it (docs/api.md, "Figures and dates"): its words and place in code
 * points, its value, and its bounds. {@code low}/{@code high} are null where the text leaves that side
 * open ("more than 450.000": low 450000, high null); a plain number has low = high = value.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FigureView(String text, int start, int end, double value, Double low, Double high, String unit,
        boolean approximate) {

    public static FigureView of(Figure f) {
        return of(f, 0);
    }

    /** With the offsets moved by {@code by} code points (from a quote's to the body's). */
    public static FigureView of(Figure f, int by) {
        return new FigureView(f.text(), f.start() + by, f.end() + by, f.value(), f.low(), f.high(), f.unit(),
                f.approximate());
    }
}
