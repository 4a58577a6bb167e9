package io.factdesk.account;

import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.system.FieldChecks;
import io.factdesk.system.Hashes;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class ApiTokenService {

    static final String PREFIX = "fdt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just made: the only moment its secret is known. */
    public record Issued(ApiToken token, String secret) {
    }

    /** Who a valid token belongs to. */
    public record Holder(long tokenId, String username, String roles) {
    }

    @Inject
    ApiTokenAuthentication.Provider remembered;

    @Inject
    AuditLog audit;

    public Issued issue(User user, String name) {
        new FieldChecks().require("name", name, "Name").maxLength("name", name, Limits.TOKEN_NAME, "Name").throwIfAny();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken();
        token.user = user;
        token.name = name.strip();
        token.tokenHash = Hashes.sha256(secret);
        token.createdAt = Instant.now();
        token.persist();
        audit.record(EventType.TOKEN_ISSUED, user, null, null, Map.of(), Map.of("tokenId", token.id, "name",
                token.name), null);
        return new Issued(token, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> of(User user) {
        return ApiToken.list("user", Sort.by("createdAt").descending(), user);
    }

    public void revoke(User user, long id) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id).filter(t -> t.user.id.equals(user.id))
                .orElseThrow(() -> ProblemException.notFound("API token", id));
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
            remembered.forgetToken(token.id);
            audit.record(EventType.TOKEN_REVOKED, user, null, null, Map.of(), Map.of("tokenId", token.id, "name",
                    token.name), null);
        }
    }

    /** Called by the authentication mechanism, outside any request scope. */
    @ActivateRequestContext
    public Optional<Holder> holderOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> token = ApiToken.find("tokenHash", Hashes.sha256(secret)).firstResultOptional();
        return token.filter(ApiToken::active).map(t -> {
            t.lastUsedAt = Instant.now();
            return new Holder(t.id, t.user.username, t.user.roles);
        });
    }
}
