package io.factdesk.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three roles of docs/security.md; each includes everything the one before it can do. */
public enum Role {
    REVIEWER, EDITOR, ADMIN;

    public static final String REVIEWER_ROLE = "reviewer";
    public static final String EDITOR_ROLE = "editor";
    public static final String ADMIN_ROLE = "admin";

    /** The name used in JSON, in the database and by {@code @RolesAllowed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromName(String name) {
        return Arrays.stream(values()).filter(r -> r.id().equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }
}
