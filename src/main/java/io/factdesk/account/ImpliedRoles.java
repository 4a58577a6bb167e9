package io.factdesk.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** An admin can do all an editor can, and an editor all a reviewer can: add the implied roles. */
@ApplicationScoped
public class ImpliedRoles implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        if (identity.hasRole(Role.ADMIN_ROLE)) {
            builder.addRole(Role.EDITOR_ROLE).addRole(Role.REVIEWER_ROLE);
        } else if (identity.hasRole(Role.EDITOR_ROLE)) {
            builder.addRole(Role.REVIEWER_ROLE);
        }
        return Uni.createFrom().item(builder.build());
    }
}
