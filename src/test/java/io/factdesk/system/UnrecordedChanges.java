package io.factdesk.system;

import io.factdesk.account.ApiToken;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.claim.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/** Test-only changes, some forgetting the history event that {@link HistoryRequired} demands. */
@ApplicationScoped
public class UnrecordedChanges {

    @Inject
    AuditLog audit;

    /** Renames a topic and forgets the event: dirty at commit, flushed only then. */
    @Transactional
    public void renameWithoutEvent(long topicId, String name) {
        Topic.<Topic>findById(topicId).name = name;
    }

    /** Adds a topic and forgets the event. */
    @Transactional
    public void addWithoutEvent(String name) {
        Topic topic = new Topic();
        topic.name = name;
        topic.position = 999;
        topic.persist();
    }

    /** Renames a topic and records it, as a service does. */
    @Transactional
    public void renameWithEvent(long topicId, String name) {
        Topic topic = Topic.findById(topicId);
        String before = topic.name;
        topic.name = name;
        audit.record(EventType.TOPIC_CHANGED, null, null, null, Map.of("name", before), Map.of("name", name),
                "renamed by a test");
    }

    /** Marks a token used: bookkeeping exempt from the history (@WithoutHistory). */
    @Transactional
    public void markUsed(long tokenId) {
        ApiToken.<ApiToken>findById(tokenId).lastUsedAt = Instant.now();
    }

    /** Marks a token used and renames it, recording nothing. */
    @Transactional
    public void markUsedAndRename(long tokenId, String name) {
        ApiToken token = ApiToken.findById(tokenId);
        token.lastUsedAt = Instant.now();
        token.name = name;
    }
}
