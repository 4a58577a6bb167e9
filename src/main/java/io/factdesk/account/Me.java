package io.factdesk.account;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in user as templates see it: {@code {inject:me.username}}. */
@Named("me")
@RequestScoped
public class Me {

    @Inject
    CurrentIdentityAssociation association;

    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

    private SecurityIdentity identity;
    private User user;

    /**
     * The identity, resolved lazily (authentication is not proactive). On the I/O thread, where
     * resolving could block (error pages for unknown static paths), an unresolved identity
     * counts as anonymous: such pages then show no user menu.
     */
    private SecurityIdentity identity() {
        if (identity == null) {
            if (BlockingOperationControl.isBlockingAllowed()) {
                identity = association.getIdentity();
            } else {
                return ANONYMOUS;
            }
        }
        return identity;
    }

    public boolean signedIn() {
        return !identity().isAnonymous();
    }

    public String username() {
        return signedIn() ? identity().getPrincipal().getName() : "";
    }

    public boolean editor() {
        return identity().hasRole(Role.EDITOR_ROLE);
    }

    public boolean admin() {
        return identity().hasRole(Role.ADMIN_ROLE);
    }

    public String roleLabel() {
        return admin() ? "admin" : editor() ? "editor" : signedIn() ? "reviewer" : "";
    }

    /** What a page shows of the signed-in user (name and role): part of the key of a kept page (PageCache). */
    public String asShown() {
        return username() + "|" + roleLabel();
    }

    /** The database row of the signed-in user; loaded once per request. */
    public User user() {
        if (user == null) {
            user = User.findByUsername(username())
                    .orElseThrow(() -> new io.quarkus.security.UnauthorizedException("Unknown user"));
        }
        return user;
    }
}
