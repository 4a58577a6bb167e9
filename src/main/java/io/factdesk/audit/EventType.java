package io.factdesk.audit;

import java.util.Arrays;
import java.util.List;

/** What an audit event records. Claim events carry the claim and its article; the others neither. */
public enum EventType {
    // Claims
    CLAIM_CREATED, CLAIM_EDITED, VERDICT_SET, EVIDENCE_ADDED, EVIDENCE_REMOVED, COMMENT_ADDED, ASSIGNED,
    TRANSITION, CLAIM_LINKED,
    // A claim's anchor when its article's text changes (docs/text-and-anchors.md, "Versions")
    CLAIM_REANCHORED, CLAIM_ANCHORED, ANCHOR_CONFIRMED,
    // Articles, sources and the desk's settings
    ARTICLE_IMPORTED, ARTICLE_VERSION_ADDED, SOURCE_CREATED, SOURCE_EDITED, TOPIC_CHANGED, RATING_SCALE_CHANGED, ORGANISATION_CHANGED,
    // Claim suggestions of an article
    SUGGESTION_DISMISSED, SUGGESTION_RESTORED,
    // The fact-check library
    LIBRARY_IMPORTED,
    // Security
    SIGN_IN, SIGN_IN_FAILED, USER_CREATED, ROLES_CHANGED, TOKEN_ISSUED, TOKEN_REVOKED;

    public boolean isSecurity() {
        return ordinal() >= SIGN_IN.ordinal();
    }

    public static List<EventType> security() {
        return Arrays.stream(values()).filter(EventType::isSecurity).toList();
    }

    /** The types a user may filter by: security events only for admins. */
    public static List<EventType> visibleTo(boolean admin) {
        return Arrays.stream(values()).filter(t -> admin || !t.isSecurity()).toList();
    }

    /** How the history pages name the type. */
    public String label() {
        return switch (this) {
            case CLAIM_CREATED -> "Claim marked";
            case CLAIM_EDITED -> "Claim edited";
            case VERDICT_SET -> "Verdict";
            case EVIDENCE_ADDED -> "Evidence added";
            case EVIDENCE_REMOVED -> "Evidence removed";
            case COMMENT_ADDED -> "Comment";
            case ASSIGNED -> "Assignment";
            case TRANSITION -> "State change";
            case CLAIM_LINKED -> "Link to an earlier claim";
            case CLAIM_REANCHORED -> "Re-anchored";
            case CLAIM_ANCHORED -> "Placed by hand";
            case ANCHOR_CONFIRMED -> "Verdict confirmed on new text";
            case ARTICLE_IMPORTED -> "Article imported";
            case ARTICLE_VERSION_ADDED -> "New version of the article";
            case SOURCE_CREATED -> "Source added";
            case SOURCE_EDITED -> "Source edited";
            case TOPIC_CHANGED -> "Topics changed";
            case RATING_SCALE_CHANGED -> "Rating scale changed";
            case ORGANISATION_CHANGED -> "Organisation settings changed";
            case SUGGESTION_DISMISSED -> "Suggestion dismissed";
            case SUGGESTION_RESTORED -> "Suggestion brought back";
            case LIBRARY_IMPORTED -> "Fact-checks imported";
            case SIGN_IN -> "Sign-in";
            case SIGN_IN_FAILED -> "Failed sign-in";
            case USER_CREATED -> "User created";
            case ROLES_CHANGED -> "Roles changed";
            case TOKEN_ISSUED -> "API token issued";
            case TOKEN_REVOKED -> "API token revoked";
        };
    }
}
