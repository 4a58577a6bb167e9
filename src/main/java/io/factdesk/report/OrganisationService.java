package io.factdesk.report;

import io.factdesk.account.User;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.system.FieldChecks;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The organisation's settings that reports print: its name, home page, methodology and corrections
 * policy. Admins change them together, as one form, with the version they read.
 */
@ApplicationScoped
@Transactional
public class OrganisationService {

    static final int MAX_NAME = Limits.ORGANISATION_NAME;
    static final int MAX_URL = Limits.URL;
    static final int MAX_TEXT = Limits.ORGANISATION_TEXT;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation get() {
        Organisation org = Organisation.current();
        if (org == null) {
            throw ProblemException.notFound("Organisation", Organisation.ID);
        }
        return org;
    }

    /** Replaces every setting; a blank URL, methodology or policy is cleared. */
    public Organisation update(String name, String url, String methodology, String correctionsPolicy, Long version,
            User actor) {
        Organisation org = get();
        ProblemException.checkVersion(version, org.version, "Organisation");
        FieldChecks checks = new FieldChecks().require("name", name, "Name")
                .maxLength("name", FieldChecks.trimToNull(name), MAX_NAME, "Name")
                .maxLength("url", FieldChecks.trimToNull(url), MAX_URL, "URL").httpUrl("url", url, "URL")
                .maxLength("methodology", FieldChecks.trimToNull(methodology), MAX_TEXT, "Methodology")
                .maxLength("correctionsPolicy", FieldChecks.trimToNull(correctionsPolicy), MAX_TEXT,
                        "Corrections policy");
        checks.throwIfAny();
        Map<String, Object> before = view(org);
        org.name = name.strip();
        org.url = FieldChecks.trimToNull(url);
        org.methodology = FieldChecks.trimToNull(methodology);
        org.correctionsPolicy = FieldChecks.trimToNull(correctionsPolicy);
        Map<String, Object> after = view(org);
        if (AuditLog.keepChanges(before, after)) {
            org.updatedAt = Instant.now();
            audit.record(EventType.ORGANISATION_CHANGED, actor, null, null, before, after, null);
        }
        return org;
    }

    /** The settings as the history records them. */
    private static Map<String, Object> view(Organisation o) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", o.name);
        v.put("url", o.url);
        v.put("methodology", o.methodology);
        v.put("correctionsPolicy", o.correctionsPolicy);
        return v;
    }
}
