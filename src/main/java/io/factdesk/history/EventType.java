package io.factdesk.history;

/** What an audit event records. Claim events carry the claim and its article; the others neither. */
public enum EventType {
    // Claims
    CLAIM_CREATED, CLAIM_EDITED, VERDICT_SET, EVIDENCE_ADDED, EVIDENCE_REMOVED, COMMENT_ADDED, ASSIGNED,
    TRANSITION,
    // Articles, sources and the desk's settings
    ARTICLE_IMPORTED, SOURCE_CREATED, TOPIC_CHANGED, RATING_SCALE_CHANGED,
    // Security
    SIGN_IN, SIGN_IN_FAILED, USER_CREATED, ROLES_CHANGED, TOKEN_ISSUED, TOKEN_REVOKED;

    public boolean isSecurity() {
        return ordinal() >= SIGN_IN.ordinal();
    }
}
