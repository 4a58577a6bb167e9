package io.factdesk.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.factdesk.system.Hashes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;

/** {@code Authorization: Bearer fdt_...}: the API token of a script, beside Basic and the session cookie. */
public final class ApiTokenAuthentication {

    private ApiTokenAuthentication() {
    }

    @ApplicationScoped
    public static class Mechanism implements HttpAuthenticationMechanism {

        private static final String SCHEME = "Bearer ";

        @Override
        public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
            String header = context.request().getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
                return Uni.createFrom().nullItem();
            }
            TokenAuthenticationRequest request = new TokenAuthenticationRequest(
                    new TokenCredential(header.substring(SCHEME.length()).strip(), "bearer"));
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
        }

        @Override
        public Uni<ChallengeData> getChallenge(RoutingContext context) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"Factdesk\""));
        }

        @Override
        public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
            return Set.of(TokenAuthenticationRequest.class);
        }

        @Override
        public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
            return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION,
                    "bearer"));
        }
    }

    @ApplicationScoped
    public static class Provider implements IdentityProvider<TokenAuthenticationRequest> {

        /**
         * A token's holder is remembered for a minute after it was looked up, by the SHA-256 of its
         * secret (what the database holds too), so that a script's requests cost no more than a
         * browser's session cookie: no query and no write per request. Its last use is written when
         * it is looked up, so {@code lastUsedAt} is exact to a minute. Revoking it or changing its
         * owner's roles forgets it at once.
         */
        private final Cache<String, ApiTokenService.Holder> remembered = Caffeine.newBuilder()
                .maximumSize(10_000).expireAfterWrite(PasswordAuthentication.REMEMBERED).build();

        @Inject
        ApiTokenService tokens;

        void forgetToken(long id) {
            remembered.asMap().values().removeIf(holder -> holder.tokenId() == id);
        }

        void forgetUser(String username) {
            remembered.asMap().values().removeIf(holder -> holder.username().equals(username));
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String secret = request.getToken().getToken();
            String key = secret == null ? "" : Hashes.sha256(secret);
            ApiTokenService.Holder known = remembered.getIfPresent(key);
            if (known != null) {
                return Uni.createFrom().item(identity(known, request));
            }
            return context.runBlocking(() -> tokens.holderOf(secret)
                    .map(holder -> {
                        remembered.put(key, holder);
                        return identity(holder, request);
                    })
                    .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API token")));
        }

        private static SecurityIdentity identity(ApiTokenService.Holder holder, TokenAuthenticationRequest request) {
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(holder.username()))
                    .addCredential(request.getToken());
            Arrays.stream(holder.roles().split(",")).map(String::trim).forEach(identity::addRole);
            return identity.build();
        }
    }
}
