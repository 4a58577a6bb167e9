package io.factdesk.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * What a quote says in figures and dates, with offsets in the article's body: the readers
 * ({@link Figures}, {@link Dates}) applied with the article's language and publication date. No
 * database, no state; a quote is short and is read in microseconds.
 */
public record QuoteReading(List<FigureView> figures, List<DateView> dates) {

    /**
     * Raised whenever the readers would read a stored quote differently; claims' stored readings
     * from an older version are read again at start-up (claim.ClaimReadings).
     */
    public static final int READER_VERSION = 1;

    /**
     * The figures and dates of a quote that starts at code point {@code start} of a body in
     * {@code language} (null: English), relative dates read from {@code published} (null: left
     * unresolved).
     */
    public static QuoteReading of(String quote, int start, String language, LocalDate published) {
        List<DateMention> dates = Dates.read(quote, published);
        List<Figure> figures = Figures.read(quote, language, Dates.charSpans(quote, dates));
        return new QuoteReading(figures.stream().map(f -> FigureView.of(f, start)).toList(),
                dates.stream().map(d -> DateView.of(d, start)).toList());
    }

    public boolean isEmpty() {
        return figures.isEmpty() && dates.isEmpty();
    }
}
