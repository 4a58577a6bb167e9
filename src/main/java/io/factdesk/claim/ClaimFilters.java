package io.factdesk.claim;

import io.factdesk.account.User;
import io.factdesk.article.Article;
import io.factdesk.figures.Days;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the claim filter a client sent, the one set of rules for the API's claim search and the
 * workboard (docs/api.md, "Claim search"). Each value may be blank (any). {@code state}: a state's
 * name in any case. {@code topic} and {@code verdict}: an id or a name. {@code assignee}: a user
 * name, {@code me}, or {@code nobody} ({@code none}). {@code article}: an existing article's id.
 * {@code hasFigure}: {@code true} or {@code false}. {@code datesFrom}, {@code datesTo}: a year, a month
 * or a day in ISO 8601 ({@code 2016}, {@code 2016-07}, {@code 2016-07-14}); {@code datesFrom} stands for
 * its first day, {@code datesTo} for its last. Anything else is a 400 naming the parameter.
 */
public final class ClaimFilters {

    private ClaimFilters() {
    }

    /** A claim filter as a client sent it: each value as written, null or blank for any. */
    public record Query(String article, String state, String topic, String verdict, String assignee, String q,
            String hasFigure, String datesFrom, String datesTo) {
    }

    /**
     * @param me the user name {@code assignee=me} stands for
     */
    public static ClaimService.Filter parse(Query in, String me) {
        LocalDate from = day("datesFrom", in.datesFrom(), Days::first);
        LocalDate to = day("datesTo", in.datesTo(), Days::last);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("datesTo", "The end of the date range (" + in.datesTo().strip()
                    + ") is before its start (" + in.datesFrom().strip() + ").");
        }
        return new ClaimService.Filter(article(in.article()), state(in.state()), topic(in.topic()),
                verdict(in.verdict()), assignee(in.assignee(), me), blank(in.q()) ? null : in.q().strip(),
                flag("hasFigure", in.hasFigure()), from, to);
    }

    static Boolean flag(String param, String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw ProblemException.badRequest(param, "'" + value + "' is not true or false.");
        };
    }

    static LocalDate day(String param, String value, Function<Days, LocalDate> side) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        if (v.contains("/")) {
            throw ProblemException.badRequest(param, "'" + value + "' is not a year, a month or a day"
                    + " (2016, 2016-07 or 2016-07-14).");
        }
        return Days.of(v).map(side).orElseThrow(() -> ProblemException.badRequest(param, "'" + value
                + "' is not a year, a month or a day (2016, 2016-07 or 2016-07-14)."));
    }

    static ClaimState state(String name) {
        if (blank(name)) {
            return null;
        }
        return Arrays.stream(ClaimState.values()).filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("state", "Unknown state '" + name + "': use one of "
                        + Arrays.toString(ClaimState.values()) + "."));
    }

    static Long topic(String ref) {
        if (blank(ref)) {
            return null;
        }
        Optional<Topic> found = isId(ref) ? QueryParams.id(ref.strip()).flatMap(id -> Topic.<Topic>findByIdOptional(id))
                : Topic.byName(ref);
        return found.map(t -> t.id)
                .orElseThrow(() -> ProblemException.badRequest("topic", "Unknown topic '" + ref + "'."));
    }

    static Long verdict(String ref) {
        if (blank(ref)) {
            return null;
        }
        Optional<RatingLabel> found = isId(ref)
                ? QueryParams.id(ref.strip()).flatMap(id -> RatingLabel.<RatingLabel>findByIdOptional(id))
                : RatingLabel.byLabel(ref);
        return found.map(l -> l.id)
                .orElseThrow(() -> ProblemException.badRequest("verdict", "Unknown verdict '" + ref + "'."));
    }

    /** A user name, {@code "none"} for claims assigned to nobody, or null for any. */
    static String assignee(String ref, String me) {
        if (blank(ref)) {
            return null;
        }
        return switch (ref.strip().toLowerCase(Locale.ROOT)) {
            case "me" -> me;
            case "nobody", "none" -> "none";
            default -> User.findByUsername(ref.strip()).map(u -> u.username)
                    .orElseThrow(() -> ProblemException.badRequest("assignee", "No user named '" + ref + "'."));
        };
    }

    static Long article(String ref) {
        Long id = QueryParams.optionalLong("article", blank(ref) ? null : ref.strip());
        if (id != null && Article.findById(id) == null) {
            throw ProblemException.badRequest("article", "No article " + id + ".");
        }
        return id;
    }

    private static boolean isId(String ref) {
        return ref.strip().matches("\\d+");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
