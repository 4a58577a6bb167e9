package io.factdesk.history;

import io.factdesk.audit.EventType;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The desk history's query parameters as the API and the page take them:
 * {@code article, claim, actor, type, from, to}. Dates are UTC days ({@code to} includes its day) or
 * ISO-8601 instants; {@code type} is a comma-separated list of types, or {@code security} for all
 * security events, which only admins may see.
 */
public record HistoryFilter(String article, String claim, String actor, String type, String from, String to) {

    public static final String SECURITY = "security";

    /** The filter for the service; 400 for a malformed value, 403 when a non-admin asks for security events. */
    public HistoryService.Filter parse(boolean admin) {
        Set<String> types = types();
        if (!admin && types != null && types.stream().anyMatch(t -> EventType.valueOf(t).isSecurity())) {
            throw ProblemException.forbidden("Security events (sign-ins, users, roles, tokens) are for admins.");
        }
        return new HistoryService.Filter(QueryParams.optionalLong("article", article),
                QueryParams.optionalLong("claim", claim), blankToNull(actor), types, time("from", from, false),
                time("to", to, true), admin);
    }

    /** The non-empty parameters as a query string, for page links and export links. */
    public String query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("article", article);
        params.put("claim", claim);
        params.put("actor", actor);
        params.put("type", type);
        params.put("from", from);
        params.put("to", to);
        return params.entrySet().stream().filter(e -> blankToNull(e.getValue()) != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Set<String> types() {
        if (blankToNull(type) == null) {
            return null;
        }
        Set<String> types = new LinkedHashSet<>();
        for (String name : type.split(",")) {
            String t = name.strip().toUpperCase(Locale.ROOT);
            if (t.equals(SECURITY.toUpperCase(Locale.ROOT))) {
                EventType.security().forEach(s -> types.add(s.name()));
            } else if (!t.isEmpty()) {
                try {
                    types.add(EventType.valueOf(t).name());
                } catch (IllegalArgumentException e) {
                    throw ProblemException.badRequest("type", "Unknown event type '" + name.strip()
                            + "': use one of " + Arrays.toString(EventType.values()) + " or security.");
                }
            }
        }
        return types.isEmpty() ? null : types;
    }

    private static Instant time(String name, String value, boolean endOfDay) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "The parameter '" + name
                    + "' must be a date (YYYY-MM-DD, UTC) or an ISO-8601 instant, not '" + value + "'.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
