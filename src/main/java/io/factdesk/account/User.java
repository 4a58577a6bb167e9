package io.factdesk.account;

import io.factdesk.audit.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who signs in. The password is stored as a bcrypt hash (modular crypt format). */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase implements Actor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Password(PasswordType.MCF)
    @Column(name = "password_hash")
    public String passwordHash;

    /** Comma-separated role names, as Quarkus Security JPA reads them. */
    @Roles
    public String roles;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public Set<Role> roleSet() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(String::trim).map(Role::fromName).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public void assignRoles(Set<Role> newRoles) {
        roles = newRoles.stream().sorted().map(Role::id).collect(Collectors.joining(","));
    }

    /** Whether this user holds the role, directly or through a higher one (admin ⊃ editor ⊃ reviewer). */
    public boolean can(Role role) {
        return roleSet().stream().anyMatch(r -> r.ordinal() >= role.ordinal());
    }

    public String name() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    @Override
    public Long actorId() {
        return id;
    }

    @Override
    public String actorName() {
        return username;
    }
}
