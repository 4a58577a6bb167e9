package io.factdesk.figures;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The days an ISO 8601 date value covers, both included: "2016" is 1 January to 31 December 2016,
 * "2016-07" the month, "2016-07-14" the day, and an interval "a/b" from a's first day to b's last. The
 * values the date reader gives (DateView) and the dates a claim search takes are read by this one rule.
 */
public record Days(LocalDate first, LocalDate last) {

    /** The days of {@code value}, or empty when it is null or not a year, month, day or interval of them. */
    public static Optional<Days> of(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        int slash = v.indexOf('/');
        if (slash >= 0) {
            Optional<Days> from = of(v.substring(0, slash));
            Optional<Days> to = of(v.substring(slash + 1));
            if (from.isEmpty() || to.isEmpty() || to.get().last().isBefore(from.get().first())) {
                return Optional.empty();
            }
            return Optional.of(new Days(from.get().first(), to.get().last()));
        }
        try {
            if (v.matches("\\d{4}")) {
                Year y = Year.parse(v);
                return Optional.of(new Days(y.atDay(1), y.atMonth(12).atEndOfMonth()));
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(v);
                return Optional.of(new Days(m.atDay(1), m.atEndOfMonth()));
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v);
                return Optional.of(new Days(d, d));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
