package io.factdesk.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads every quantity in a text as a {@link Figure}: digits with either separator convention,
 * scale words and abbreviations, number words, fractions, multiples, percentages, currencies,
 * counted things, durations and compounds, with the bounds that the words before them set. The
 * forms and their readings are listed in docs/suggestions.md.
 *
 * <p>The text is cut into simple tokens once and read left to right, so the cost is linear in its
 * length. Years and day numbers belong to {@link Dates}: spans passed as {@code taken} are skipped.
 */
public final class Figures {

    /** Languages whose numbers write a decimal comma ("12,5 %"); elsewhere the comma groups thousands. */
    private static final Set<String> DECIMAL_COMMA = Set.of("de", "fr", "es", "it", "nl", "pt", "ru", "pl",
            "tr", "sv", "da", "nb", "nn", "no", "fi", "cs", "sk", "sl", "hr", "ro", "hu", "bg", "el", "id",
            "uk", "ca", "lt", "lv", "et", "sr", "be", "is");

    private static final Map<String, Integer> ONES = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);

    /** Abbreviations written against the number: "3.6m", "£14.3bn", "20k". */
    private static final Map<String, Double> ABBREVIATED_SCALES = Map.of("m", 1e6, "mn", 1e6, "bn", 1e9,
            "k", 1e3, "tn", 1e12, "trn", 1e12);

    private static final Map<String, Integer> FRACTIONS = Map.ofEntries(Map.entry("half", 2),
            Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3), Map.entry("quarter", 4),
            Map.entry("quarters", 4), Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("tenth", 10),
            Map.entry("tenths", 10));

    private static final Map<String, Double> MULTIPLES = Map.of("doubled", 2.0, "doubling", 2.0, "twice", 2.0,
            "tripled", 3.0, "trebled", 3.0, "tripling", 3.0, "quadrupled", 4.0, "halved", 0.5, "halving", 0.5,
            "halve", 0.5);

    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("£", "GBP", "$", "USD", "€", "EUR",
            "¥", "JPY", "₹", "INR", "₽", "RUB");

    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollars", "USD"),
            Map.entry("dollar", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("pounds", "GBP"), Map.entry("pound", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("rupees", "INR"), Map.entry("roubles", "RUB"),
            Map.entry("rubles", "RUB"), Map.entry("francs", "CHF"), Map.entry("yuan", "CNY"));

    private static final Set<String> ISO_CODES = Set.of("USD", "EUR", "GBP", "JPY", "CHF", "CNY", "INR", "RUB",
            "AUD", "CAD", "SEK", "NOK", "DKK", "PLN", "TRY", "BRL", "ZAR", "KES", "NGN");

    private static final Map<String, String> DURATIONS = Map.ofEntries(Map.entry("second", "second"),
            Map.entry("seconds", "second"), Map.entry("minute", "minute"), Map.entry("minutes", "minute"),
            Map.entry("hour", "hour"), Map.entry("hours", "hour"), Map.entry("day", "day"),
            Map.entry("days", "day"), Map.entry("week", "week"), Map.entry("weeks", "week"),
            Map.entry("month", "month"), Map.entry("months", "month"), Map.entry("year", "year"),
            Map.entry("years", "year"), Map.entry("decade", "decade"), Map.entry("decades", "decade"),
            Map.entry("century", "century"), Map.entry("centuries", "century"));

    /** Words after a number that are not what it counts. */
    private static final Set<String> NOT_COUNTED = Set.of("of", "out", "in", "on", "at", "to", "from", "for",
            "and", "or", "but", "the", "a", "an", "than", "by", "with", "as", "per", "is", "are", "was",
            "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may", "might",
            "that", "this", "these", "those", "who", "which", "while", "when", "where", "after", "before",
            "since", "into", "over", "under", "up", "down", "it",
            "its", "their", "his", "her", "our", "they", "we", "he", "she", "so", "if", "all", "last", "next",
            "ago", "earlier", "later", "between", "among", "against", "about", "around", "did", "do", "does",
            "not", "no", "yet", "still", "also", "only", "just", "said", "says", "percent", "cent",
            "then", "there", "here", "across", "through", "during", "within", "without", "until", "till",
            "because", "via", "including", "others", "compared", "versus", "vs", "am", "pm", "a.m", "p.m", "st", "nd",
            "rd", "th", "s", "every", "apiece", "each", "respectively", "alone", "already", "ahead");

    /** Adjectives skipped to reach the counted noun: "4,000 armed fighters", "300 new homes". */
    private static final Set<String> ADJECTIVES = Set.of("new", "more", "fewer", "less", "other", "additional", "extra", "young",
            "old", "small", "large", "big", "foreign", "local", "public", "private", "civilian",
            "full", "part", "senior", "junior", "elderly", "international", "military",
            "registered", "eligible", "unemployed", "homeless", "innocent", "former", "active", "total",
            "separate", "different", "individual", "major", "minor", "key", "top", "low", "high", "free",
            "daily", "weekly", "monthly", "annual", "confirmed", "suspected", "reported", "recorded");

    /** Words after which a four-digit number from 1900 to 2099 is a year ("the 2016 budget"). */
    private static final Set<String> YEAR_BEFORE = Set.of("the", "in", "since", "by", "of", "from", "until",
            "before", "after", "during", "its", "their");

    private static final Set<String> CHANGE_VERBS = Set.of("went", "rose", "grew", "shot", "crept", "goes", "rises",
            "grows", "go", "rise", "grow", "risen", "gone", "grown");

    private static final String[][] LOW_BOUNDS = { { "no", "fewer", "than" }, { "no", "less", "than" },
            { "in", "excess", "of" }, { "more", "than" }, { "greater", "than" }, { "higher", "than" },
            { "at", "least" }, { "upwards", "of" }, { "over" }, { "above" }, { "exceeding" } };
    private static final String[][] HIGH_BOUNDS = { { "no", "more", "than" }, { "fewer", "than" },
            { "less", "than" }, { "lower", "than" }, { "up", "to" }, { "at", "most" }, { "as", "many", "as" },
            { "as", "much", "as" }, { "under" }, { "below" } };
    private static final String[][] APPROXIMATE = { { "an", "estimated" }, { "about" }, { "around" },
            { "approximately" }, { "roughly" }, { "some" }, { "estimated" }, { "circa" }, { "c" } };
    private static final String[][] APPROXIMATE_BELOW = { { "just", "under" }, { "just", "below" },
            { "close", "to" }, { "nearly" }, { "almost" } };
    private static final String[][] APPROXIMATE_ABOVE = { { "just", "over" }, { "just", "above" },
            { "well", "over" }, { "well", "above" } };

    private enum Kind { NUMBER, WORD, SYMBOL }

    private record Token(Kind kind, String text, String lower, int start, int end, boolean spaceBefore) {
        boolean is(String word) {
            return kind == Kind.WORD && lower.equals(word);
        }

        boolean isSymbol(String s) {
            return kind == Kind.SYMBOL && text.equals(s);
        }
    }

    /** A number before what follows it (unit, bounds) is read: tokens [from, to), its value, whether digits. */
    private record Core(int from, int to, double value, boolean digits, double scale, String currency) {}

    private Figures() {}

    /** Every figure in {@code text}, for an article in {@code language} (ISO 639-1; null: English). */
    public static List<Figure> read(String text, String language) {
        return read(text, language, List.of());
    }

    /**
     * Every figure in {@code text} outside the {@code taken} spans (UTF-16 index pairs, e.g. the dates
     * already read). Offsets of the figures are code points of {@code text}.
     */
    public static List<Figure> read(String text, String language, List<int[]> taken) {
        boolean decimalComma = language != null
                && DECIMAL_COMMA.contains(language.toLowerCase(Locale.ROOT).split("[-_]")[0]);
        List<Token> tokens = tokenize(text);
        List<Figure> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (isTaken(t, taken)) {
                i++;
                continue;
            }
            int next = readAt(text, tokens, i, decimalComma, taken, out);
            i = next > i ? next : i + 1;
        }
        return out;
    }

    private static boolean isTaken(Token t, List<int[]> taken) {
        for (int[] span : taken) {
            if (t.start < span[1] && t.end > span[0]) {
                return true;
            }
        }
        return false;
    }

    /** Reads a figure starting at token i, adds it and answers the token after it; or i when none starts. */
    private static int readAt(String text, List<Token> tokens, int i, boolean decimalComma, List<int[]> taken,
            List<Figure> out) {
        Token t = tokens.get(i);
        if (t.kind == Kind.WORD && MULTIPLES.containsKey(t.lower)) {
            int from = boundStart(tokens, i);
            out.add(figure(text, tokens.get(from).start, t.end, MULTIPLES.get(t.lower), boundKind(tokens, i), "times"));
            return i + 1;
        }
        if (t.kind == Kind.WORD && i + 1 < tokens.size() && FRACTIONS.containsKey(tokens.get(i + 1).lower)) {
            int next = fraction(text, tokens, i, out); // "two thirds" before "two" is read as a number
            if (next > i) {
                return next;
            }
        }
        // "one in three", "1 in 5": a share.
        Core core = core(tokens, i, decimalComma);
        if (core == null) {
            return fraction(text, tokens, i, out);
        }
        if (core.to < tokens.size() && tokens.get(core.to).is("in")) {
            int j = core.to + 1;
            if (j < tokens.size() && tokens.get(j).is("every")) {
                j++;
            }
            Core of = core(tokens, j, decimalComma);
            if (of != null && of.value > core.value && of.scale == 1 && core.scale == 1) {
                int from = boundStart(tokens, i);
                String kind = boundKind(tokens, i);
                out.add(bounded(text, tokens.get(from).start, tokens.get(of.to - 1).end, core.value / of.value,
                        kind, "share"));
                return of.to;
            }
        }
        Token first = tokens.get(core.from);
        // Part of a name or code ("G20", "Covid-19", "F-16") or an ordinal ("1st"): not a quantity.
        if (core.digits && partOfName(tokens, core)) {
            return core.to;
        }
        if (!core.digits && core.value == 1 && core.scale == 1) {
            return core.to; // "one of the", "one diplomat": not a figure (docs/suggestions.md)
        }
        if (core.digits && i >= 2 && tokens.get(i - 1).isSymbol("-") && !tokens.get(i - 1).spaceBefore
                && !first.spaceBefore && tokens.get(i - 2).kind == Kind.NUMBER) {
            // the second number of a score or a result written "3-1": no range, nothing counted
            out.add(figure(text, first.start, tokens.get(core.to - 1).end, core.value, "exact", core.currency));
            return core.to;
        }
        int end = core.to; // token after the figure
        String unit = core.currency;
        double value = core.value;
        Double low = value;
        Double high = value;
        String boundKind = boundKind(tokens, i);
        int from = boundStart(tokens, i);
        boolean between = from == i && i >= 1 && tokens.get(i - 1).is("between");
        if (between) {
            from = i - 1;
        }
        // Ranges: "between X and Y", "X to Y", "X-Y" (but "from X to Y" is a change: two figures).
        boolean fromChange = i >= 1 && tokens.get(i - 1).is("from");
        if (end < tokens.size()) {
            Token sep = tokens.get(end);
            boolean dash = (sep.isSymbol("-") || sep.isSymbol("–")) && core.digits;
            boolean joins = (between && sep.is("and")) || (!fromChange && !between && sep.is("to")) || dash;
            if (joins && end + 1 < tokens.size() && !isTaken(tokens.get(end + 1), taken)) {
                Core second = core(tokens, end + 1, decimalComma);
                if (second != null && (second.digits == core.digits || !dash)) {
                    double firstValue = core.value;
                    if (core.scale == 1 && second.scale > 1 && core.value * second.scale <= second.value) {
                        firstValue = core.value * second.scale; // "between 2 and 3 million"
                    }
                    if (firstValue < second.value) {
                        value = firstValue;
                        low = firstValue;
                        high = second.value;
                        end = second.to;
                        if (unit == null) {
                            unit = second.currency;
                        }
                    }
                }
            }
        }
        // Percentages, currency words and ISO codes after the number.
        int[] after = new int[] { end };
        String suffixUnit = suffixUnit(tokens, after);
        if (suffixUnit != null) {
            unit = suffixUnit;
            end = after[0];
        } else if (unit == null) {
            // Compounds "22-nation", "five-year", "48-hour".
            if (end + 1 < tokens.size() && (tokens.get(end).isSymbol("-")) && !tokens.get(end).spaceBefore
                    && tokens.get(end + 1).kind == Kind.WORD && !tokens.get(end + 1).spaceBefore
                    && !NOT_COUNTED.contains(tokens.get(end + 1).lower)) {
                String word = tokens.get(end + 1).lower;
                unit = CURRENCY_WORDS.containsKey(word) ? CURRENCY_WORDS.get(word) : singular(word);
                end += 2;
            } else {
                int[] counted = countedNoun(tokens, end);
                if (counted != null) {
                    Token noun = tokens.get(counted[0]);
                    unit = unitOf(noun);
                    end = counted[0] + 1;
                }
            }
        }
        boolean yearWord = i >= 1 && YEAR_BEFORE.contains(tokens.get(i - 1).lower);
        if (core.digits && (unit == null || yearWord && suffixUnit == null) && !between && low.equals(high)
                && looksLikeYear(first, core)) {
            return core.to; // a year Dates did not take ("the 2016 budget"): not a quantity
        }
        Token last = tokens.get(end - 1);
        int startChar = tokens.get(from).start;
        double v = value;
        Double lo = low;
        Double hi = high;
        boolean approximate = false;
        if (low.equals(high)) {
            switch (boundKind) {
                case "low" -> hi = null;
                case "high" -> lo = null;
                case "approximate" -> approximate = true;
                case "approximate-below" -> { lo = null; approximate = true; }
                case "approximate-above" -> { hi = null; approximate = true; }
                default -> { }
            }
        } else if (boundKind.startsWith("approximate")) {
            approximate = true;
        }
        out.add(new Figure(text.substring(startChar, last.end), cp(text, startChar), cp(text, last.end), v, lo, hi,
                unit, approximate));
        return end;
    }

    /** "half", "a third", "two thirds", "three quarters" (a bare "third" is an ordinal). */
    private static int fraction(String text, List<Token> tokens, int i, List<Figure> out) {
        Token t = tokens.get(i);
        if (t.is("half") && !(i + 1 < tokens.size() && tokens.get(i + 1).isSymbol("-"))) {
            int from = i >= 1 && (tokens.get(i - 1).is("a") || tokens.get(i - 1).is("one")) ? i - 1 : i;
            int start = boundStart(tokens, from);
            out.add(bounded(text, tokens.get(start).start, t.end, 0.5, boundKind(tokens, from), "share"));
            return i + 1;
        }
        if (t.kind == Kind.WORD && (t.lower.equals("a") || ONES.containsKey(t.lower)) && i + 1 < tokens.size()) {
            Token f = tokens.get(i + 1);
            if (f.kind == Kind.WORD && FRACTIONS.containsKey(f.lower) && !f.lower.startsWith("half")) {
                int numerator = t.lower.equals("a") ? 1 : ONES.get(t.lower);
                boolean plural = f.lower.endsWith("s");
                if (numerator >= 1 && numerator < 10 && plural == (numerator > 1)) {
                    int start = boundStart(tokens, i);
                    out.add(bounded(text, tokens.get(start).start, f.end,
                            (double) numerator / FRACTIONS.get(f.lower), boundKind(tokens, i), "share"));
                    return i + 2;
                }
            }
        }
        return i;
    }

    private static Figure bounded(String text, int startChar, int endChar, double value, String kind, String unit) {
        return figure(text, startChar, endChar, value, kind, unit);
    }

    private static Figure figure(String text, int startChar, int endChar, double value, String kind, String unit) {
        Double low = value;
        Double high = value;
        boolean approximate = false;
        switch (kind) {
            case "low" -> high = null;
            case "high" -> low = null;
            case "approximate" -> approximate = true;
            case "approximate-below" -> { low = null; approximate = true; }
            case "approximate-above" -> { high = null; approximate = true; }
            default -> { }
        }
        return new Figure(text.substring(startChar, endChar), cp(text, startChar), cp(text, endChar), value, low,
                high, unit, approximate);
    }

    /** A number at token i: currency prefix, digits or number words, scale. Null when none starts here. */
    private static Core core(List<Token> tokens, int i, boolean decimalComma) {
        if (i >= tokens.size()) {
            return null;
        }
        int j = i;
        String currency = null;
        Token t = tokens.get(j);
        // "US$", "£", "€", "USD 5 million"
        if (t.is("us") && j + 2 < tokens.size() && tokens.get(j + 1).isSymbol("$") && !tokens.get(j + 1).spaceBefore) {
            currency = "USD";
            j += 2;
        } else if (t.kind == Kind.SYMBOL && CURRENCY_SYMBOLS.containsKey(t.text) && j + 1 < tokens.size()
                && tokens.get(j + 1).kind == Kind.NUMBER) {
            currency = CURRENCY_SYMBOLS.get(t.text);
            j++;
        } else if (t.kind == Kind.WORD && ISO_CODES.contains(t.text) && j + 1 < tokens.size()
                && tokens.get(j + 1).kind == Kind.NUMBER) {
            currency = t.text;
            j++;
        }
        if (j >= tokens.size()) {
            return null;
        }
        t = tokens.get(j);
        double value;
        boolean digits;
        int k;
        if (t.kind == Kind.NUMBER) {
            value = parseDigits(t.text, decimalComma);
            digits = true;
            k = j + 1;
        } else if (t.kind == Kind.WORD && (ONES.containsKey(t.lower) || t.lower.equals("a")
                || t.lower.equals("dozen"))) {
            double[] parsed = new double[1];
            k = numberWords(tokens, j, parsed);
            if (k == j) {
                return null;
            }
            value = parsed[0];
            digits = false;
        } else {
            return null;
        }
        double scale = 1;
        if (digits && k < tokens.size()) {
            Token s = tokens.get(k);
            if (s.kind == Kind.WORD && !s.spaceBefore && ABBREVIATED_SCALES.containsKey(s.lower)) {
                scale = ABBREVIATED_SCALES.get(s.lower);
                k++;
            } else if (s.kind == Kind.WORD && SCALES.containsKey(s.lower) && !s.lower.equals("hundred")) {
                scale = SCALES.get(s.lower);
                k++;
                if (k < tokens.size() && SCALES.containsKey(tokens.get(k).lower)
                        && !tokens.get(k).lower.equals("hundred")) {
                    scale *= SCALES.get(tokens.get(k).lower); // "1.5 thousand million"
                    k++;
                }
            } else if (s.kind == Kind.WORD && s.lower.equals("hundred")) {
                scale = 100;
                k++;
            }
        } else if (!digits && value >= 1e2) {
            // number words with a scale word in them ("twelve million"): the scale that word set
            scale = value >= 1e12 ? 1e12 : value >= 1e9 ? 1e9 : value >= 1e6 ? 1e6 : value >= 1e3 ? 1e3 : 1e2;
        }
        return new Core(i, k, value * (digits ? scale : 1), digits, scale, currency);
    }

    /**
     * Number words from token i: "twelve", "twenty-five", "two hundred and fifty", "twelve million",
     * "a million", "a dozen". Writes the value and answers the token after them (i when none).
     */
    private static int numberWords(List<Token> tokens, int i, double[] value) {
        double total = 0;
        double current = 0;
        boolean any = false;
        boolean scaled = false;
        int j = i;
        int end = i;
        if (tokens.get(j).is("a")) {
            if (j + 1 < tokens.size() && (SCALES.containsKey(tokens.get(j + 1).lower)
                    || tokens.get(j + 1).is("dozen"))) {
                current = 1;
                j++;
            } else {
                return i;
            }
        }
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            if (t.kind != Kind.WORD) {
                // "twenty-five": a hyphen between a tens word and a ones word
                if (t.isSymbol("-") && !t.spaceBefore && any && j + 1 < tokens.size()
                        && !tokens.get(j + 1).spaceBefore && ONES.containsKey(tokens.get(j + 1).lower)
                        && ONES.get(tokens.get(j + 1).lower) < 10 && current % 10 == 0 && current >= 20) {
                    j++;
                    continue;
                }
                break;
            }
            if (ONES.containsKey(t.lower)) {
                current += ONES.get(t.lower);
                any = true;
                end = j + 1;
            } else if (t.lower.equals("dozen") && (any || current == 1)) {
                current = (current == 0 ? 1 : current) * 12;
                any = true;
                end = j + 1;
            } else if (t.lower.equals("hundred") && (any || current == 1)) {
                current = (current == 0 ? 1 : current) * 100;
                any = true;
                scaled = true;
                end = j + 1;
            } else if (SCALES.containsKey(t.lower) && (any || current == 1)) {
                total += (current == 0 ? 1 : current) * SCALES.get(t.lower);
                current = 0;
                any = true;
                scaled = true;
                end = j + 1;
            } else if (t.lower.equals("and") && scaled && j + 1 < tokens.size()
                    && ONES.containsKey(tokens.get(j + 1).lower)) {
                // "two hundred and fifty"
            } else {
                break;
            }
            j++;
        }
        if (!any) {
            return i;
        }
        value[0] = total + current;
        return end;
    }

    private static boolean partOfName(List<Token> tokens, Core core) {
        int i = core.from;
        if (i >= 1) {
            Token before = tokens.get(i - 1);
            if (before.kind == Kind.WORD && !tokens.get(i).spaceBefore && core.currency == null) {
                return true; // "G20"
            }
            if (before.isSymbol("-") && !before.spaceBefore && !tokens.get(i).spaceBefore && i >= 2
                    && tokens.get(i - 2).kind == Kind.WORD) {
                return true; // "Covid-19", "F-16"
            }
            if (before.isSymbol(":") && !before.spaceBefore && !tokens.get(i).spaceBefore) {
                return true; // "10:30", "2:06:19"
            }
        }
        if (core.to < tokens.size()) {
            Token after = tokens.get(core.to);
            if (after.kind == Kind.WORD && !after.spaceBefore && Set.of("st", "nd", "rd", "th", "s", "am", "pm")
                    .contains(after.lower)) {
                return true; // "1st", "1990s", "3pm"
            }
            if (after.isSymbol(":") && !after.spaceBefore && core.to + 1 < tokens.size()
                    && tokens.get(core.to + 1).kind == Kind.NUMBER && !tokens.get(core.to + 1).spaceBefore) {
                return true; // "10:30"
            }
        }
        return false;
    }

    private static boolean looksLikeYear(Token first, Core core) {
        return core.scale == 1 && core.currency == null && first.text.length() == 4 && first.text.chars()
                .allMatch(Character::isDigit) && core.value >= 1900 && core.value <= 2099;
    }

    /** "%", "per cent", "percent", "percentage points", "dollars", "USD": the unit, moving after[0] past it. */
    private static String suffixUnit(List<Token> tokens, int[] after) {
        int k = after[0];
        if (k >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(k);
        if (t.isSymbol("%")) {
            after[0] = k + 1;
            return "%";
        }
        if (t.is("percent") || (t.is("per") && k + 1 < tokens.size() && tokens.get(k + 1).is("cent"))) {
            after[0] = t.is("percent") ? k + 1 : k + 2;
            return "%";
        }
        if (t.is("percentage") && k + 1 < tokens.size() && tokens.get(k + 1).lower.startsWith("point")) {
            after[0] = k + 2;
            return "percentage points";
        }
        if (t.is("us") && k + 1 < tokens.size() && tokens.get(k + 1).is("dollars")) {
            after[0] = k + 2;
            return "USD";
        }
        if (t.kind == Kind.WORD && CURRENCY_WORDS.containsKey(t.lower)) {
            after[0] = k + 1;
            return CURRENCY_WORDS.get(t.lower);
        }
        if (t.kind == Kind.WORD && ISO_CODES.contains(t.text)) {
            after[0] = k + 1;
            return t.text;
        }
        return null;
    }

    /**
     * The counted noun after the number, as {index}, or null: the first plural among up to three
     * plain lower-case words ("46 aid trucks", "five largest energy suppliers"), else the first of
     * them that is no adjective or verb form ("2.3 million people faced"); a nationality counts
     * people ("450,000 Syrians"); a capitalised adjective may come first ("400 Syrian refugees").
     */
    private static int[] countedNoun(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(k);
        if (t.kind != Kind.WORD || NOT_COUNTED.contains(t.lower) || ONES.containsKey(t.lower)
                || SCALES.containsKey(t.lower)) {
            return null;
        }
        if (!t.spaceBefore && !t.lower.equals("km") && !t.lower.equals("kg") && t.lower.length() > 3) {
            return null;
        }
        boolean capital = Character.isUpperCase(t.text.codePointAt(0));
        if (capital) {
            if (isNationalityPlural(t.text)) {
                return new int[] { k };
            }
            if (k + 1 < tokens.size() && isPlainNoun(tokens.get(k + 1)) && tokens.get(k + 1).lower.endsWith("s")) {
                return new int[] { k + 1 }; // "Syrian refugees", "three Velmari generals"
            }
            return null;
        }
        if (DURATIONS.containsKey(t.lower)) {
            return new int[] { k };
        }
        int last = k;
        while (last + 1 < tokens.size() && last + 1 < k + 3 && isPlainNoun(tokens.get(last + 1))
                && !ONES.containsKey(tokens.get(last + 1).lower)) {
            last++;
        }
        for (int j = k; j <= last; j++) {
            String w = tokens.get(j).lower;
            if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 2) {
                return new int[] { j };
            }
            if (DURATIONS.containsKey(w)) {
                return new int[] { j };
            }
        }
        for (int j = k; j <= last; j++) {
            String w = tokens.get(j).lower;
            if (!adjectiveLike(w)) {
                return new int[] { j };
            }
        }
        return null;
    }

    private static boolean adjectiveLike(String w) {
        return ADJECTIVES.contains(w) || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("est")
                || w.endsWith("al") || w.endsWith("ic") || w.endsWith("ful") || w.endsWith("ous");
    }

    private static boolean isPlainNoun(Token t) {
        return t.kind == Kind.WORD && t.spaceBefore && !NOT_COUNTED.contains(t.lower)
                && Character.isLowerCase(t.text.codePointAt(0));
    }

    private static boolean isNationalityPlural(String word) {
        return word.length() > 4 && Character.isUpperCase(word.codePointAt(0))
                && (word.endsWith("ans") || word.endsWith("ese") || word.endsWith("is") || word.endsWith("ians"))
                && word.substring(1).chars().allMatch(Character::isLowerCase);
    }

    private static String unitOf(Token noun) {
        if (isNationalityPlural(noun.text)) {
            return "people";
        }
        String d = DURATIONS.get(noun.lower);
        return d != null ? d : noun.lower;
    }

    private static String singular(String word) {
        String d = DURATIONS.get(word);
        return d != null ? d : word;
    }

    private static int boundStart(List<Token> tokens, int i) {
        String[] phrase = boundPhrase(tokens, i);
        return phrase == null ? i : i - phrase.length;
    }

    private static String boundKind(List<Token> tokens, int i) {
        String[] phrase = boundPhrase(tokens, i);
        if (phrase == null) {
            return "exact";
        }
        for (String[][] list : new String[][][] { LOW_BOUNDS, HIGH_BOUNDS, APPROXIMATE, APPROXIMATE_BELOW,
                APPROXIMATE_ABOVE }) {
            for (String[] p : list) {
                if (p == phrase) {
                    return list == LOW_BOUNDS ? "low" : list == HIGH_BOUNDS ? "high"
                            : list == APPROXIMATE ? "approximate"
                                    : list == APPROXIMATE_BELOW ? "approximate-below" : "approximate-above";
                }
            }
        }
        return "exact";
    }

    /** The longest bound phrase ending just before token i, or null. */
    private static String[] boundPhrase(List<Token> tokens, int i) {
        String[] best = null;
        for (String[][] list : new String[][][] { LOW_BOUNDS, HIGH_BOUNDS, APPROXIMATE, APPROXIMATE_BELOW,
                APPROXIMATE_ABOVE }) {
            for (String[] p : list) {
                if (i - p.length < 0 || (best != null && best.length >= p.length)) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < p.length && match; k++) {
                    match = tokens.get(i - p.length + k).is(p[k]);
                }
                // "edged up to 4.3%", "rose up to": a change, not a bound
                if (match && p.length == 2 && p[0].equals("up") && i >= 3 && tokens.get(i - 3).kind == Kind.WORD
                        && (tokens.get(i - 3).lower.endsWith("ed") || CHANGE_VERBS.contains(tokens.get(i - 3).lower))) {
                    match = false;
                }
                if (match) {
                    best = p;
                }
            }
        }
        return best;
    }

    /**
     * Digits with separators: a dot or comma followed by exactly three digits groups thousands
     * ("450.000", "1,603"), except a single comma in a decimal-comma language ("12,5", "1,500" = 1.5);
     * when both appear the last one is the decimal mark.
     */
    static double parseDigits(String s, boolean decimalComma) {
        int dots = 0;
        int commas = 0;
        int lastSep = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
                lastSep = i;
            } else if (c == ',') {
                commas++;
                lastSep = i;
            }
        }
        if (lastSep < 0) {
            return Double.parseDouble(s);
        }
        char decimal;
        if (dots > 0 && commas > 0) {
            decimal = s.charAt(lastSep);
        } else {
            char sep = s.charAt(lastSep);
            int count = sep == '.' ? dots : commas;
            boolean threeAfter = s.length() - lastSep - 1 == 3;
            if (count > 1) {
                decimal = 0;
            } else if (sep == ',' && decimalComma) {
                decimal = ',';
            } else if (threeAfter) {
                decimal = 0;
            } else {
                decimal = sep;
            }
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                b.append(c);
            } else if (c == decimal && i == lastSep) {
                b.append('.');
            }
        }
        return Double.parseDouble(b.toString());
    }

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int prevEnd = -1;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Kind kind;
            if (c >= '0' && c <= '9') {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (d >= '0' && d <= '9') {
                        i++;
                    } else if ((d == '.' || d == ',') && i + 1 < n && text.charAt(i + 1) >= '0'
                            && text.charAt(i + 1) <= '9') {
                        i += 2;
                    } else {
                        break;
                    }
                }
                kind = Kind.NUMBER;
            } else if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                kind = Kind.WORD;
            } else {
                i += Character.charCount(text.codePointAt(i));
                kind = Kind.SYMBOL;
            }
            String s = text.substring(start, i);
            String symbol = kind == Kind.SYMBOL && (s.equals("‑") || s.equals("‐")) ? "-" : s;
            out.add(new Token(kind, symbol, symbol.toLowerCase(Locale.ROOT), start, i, start != prevEnd));
            prevEnd = i;
        }
        return out;
    }

    private static int cp(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
