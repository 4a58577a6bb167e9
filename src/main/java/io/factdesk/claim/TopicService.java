package io.factdesk.claim;

import io.factdesk.account.User;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.system.FieldChecks;
import io.factdesk.system.Limits;
import io.factdesk.system.Problem;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Adds and edits topics and their keywords; claims keep their topic whatever happens to its name or
 * place. Every change is recorded (TOPIC_CHANGED, before and after, keywords included).
 */
@ApplicationScoped
@Transactional
public class TopicService {

    @Inject
    AuditLog audit;

    public Topic create(TopicResource.TopicChange body, User actor) {
        FieldChecks checks = new FieldChecks().require("name", body.name(), "Name").maxLength("name", body.name(),
                Limits.TOPIC_NAME, "Name");
        checkColour(body.colour(), checks);
        List<String> keywords = keywords(body.keywords(), checks);
        checks.throwIfAny();
        requireUnique(body.name(), null);
        Topic topic = new Topic();
        topic.name = body.name().strip();
        topic.colour = body.colour() != null ? body.colour() : (int) (Topic.count() % Topic.PALETTE_SIZE);
        topic.position = body.position() != null ? body.position() : (int) Topic.count() + 1;
        topic.keywords = keywords == null ? "" : String.join("\n", keywords);
        topic.persist();
        audit.record(EventType.TOPIC_CHANGED, actor, null, null, Map.of(), view(topic), "added");
        return topic;
    }

    /** Renaming keeps every claim filed under the topic; retiring hides it from new claims only. */
    public Topic edit(long id, TopicResource.TopicChange body, User actor) {
        Topic topic = Topic.<Topic>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Topic", id));
        ProblemException.checkVersion(body.version(), topic.version, "Topic " + topic.name);
        FieldChecks checks = new FieldChecks();
        if (body.name() != null) {
            checks.require("name", body.name(), "Name").maxLength("name", body.name(), Limits.TOPIC_NAME, "Name");
        }
        checkColour(body.colour(), checks);
        List<String> keywords = keywords(body.keywords(), checks);
        checks.throwIfAny();
        Map<String, Object> before = view(topic);
        if (body.name() != null) {
            requireUnique(body.name(), topic.id);
            topic.name = body.name().strip();
        }
        if (body.colour() != null) {
            topic.colour = body.colour();
        }
        if (body.position() != null) {
            topic.position = body.position();
        }
        if (body.retired() != null) {
            topic.retired = body.retired();
        }
        if (keywords != null) {
            topic.keywords = String.join("\n", keywords);
        }
        audit.record(EventType.TOPIC_CHANGED, actor, null, null, before, view(topic), "edited");
        return topic;
    }

    private static Map<String, Object> view(Topic t) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", t.name);
        v.put("colour", t.colour);
        v.put("position", t.position);
        v.put("retired", t.retired);
        v.put("keywords", t.keywordList());
        return v;
    }

    /**
     * The keywords as kept (null: none given): each stripped, a line break parting two, blank ones and
     * repeats (case aside, the first kept) dropped, in the order given. Too many or one too long is an
     * error on {@code keywords}, in {@link Limits}' numbers.
     */
    static List<String> keywords(List<String> given, FieldChecks checks) {
        if (given == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String item : given) {
            if (item == null) {
                continue;
            }
            item.lines().map(String::strip).filter(k -> !k.isEmpty())
                    .filter(k -> seen.add(k.toLowerCase(Locale.ROOT))).forEach(kept::add);
        }
        List<String> tooLong = kept.stream().filter(k -> k.codePointCount(0, k.length()) > Limits.TOPIC_KEYWORD)
                .toList();
        if (!tooLong.isEmpty()) {
            checks.add("keywords", "Each keyword must be at most " + Limits.TOPIC_KEYWORD + " characters; too long: '"
                    + abbreviate(tooLong.get(0)) + "'" + (tooLong.size() > 1 ? " and " + (tooLong.size() - 1)
                            + " more." : "."));
        } else if (kept.size() > Limits.TOPIC_KEYWORDS) {
            checks.add("keywords", "A topic has at most " + Limits.TOPIC_KEYWORDS + " keywords, not " + kept.size()
                    + ".");
        }
        return kept;
    }

    private static String abbreviate(String keyword) {
        return keyword.codePointCount(0, keyword.length()) <= 30 ? keyword
                : keyword.substring(0, keyword.offsetByCodePoints(0, 30)) + "…";
    }

    private static void checkColour(Integer colour, FieldChecks checks) {
        if (colour != null && (colour < 0 || colour >= Topic.PALETTE_SIZE)) {
            checks.add("colour", "colour is a palette slot from 0 to " + (Topic.PALETTE_SIZE - 1) + ".");
        }
    }

    private static void requireUnique(String name, Long except) {
        Topic.byName(name).filter(t -> !t.id.equals(except)).ifPresent(t -> {
            throw new ProblemException(409, "duplicate-topic", "Topic exists", "A topic named '" + t.name
                    + "' exists already.", List.of(new Problem.FieldError("name",
                            "This name is taken.")), null);
        });
    }
}
