package io.factdesk.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one JSON writer whose output is hashed. It writes the canonical form of docs/history.md:
 * members sorted by name, no white space, integers only, and the string escaping of RFC 8785 (JCS),
 * which is also what Python's {@code json.dumps(..., sort_keys=True, separators=(",", ":"),
 * ensure_ascii=False)} produces. Jackson is not used here because its output depends on its
 * configuration, and a hash must not.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /**
     * The value as the history stores it: maps with sorted string keys, lists, strings, integers,
     * booleans and null. Dates and times become ISO-8601 strings, enums their names, and numbers with
     * a fraction their plain decimal string, since JSON numbers with fractions have no single
     * canonical spelling. Strings are made storable: a lone surrogate or U+0000 becomes U+FFFD.
     *
     * @throws IllegalArgumentException for any other type: history must not depend on toString()
     */
    public static Object normalize(Object value) {
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (value instanceof String s) {
            return storable(s);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant || value instanceof LocalDate || value instanceof LocalDateTime
                || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(storable(String.valueOf(k)), normalize(v)));
            return sorted;
        }
        if (value instanceof Collection<?> items) {
            List<Object> list = new ArrayList<>(items.size());
            items.forEach(item -> list.add(normalize(item)));
            return list;
        }
        throw new IllegalArgumentException("History values must be JSON-friendly (String, Number, Boolean, null, Map,"
                + " List, dates); got " + value.getClass().getSimpleName());
    }

    /** The canonical JSON text of a value (normalised first). */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        writeNormalized(normalize(value), out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void writeNormalized(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            appendString(s, out);
        } else if (value instanceof Boolean || value instanceof Long || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> member : ((Map<String, Object>) map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                appendString(member.getKey(), out);
                out.append(':');
                writeNormalized(member.getValue(), out);
            }
            out.append('}');
        } else {
            out.append('[');
            boolean first = true;
            for (Object item : (List<Object>) value) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeNormalized(item, out);
            }
            out.append(']');
        }
    }

    /**
     * A JSON string as RFC 8785 writes it: quote and backslash escaped, the control characters as
     * \b \t \n \f \r or \\u00xx (lower-case hex), everything else as it is.
     */
    public static void appendString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * The string as it survives a round trip through UTF-8 and either database: PostgreSQL stores no
     * U+0000, and a lone surrogate has no UTF-8 form. Both become U+FFFD before anything is hashed.
     */
    public static String storable(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            boolean bad = c == 0 || (Character.isSurrogate(c) && !pair);
            if (bad && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                if (bad) {
                    out.append('\uFFFD');
                } else if (pair) {
                    out.append(c).append(s.charAt(i + 1));
                } else {
                    out.append(c);
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? s : out.toString();
    }
}
