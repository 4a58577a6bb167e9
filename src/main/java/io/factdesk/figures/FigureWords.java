package io.factdesk.figures;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Figures and dates put back into words: in a newsroom's words for the claim page ("at least 450,000
 * people", "July 2016") and as one short line per value for a spreadsheet cell ("450000 people (at
 * least)", "2016-07"). One place, so that the page and the CSV report never read a bound differently.
 */
public final class FigureWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private FigureWords() {
    }

    /** The value as a reader writes it: "450,000", "1.5", "33.333%" for a share. */
    public static String value(FigureView f) {
        return number(f.value(), f.unit());
    }

    /**
     * The bounds in words: "exact", "about 3,000,000", "at least 450,000", "nearly 50", "between 200
     * and 300".
     */
    public static String bounds(FigureView f) {
        boolean exact = f.low() != null && f.high() != null && f.low() == f.value() && f.high() == f.value();
        return exact && !f.approximate() ? "exact" : amount(f);
    }

    /** "at least 450,000", "between 200 and 300", "about 3,000,000", "nearly 50": the value with its bounds. */
    public static String amount(FigureView f) {
        Double low = f.low();
        Double high = f.high();
        if (low != null && high != null && !low.equals(high)) {
            return (f.approximate() ? "about " : "") + "between " + number(low, f.unit()) + " and "
                    + number(high, f.unit());
        }
        String n = number(f.value(), f.unit());
        if (low == null && high == null) {
            return n;
        }
        if (high == null) {
            return (f.approximate() ? "just over " : "at least ") + n;
        }
        if (low == null) {
            return (f.approximate() ? "nearly " : "at most ") + n;
        }
        return (f.approximate() ? "about " : "") + n;
    }

    /** What is counted, in words: "people", "GBP", "times", "a share"; empty when the text says nothing. */
    public static String unit(FigureView f) {
        String unit = f.unit();
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case "%" -> "per cent";
            case "share" -> "a share of the whole";
            case "times" -> "times as many";
            default -> unit;
        };
    }

    /** A date in words: "14 July 2016", "July 2016", "2016", "1 January 2018 to 28 January 2018". */
    public static String date(DateView d) {
        if (d.value() == null) {
            return "not known: the article gives no publication date to count from";
        }
        String value = d.value();
        int slash = value.indexOf('/');
        if (slash > 0) {
            return day(value.substring(0, slash)) + " to " + day(value.substring(slash + 1));
        }
        return day(value);
    }

    /** The precision in words: "a day", "a month", "a year", "a period". */
    public static String precision(DateView d) {
        if (d.precision() == null) {
            return "";
        }
        return switch (d.precision()) {
            case "day" -> "a day";
            case "month" -> "a month";
            case "year" -> "a year";
            case "interval" -> "a period";
            default -> d.precision();
        };
    }

    /** Figures for one cell: "450000 people (at least); 22 nation", separated by "; ". */
    public static String cell(List<FigureView> figures) {
        return figures.stream().map(FigureWords::cell).collect(Collectors.joining("; "));
    }

    /** Dates for one cell: their ISO values separated by "; "; an unresolved one as "? (last September)". */
    public static String dateCell(List<DateView> dates) {
        return dates.stream().map(d -> d.value() != null ? d.value() : "? (" + d.text() + ")")
                .collect(Collectors.joining("; "));
    }

    /** "450000 people (at least)", "200 (200 to 300)", "0.5 share (about)". */
    static String cell(FigureView f) {
        StringBuilder out = new StringBuilder(Figure.plain(f.value()));
        if (f.unit() != null) {
            out.append(' ').append(f.unit());
        }
        Double low = f.low();
        Double high = f.high();
        String bounds = null;
        if (low != null && high != null && !low.equals(high)) {
            bounds = Figure.plain(low) + " to " + Figure.plain(high);
        } else if (low != null && high == null) {
            bounds = "at least";
        } else if (low == null && high != null) {
            bounds = "at most";
        } else if (low == null) {
            bounds = "unbounded";
        }
        if (f.approximate()) {
            bounds = bounds == null ? "about" : "about, " + bounds;
        }
        return bounds == null ? out.toString() : out.append(" (").append(bounds).append(')').toString();
    }

    private static String number(double v, String unit) {
        if ("share".equals(unit)) {
            return grouped(v * 100) + "%";
        }
        return grouped(v);
    }

    private static String grouped(double v) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(v);
    }

    private static String day(String iso) {
        try {
            return switch (iso.length()) {
                case 4 -> iso;
                case 7 -> MONTH.format(YearMonth.parse(iso));
                case 10 -> DAY.format(LocalDate.parse(iso));
                default -> iso;
            };
        } catch (RuntimeException e) {
            return iso; // a value the reader writes in another ISO form is shown as it is
        }
    }
}
