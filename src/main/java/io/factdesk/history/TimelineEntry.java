package io.factdesk.history;

import io.factdesk.audit.AuditChain;
import io.factdesk.audit.CanonicalJson;
import io.factdesk.audit.EventData;
import io.factdesk.audit.EventType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One event as the timeline shows it: who, when, a sentence saying what, and each changed field
 * with a word-level diff. Built here rather than in the template so that the tag stays a layout.
 */
public record TimelineEntry(long seq, String occurredAt, String actor, String type, String typeLabel,
        Long articleId, Long claimId, String summary, List<Change> changes, String comment) {

    /** One field of the event: its old and new value as diff segments (a plain value when only one exists). */
    public record Change(String field, String label, List<WordDiff.Segment> segments) {

        /** A deleted run followed by its replacement: shown with a space between, so that they do not run together. */
        public boolean spaceAfter(int index) {
            return segments.get(index).deleted() && index + 1 < segments.size() && segments.get(index + 1).inserted();
        }
    }

    /** The order fields are shown in; the others follow in the order they were recorded. */
    private static final List<String> ORDER = List.of("statement", "claimant", "claimantType", "claimDate",
            "firstAppearance", "topic", "state",
            "assignee", "verdict", "rationale", "linkedTo", "reused", "exact", "sourceTitle", "sourceUrl", "stance", "excerpt", "note",
            "body", "title", "url", "publisher", "author", "publishedAt", "language", "username", "displayName",
            "roles", "name");

    /** Field names the timeline calls by another name. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("statement", "Statement"),
            Map.entry("claimant", "Claimant"), Map.entry("claimantType", "Claimant type"),
            Map.entry("claimDate", "Claim date"), Map.entry("firstAppearance", "First appearance"),
            Map.entry("topic", "Topic"), Map.entry("methodology", "Methodology"),
            Map.entry("correctionsPolicy", "Corrections policy"),
            Map.entry("state", "State"), Map.entry("assignee", "Assignee"), Map.entry("verdict", "Verdict"),
            Map.entry("rationale", "Rationale"), Map.entry("exact", "Quote"), Map.entry("sourceTitle", "Source"),
            Map.entry("sourceUrl", "Source URL"), Map.entry("stance", "Stance"), Map.entry("excerpt", "Excerpt"),
            Map.entry("note", "Note"), Map.entry("body", "Comment"), Map.entry("title", "Title"),
            Map.entry("url", "URL"), Map.entry("publisher", "Publisher"), Map.entry("author", "Author"),
            Map.entry("publishedAt", "Published"), Map.entry("language", "Language"), Map.entry("roles", "Roles"),
            Map.entry("username", "User"), Map.entry("displayName", "Name"), Map.entry("name", "Name"),
            Map.entry("mechanism", "Via"), Map.entry("reason", "Reason"), Map.entry("duplicateOf", "Duplicate of"),
            Map.entry("linkedTo", "Same claim as"), Map.entry("reused", "Reused"), Map.entry("asked", "Asked for"),
            Map.entry("bodySha256", "Body SHA-256"), Map.entry("checkedVersion", "Checked on version"));

    /** Values that identify rather than describe, or that the summary already says. */
    private static final Set<String> HIDDEN = Set.of("evidenceId", "sourceId", "commentId", "tokenId", "userId",
            "start", "end", "prefix", "suffix", "bodyLength", "importedAs");

    public static TimelineEntry of(EventData e) {
        EventType type = e.eventType();
        Set<String> shown = new LinkedHashSet<>(ORDER);
        shown.retainAll(union(e.before().keySet(), e.after().keySet()));
        shown.addAll(union(e.before().keySet(), e.after().keySet()));
        shown.removeAll(HIDDEN);
        if (type == EventType.TRANSITION) {
            shown.remove("state");
        } else if (type == EventType.ASSIGNED) {
            shown.remove("assignee");
        } else if (type == EventType.SIGN_IN || type == EventType.SIGN_IN_FAILED) {
            shown.clear();
        }
        List<Change> changes = new ArrayList<>();
        for (String field : shown) {
            Object before = e.before().get(field);
            Object after = e.after().get(field);
            boolean onlyAfter = !e.before().containsKey(field);
            boolean onlyBefore = !e.after().containsKey(field);
            if (onlyAfter || onlyBefore) {
                String value = display(onlyAfter ? after : before);
                if (!value.isEmpty()) {
                    changes.add(new Change(field, label(field), List.of(new WordDiff.Segment(WordDiff.Kind.SAME,
                            value))));
                }
            } else if (!Objects.equals(before, after)) {
                changes.add(new Change(field, label(field), WordDiff.diff(display(before), display(after))));
            }
        }
        String actor = e.actor() != null ? e.actor() : type == EventType.SIGN_IN_FAILED ? "anonymous" : "system";
        return new TimelineEntry(e.seq(), AuditChain.formatTime(e.occurredAt()), actor, e.type(),
                type == null ? e.type() : type.label(), e.articleId(), e.claimId(), summary(type, e), changes,
                e.comment());
    }

    /** A sentence that completes "{actor} ...". */
    static String summary(EventType type, EventData e) {
        Map<String, Object> a = e.after();
        Map<String, Object> b = e.before();
        if (type == null) {
            return "recorded " + e.type();
        }
        return switch (type) {
            case CLAIM_CREATED -> "marked the claim";
            case CLAIM_EDITED -> "edited " + String.join(", ", a.keySet().stream().map(TimelineEntry::label)
                    .map(String::toLowerCase).toList());
            case VERDICT_SET -> "set the verdict to " + display(a.get("verdict"));
            case EVIDENCE_ADDED -> "added evidence from " + display(a.get("sourceTitle"));
            case EVIDENCE_REMOVED -> "removed the evidence from " + display(b.get("sourceTitle"));
            case COMMENT_ADDED -> "commented";
            case ASSIGNED -> a.get("assignee") == null ? "unassigned the claim"
                    : "assigned the claim to " + display(a.get("assignee"));
            case TRANSITION -> "moved the claim from " + display(b.get("state")) + " to " + display(a.get("state"));
            case CLAIM_LINKED -> linked(b, a);
            case CLAIM_REANCHORED -> "re-anchored the claim in version " + display(a.get("version")) + ": "
                    + display(a.get("outcome")).toLowerCase(java.util.Locale.ROOT);
            case CLAIM_ANCHORED -> "placed the claim by hand in version " + display(a.get("version"));
            case ANCHOR_CONFIRMED -> "confirmed that the verdict holds for the new text";
            case ARTICLE_IMPORTED -> "imported the article";
            case ARTICLE_VERSION_ADDED -> "added version " + display(a.get("version")) + " of the article";
            case SOURCE_CREATED -> "added a source to the library";
            case SOURCE_EDITED -> "edited a source in the library";
            case TOPIC_CHANGED -> "changed the topics";
            case RATING_SCALE_CHANGED -> "changed the rating scale";
            case ORGANISATION_CHANGED -> "changed the organisation's settings";
            case SUGGESTION_DISMISSED -> "dismissed a claim suggestion";
            case SUGGESTION_RESTORED -> "brought back a claim suggestion";
            case LIBRARY_IMPORTED -> "imported fact-checks into the library" + (a.get("file") == null ? ""
                    : " from " + display(a.get("file")));
            case SIGN_IN -> "signed in";
            case SIGN_IN_FAILED -> "failed to sign in as '" + display(a.get("username")) + "' ("
                    + display(a.get("mechanism")) + ")";
            case USER_CREATED -> "created the user " + display(a.get("username"));
            case ROLES_CHANGED -> "changed the roles of " + display(a.get("username"));
            case TOKEN_ISSUED -> "issued the API token '" + display(a.get("name")) + "'";
            case TOKEN_REVOKED -> "revoked the API token '" + display(a.get("name")) + "'";
        };
    }

    /** A link made, moved or taken off: "linked the claim to #12 (same claim), reusing verdict, evidence". */
    private static String linked(Map<String, Object> before, Map<String, Object> after) {
        Object to = after.get("linkedTo");
        if (to == null) {
            return "unlinked the claim from #" + display(before.get("linkedTo"));
        }
        String reused = display(after.get("reused"));
        return "linked the claim to #" + display(to) + " as the same claim"
                + (reused.isEmpty() ? "" : ", reusing its " + reused);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** A recorded value as text: lists joined, nothing for null. */
    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(TimelineEntry::display).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?>) {
            return CanonicalJson.write(value);
        }
        return value.toString();
    }
}
