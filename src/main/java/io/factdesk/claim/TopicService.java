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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds and edits topics; claims keep their topic whatever happens to its name or place. */
@ApplicationScoped
@Transactional
public class TopicService {

    @Inject
    AuditLog audit;

    public Topic create(TopicResource.TopicChange body, User actor) {
        FieldChecks checks = new FieldChecks().require("name", body.name(), "Name").maxLength("name", body.name(),
                Limits.TOPIC_NAME, "Name");
        checkColour(body.colour(), checks);
        checks.throwIfAny();
        requireUnique(body.name(), null);
        Topic topic = new Topic();
        topic.name = body.name().strip();
        topic.colour = body.colour() != null ? body.colour() : (int) (Topic.count() % Topic.PALETTE_SIZE);
        topic.position = body.position() != null ? body.position() : (int) Topic.count() + 1;
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
        audit.record(EventType.TOPIC_CHANGED, actor, null, null, before, view(topic), "edited");
        return topic;
    }

    private static Map<String, Object> view(Topic t) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", t.name);
        v.put("colour", t.colour);
        v.put("position", t.position);
        v.put("retired", t.retired);
        return v;
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
