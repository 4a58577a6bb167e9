package io.factdesk.claim;

import io.factdesk.account.User;
import io.factdesk.article.Article;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the claim filter a client sent, the one set of rules for the API's claim search and the
 * workboard (docs/api.md, "Claim search"). Each value may be blank (any). {@code state}: a state's
 * name in any case. {@code topic} and {@code verdict}: an id or a name. {@code assignee}: a user
 * name, {@code me}, or {@code nobody} ({@code none}). {@code article}: an existing article's id.
 * Anything else is a 400 naming the parameter.
 */
public final class ClaimFilters {

    private ClaimFilters() {
    }

    /**
     * @param me the user name {@code assignee=me} stands for
     */
    public static ClaimService.Filter parse(String article, String state, String topic, String verdict,
            String assignee, String q, String me) {
        return new ClaimService.Filter(article(article), state(state), topic(topic), verdict(verdict),
                assignee(assignee, me), blank(q) ? null : q.strip());
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
