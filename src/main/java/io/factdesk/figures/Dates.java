package io.factdesk.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads absolute dates ("14 July 2016", "July 2016", "2016", "2016-07-14") and dates relative to the
 * article's publication date ("on Wednesday", "in March", "last year", "last September", "this
 * month", "three years ago", "in the first four weeks of the year") as ISO values with their
 * precision. The rules for relative dates are in docs/suggestions.md. Each pattern is a plain
 * regular expression without nested repetition, so a text is read in linear time.
 */
public final class Dates {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String NUMBER_WORDS = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|a|an)";

    private static final Pattern ISO = Pattern.compile("(?<![\\d.,])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(?:" + WEEKDAY + ",? )?(\\d{1,2})" + ORD
            + " (?:of )?" + MONTH + ",? (\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(?:" + WEEKDAY + ",? )?" + MONTH
            + " (\\d{1,2})" + ORD + ",? (\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:" + WEEKDAY + ",? )?(\\d{1,2})" + ORD
            + " (?:of )?" + MONTH + "(?![\\p{L}])");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:" + WEEKDAY + ",? )?" + MONTH + " (\\d{1,2})"
            + ORD + "(?![\\d\\p{L}])");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? (\\d{4})(?!\\d)");
    private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile("\\b" + MONTH + " (last|this|next) year\\b");
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(?:(last|this|next|in|since|by|until|till|from|early|late|mid|of|during|before|after|through|to"
                    + "|and|or|between|end of|start of|beginning of|middle of)[ -])?" + MONTH + "(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,$£€])(1[89]\\d\\d|20\\d\\d)(?![\\d%]|[.,]\\d|s\\b|\\p{L})");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile("\\b(?:(last|this|next|on) )?" + WEEKDAY
            + "(?!\\p{L})");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?i:(last|this|next|earlier this|later this|so far this|past|previous|the previous|the past"
                    + "|the same) (year|month|week))\\b");
    private static final Pattern DAY_WORD = Pattern.compile("\\b(?i:(yesterday|today|tomorrow))\\b");
    private static final Pattern AGO = Pattern.compile("\\b(?i:" + NUMBER_WORDS + " (year|month|week|day)s? ago)\\b");
    private static final Pattern FIRST_OF_YEAR = Pattern.compile("\\b(?i:(?:the )?(first|last) "
            + "(?:(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) )?(week|month|day|half"
            + "|quarter)s? of (?:the year|this year|last year|(\\d{4})))\\b");

    /**
     * Words that put a sentence in the future: there, a month or weekday without a year is the next
     * one on or after the publication date, not the last one.
     */
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|(?:is|are|was|were) (?:due|expected|set|scheduled)\\b"
            + "|(?:is|are|was|were) to|expects?|expected|plans? to|planned for|next|scheduled"
            + "|hopes? to|aims? to|intends? to)\\b");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    /** Words after which a four-digit number between 1800 and 2099 is a year. */
    private static final Set<String> YEAR_BEFORE = Set.of("in", "since", "by", "of", "from", "until", "till",
            "to", "before", "after", "during", "between", "and", "early", "late", "mid", "year", "the", "for",
            "through", "around", "circa", "or", "end", "start", "summer", "winter", "spring", "autumn", "fall",
            "than", "as", "on", "at", "beginning", "middle", "throughout", "both", "nor", "fiscal",
            "financial", "calendar", "election", "season", "its", "s");

    private static final Pattern COUNTED_AFTER = Pattern.compile(" (\\p{Ll}+s|people|children|men|women)\\b");

    private static final String UNRESOLVED = "relative to the publication date, which is not known";

    private record Found(int start, int end, String value, String precision, boolean resolved) {}

    private Dates() {}

    /**
     * Every date in {@code text}. {@code published} (nullable) anchors relative dates; without it they
     * are returned unresolved.
     */
    public static List<DateMention> read(String text, LocalDate published) {
        boolean future = FUTURE.matcher(text).find();
        boolean digits = text.chars().anyMatch(c -> c >= '0' && c <= '9');
        List<Found> found = new ArrayList<>();
        boolean months = mentionsAMonth(text);
        if (digits) {
            readNumeric(text, published, future, found, months);
        }
        if (months && text.contains(" year")) {
            scan(MONTH_RELATIVE_YEAR, text, published, found, (m, p) -> {
                if (p == null) {
                    return new String[] { null, "month" };
                }
                int shift = m.group(2).equals("last") ? -1 : m.group(2).equals("next") ? 1 : 0;
                return new String[] { YearMonth.of(p.getYear() + shift, month(m.group(1))).toString(), "month" };
            });
        }
        if (text.contains(" of ")) {
            scan(FIRST_OF_YEAR, text, published, found, Dates::partOfYear);
        }
        if (text.contains("year") || text.contains("month") || text.contains("week")) {
            scan(RELATIVE, text, published, found, Dates::relative);
        }
        if (text.contains(" ago")) {
            scan(AGO, text, published, found, Dates::ago);
        }
        if (text.contains("day") || text.contains("omorrow")) {
            scan(DAY_WORD, text, published, found, (m, p) -> {
                if (p == null) {
                    return new String[] { null, "day" };
                }
                String w = m.group(1).toLowerCase(Locale.ROOT);
                int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
                return new String[] { p.plusDays(shift).toString(), "day" };
            });
        }
        if (months) {
            scan(MONTH_ALONE, text, published, found, (m, p) -> monthAlone(m, p, future));
        }
        if (text.contains("day")) {
            scan(WEEKDAY_ALONE, text, published, found, (m, p) -> weekday(m, p, future));
        }
        // Longest first at each position, then no overlaps.
        found.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<DateMention> out = new ArrayList<>();
        int covered = -1;
        for (Found f : found) {
            if (f.start < covered) {
                continue;
            }
            covered = f.end;
            out.add(new DateMention(text.substring(f.start, f.end), text.codePointCount(0, f.start),
                    text.codePointCount(0, f.end), f.value, f.precision, f.resolved, f.resolved ? null : UNRESOLVED));
        }
        return out;
    }

    /** The patterns that need a digit, skipped for the many sentences without one. */
    private static void readNumeric(String text, LocalDate published, boolean future, List<Found> found,
            boolean months) {
        if (!months) {
            scan(ISO, text, published, found, (m, p) -> day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
            scan(YEAR, text, published, found, (m, p) -> isYear(text, m) ? new String[] { m.group(1), "year" } : null);
            return;
        }
        scan(ISO, text, published, found, (m, p) -> day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
        scan(DAY_MONTH_YEAR, text, published, found, (m, p) -> day(Integer.parseInt(m.group(4)), month(m.group(3)),
                Integer.parseInt(m.group(2))));
        scan(MONTH_DAY_YEAR, text, published, found, (m, p) -> day(Integer.parseInt(m.group(4)), month(m.group(2)),
                Integer.parseInt(m.group(3))));
        scan(MONTH_YEAR, text, published, found, (m, p) -> {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
            return new String[] { ym.toString(), "month" };
        });
        scan(DAY_MONTH, text, published, found, (m, p) -> relativeDay(month(m.group(3)), Integer.parseInt(m.group(2)), p, future));
        scan(MONTH_DAY, text, published, found, (m, p) -> relativeDay(month(m.group(2)), Integer.parseInt(m.group(3)), p, future));
        scan(YEAR, text, published, found, (m, p) -> isYear(text, m) ? new String[] { m.group(1), "year" } : null);
    }

    /** UTF-16 spans of the dates in {@code text}, for {@link Figures} to leave alone. */
    public static List<int[]> charSpans(String text, List<DateMention> dates) {
        List<int[]> spans = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            spans.add(new int[] { text.offsetByCodePoints(0, d.start()), text.offsetByCodePoints(0, d.end()) });
        }
        return spans;
    }

    private static void scan(Pattern pattern, String text, LocalDate published, List<Found> out,
            BiFunction<Matcher, LocalDate, String[]> reader) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String[] read = reader.apply(m, published);
            if (read != null) {
                // "in March", "on Thursday": the preposition is not part of the date; "last March" is.
                int start = m.start();
                if ((pattern == MONTH_ALONE || pattern == WEEKDAY_ALONE) && m.group(1) != null
                        && !Set.of("last", "this", "next").contains(m.group(1))) {
                    start = m.start(2);
                }
                out.add(new Found(start, m.end(), read[0], read[1], read[0] != null));
            }
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static String[] day(int year, int month, int day) {
        try {
            return new String[] { LocalDate.of(year, month, day).toString(), "day" };
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String[] relativeDay(int month, int day, LocalDate published, boolean future) {
        if (day < 1 || day > 31) {
            return null;
        }
        if (published == null) {
            return new String[] { null, "day" };
        }
        int step = future ? 1 : -1;
        for (int year = published.getYear(); Math.abs(year - published.getYear()) < 5; year += step) {
            try {
                LocalDate d = LocalDate.of(year, month, day);
                if (future ? !d.isBefore(published) : !d.isAfter(published)) {
                    return new String[] { d.toString(), "day" };
                }
            } catch (java.time.DateTimeException e) {
                // 29 February in a common year: try the year before
            }
        }
        return null;
    }

    private static String[] monthAlone(Matcher m, LocalDate published, boolean future) {
        String before = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String name = m.group(2);
        boolean ambiguous = name.startsWith("May") || name.startsWith("Mar") && !name.equals("March")
                || name.equals("March") || name.startsWith("Jun") && name.length() == 3;
        if (ambiguous && before.isEmpty()) {
            return null; // "May" the verb, "March" the noun at a sentence start
        }
        if (name.endsWith(".") || name.length() <= 4 && !name.equals("June") && !name.equals("July")
                && !name.equals("May")) {
            if (before.isEmpty()) {
                return null; // "Jan" alone is more likely a name
            }
        }
        if (published == null) {
            return new String[] { null, "month" };
        }
        YearMonth now = YearMonth.from(published);
        int month = month(name);
        YearMonth ym;
        switch (before) {
            case "last" -> {
                ym = YearMonth.of(now.getYear(), month);
                if (!ym.isBefore(now)) {
                    ym = ym.minusYears(1);
                }
            }
            case "next" -> {
                ym = YearMonth.of(now.getYear(), month);
                if (!ym.isAfter(now)) {
                    ym = ym.plusYears(1);
                }
            }
            case "this" -> ym = YearMonth.of(now.getYear(), month);
            case "by", "until", "till" -> {
                ym = YearMonth.of(now.getYear(), month);
                if (ym.isBefore(now)) {
                    ym = ym.plusYears(1);
                }
            }
            default -> {
                ym = YearMonth.of(now.getYear(), month);
                if (future && ym.isBefore(now)) {
                    ym = ym.plusYears(1);
                } else if (!future && ym.isAfter(now)) {
                    ym = ym.minusYears(1);
                }
            }
        }
        return new String[] { ym.toString(), "month" };
    }

    private static String[] weekday(Matcher m, LocalDate published, boolean future) {
        if (published == null) {
            return new String[] { null, "day" };
        }
        String before = m.group(1) == null ? "" : m.group(1);
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        LocalDate d = switch (before) {
            case "last" -> published.with(TemporalAdjusters.previous(day));
            case "next" -> published.with(TemporalAdjusters.next(day));
            default -> future ? published.with(TemporalAdjusters.nextOrSame(day))
                    : published.with(TemporalAdjusters.previousOrSame(day));
        };
        return new String[] { d.toString(), "day" };
    }

    private static String[] relative(Matcher m, LocalDate published) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (which.equals("the same")) {
            return null; // "the same year": relative to another date in the text, not to publication
        }
        String precision = unit.equals("week") ? "interval" : unit;
        if (published == null) {
            return new String[] { null, precision };
        }
        int shift = switch (which) {
            case "last", "past", "previous", "the previous", "the past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "year" -> new String[] { Integer.toString(published.getYear() + shift), "year" };
            case "month" -> new String[] { YearMonth.from(published).plusMonths(shift).toString(), "month" };
            default -> {
                LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .plusWeeks(shift);
                yield new String[] { monday + "/" + monday.plusDays(6), "interval" };
            }
        };
    }

    private static String[] ago(Matcher m, LocalDate published) {
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        String precision = unit.equals("week") ? "day" : unit;
        if (published == null) {
            return new String[] { null, precision };
        }
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int count = SMALL_NUMBERS.containsKey(n) ? SMALL_NUMBERS.get(n) : Integer.parseInt(n);
        return switch (unit) {
            case "year" -> new String[] { Integer.toString(published.getYear() - count), "year" };
            case "month" -> new String[] { YearMonth.from(published).minusMonths(count).toString(), "month" };
            case "week" -> new String[] { published.minusWeeks(count).toString(), "day" };
            default -> new String[] { published.minusDays(count).toString(), "day" };
        };
    }

    /** "the first four weeks of the year", "the first half of 2017", "the last quarter of last year". */
    private static String[] partOfYear(Matcher m, LocalDate published) {
        String text = m.group().toLowerCase(Locale.ROOT);
        int year;
        if (m.group(4) != null) {
            year = Integer.parseInt(m.group(4));
        } else if (published == null) {
            return new String[] { null, "interval" };
        } else {
            year = published.getYear() - (text.endsWith("last year") ? 1 : 0);
        }
        String n = m.group(2) == null ? "one" : m.group(2).toLowerCase(Locale.ROOT);
        int count = SMALL_NUMBERS.containsKey(n) ? SMALL_NUMBERS.get(n) : Integer.parseInt(n);
        boolean first = m.group(1).equalsIgnoreCase("first");
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        if (count < 1 || count > 52) {
            return null;
        }
        LocalDate from;
        LocalDate to;
        switch (unit) {
            case "week" -> {
                from = first ? jan1 : dec31.minusWeeks(count).plusDays(1);
                to = first ? jan1.plusWeeks(count).minusDays(1) : dec31;
            }
            case "month" -> {
                from = first ? jan1 : dec31.minusMonths(count).plusDays(1).withDayOfMonth(1);
                to = first ? jan1.plusMonths(count).minusDays(1) : dec31;
            }
            case "day" -> {
                from = first ? jan1 : dec31.minusDays(count - 1);
                to = first ? jan1.plusDays(count - 1) : dec31;
            }
            default -> {
                int months = unit.equals("half") ? 6 * count : 3 * count;
                if (months > 12) {
                    return null;
                }
                from = first ? jan1 : dec31.minusMonths(months).plusDays(1);
                to = first ? jan1.plusMonths(months).minusDays(1) : dec31;
            }
        }
        return new String[] { from + "/" + to, "interval" };
    }

    /** Whether the text holds a month's name or abbreviation: most sentences do not, and skip those patterns. */
    private static boolean mentionsAMonth(String text) {
        for (String m : MONTH_PREFIXES) {
            if (text.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] MONTH_PREFIXES = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec" };

    /** A four-digit number is a year after a preposition, at a sentence start, or before punctuation. */
    private static boolean isYear(String text, Matcher m) {
        int s = m.start();
        int e = m.end();
        Matcher counted = COUNTED_AFTER.matcher(text).region(e, Math.min(text.length(), e + 30));
        if (counted.lookingAt() && !Set.of("was", "has", "is", "as", "this", "its", "his").contains(counted.group(1))) {
            return false; // "2016 people": a count, not a year
        }
        int k = s - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 0) {
            return true;
        }
        char c = text.charAt(k);
        if (c == '(' || c == '-' || c == '–' || c == '/' || c == '“' || c == '"' || c == '\'' || c == '‘') {
            return true;
        }
        int w = k;
        while (w >= 0 && Character.isLetter(text.charAt(w))) {
            w--;
        }
        String word = text.substring(w + 1, k + 1).toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && (YEAR_BEFORE.contains(word) || MONTHS.containsKey(word.length() >= 3
                ? word.substring(0, 3) : "-"))) {
            return true;
        }
        if (e >= text.length()) {
            return true;
        }
        char after = text.charAt(e);
        return after == ',' || after == '.' || after == ';' || after == ':' || after == ')' || after == '’'
                || after == '\'' || after == '–' || after == '-' || after == '/' || after == '”' || after == '"';
    }
}
