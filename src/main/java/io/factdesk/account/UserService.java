package io.factdesk.account;

import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.system.FieldChecks;
import io.factdesk.system.Limits;
import io.factdesk.system.PageResult;
import io.factdesk.system.Problem;
import io.factdesk.system.ProblemException;
import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@ApplicationScoped
@Transactional
public class UserService {

    static final Pattern USERNAME = Pattern.compile(Limits.USERNAME);
    static final int MIN_PASSWORD = Limits.PASSWORD_MIN;

    public record NewUser(@Size(min = Limits.USERNAME_MIN, max = Limits.USERNAME_MAX)
            @jakarta.validation.constraints.Pattern(regexp = Limits.USERNAME) String username,
            @Size(max = Limits.DISPLAY_NAME) String displayName, @Size(min = Limits.PASSWORD_MIN) String password,
            List<String> roles) {
    }

    @Inject
    AuditLog audit;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    PasswordAuthentication passwords;

    @Inject
    ApiTokenAuthentication.Provider tokens;

    @Inject
    TransactionSynchronizationRegistry transactions;

    public User create(NewUser input) {
        FieldChecks checks = new FieldChecks();
        String username = input.username() == null ? "" : input.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            checks.add("username", "User name must be " + Limits.USERNAME_MIN + " to " + Limits.USERNAME_MAX
                    + " characters: lower-case letters, digits, '.', '_' or '-'.");
        }
        if (input.password() == null || input.password().length() < MIN_PASSWORD) {
            checks.add("password", "Password must be at least " + MIN_PASSWORD + " characters.");
        }
        checks.maxLength("displayName", input.displayName(), Limits.DISPLAY_NAME, "Display name");
        Set<Role> roles = parseRoles(input.roles(), checks);
        checks.throwIfAny();
        if (User.findByUsername(username).isPresent()) {
            throw new ProblemException(409, "duplicate-user", "User exists",
                    "A user named '" + username + "' exists already.",
                    List.of(new Problem.FieldError("username", "This user name is taken.")), null);
        }
        User user = new User();
        user.username = username;
        user.displayName = FieldChecks.trimToNull(input.displayName());
        user.passwordHash = BcryptUtil.bcryptHash(input.password());
        user.assignRoles(roles);
        user.createdAt = Instant.now();
        user.persist();
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("userId", user.id);
        created.put("username", user.username);
        created.put("displayName", user.displayName);
        created.put("roles", roleIds(user.roleSet()));
        audit.record(EventType.USER_CREATED, signedInUser(), null, null, Map.of(), created, null);
        return user;
    }

    public User changeRoles(long id, List<String> roleNames, Long version) {
        User user = get(id);
        ProblemException.checkVersion(version, user.version, "User " + user.username);
        FieldChecks checks = new FieldChecks();
        Set<Role> roles = parseRoles(roleNames, checks);
        checks.throwIfAny();
        if (!roles.equals(user.roleSet())) {
            audit.record(EventType.ROLES_CHANGED, signedInUser(), null, null,
                    Map.of("userId", user.id, "username", user.username, "roles", roleIds(user.roleSet())),
                    Map.of("userId", user.id, "username", user.username, "roles", roleIds(roles)), null);
        }
        user.assignRoles(roles);
        forgetRememberedCredentials(user.username);
        return user;
    }

    /**
     * Makes the user's next request check their password or token again. Also after the transaction
     * ends: a request between now and the commit could remember the old roles again.
     */
    void forgetRememberedCredentials(String username) {
        passwords.forget(username);
        tokens.forgetUser(username);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                passwords.forget(username);
                tokens.forgetUser(username);
            }
        });
    }

    /** Creates the user unless one of that name exists; returns whether it did. */
    public boolean ensure(String username, String password, Set<Role> roles, String displayName) {
        if (User.findByUsername(username).isPresent()) {
            return false;
        }
        create(new NewUser(username, displayName, password, roles.stream().map(Role::id).toList()));
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public User get(long id) {
        return Optional.<User>ofNullable(User.findById(id)).orElseThrow(() -> ProblemException.notFound("User", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<User> list(PageResult.Request paging) {
        var query = User.<User>findAll(Sort.by("username")).page(paging.page(), paging.size());
        return new PageResult<>(query.list(), paging.page(), paging.size(), query.count());
    }

    /** Role names as the history records them; never a password or its hash. */
    private static List<String> roleIds(Set<Role> roles) {
        return roles.stream().sorted().map(Role::id).toList();
    }

    private static Set<Role> parseRoles(List<String> names, FieldChecks checks) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            checks.add("roles", "Give at least one role: reviewer, editor or admin.");
            return roles;
        }
        for (String name : names) {
            Role.fromName(name).ifPresentOrElse(roles::add,
                    () -> checks.add("roles", "Unknown role '" + name + "': use reviewer, editor or admin."));
        }
        return roles;
    }

    /** The user this request is signed in as; null outside a request or when nobody is (first start). */
    private User signedInUser() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        return User.findByUsername(identity.getPrincipal().getName()).orElse(null);
    }
}
