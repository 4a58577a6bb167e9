package io.factdesk.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.account.DemoAccounts;
import io.factdesk.account.Role;
import io.factdesk.account.User;
import io.factdesk.account.UserService;
import io.factdesk.article.Article;
import io.factdesk.article.ArticleService;
import io.factdesk.article.TextNormalizer;
import io.factdesk.claim.ClaimService;
import io.factdesk.system.FactdeskConfig;
import io.factdesk.system.Hashes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * First start of a database: creates the first admin. With {@code factdesk.demo.enabled}: the demo
 * accounts and the demo article with one claim per default topic. Then says where to sign in.
 *
 * <p>Several instances may start on one empty database at the same moment. Each runs this in one
 * transaction that first locks the chain head (audit_head, the row every change locks to append its
 * event): the first instance creates the accounts and the demo data, the others wait for its commit
 * and then find them there.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    /** The claims marked on the demo article: quote, topic, statement, claimant, claimant type. */
    private static final List<String[]> DEMO_CLAIMS = List.of(
            new String[] { "more than 450.000 Syrians", "Casualty figures",
                    "More than 450,000 Syrians have been killed in the conflict.", "Al Jazeera", "organization" },
            new String[] { "a nationwide ceasefire will precede Geneva-based talks", "Ceasefire timeline",
                    "Under the ISSG plan a nationwide ceasefire comes before the Geneva talks.", "Al Jazeera",
                    "organization" },
            new String[] { "the United States is not conducting or coordinating military operations with Russia",
                    "Military cooperation", "The US is not conducting or coordinating military operations with Russia.",
                    "Josh Earnest, White House spokesman", "person" },
            new String[] { "a political transition beginning by August", "Political transition",
                    "The ISSG plan set a political transition to begin by August 2016.", "Al Jazeera",
                    "organization" },
            new String[] { "22-nation", "Other", "The International Syria Support Group has 22 member nations.",
                    "Al Jazeera", "organization" });

    @Inject
    FactdeskConfig config;

    @Inject
    UserService users;

    @Inject
    ArticleService articles;

    @Inject
    ClaimService claims;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if ("h2".equals(dbKind)) {
            // Each commit written to the file before it returns, whatever URL was configured: a write
            // the server acknowledged survives the process being killed (docs/deploy.md).
            em.createNativeQuery("SET WRITE_DELAY 0").executeUpdate();
        }
        String signIn = firstStart(config.admin().username(), config.admin().password().orElse(null),
                config.demo().enabled());
        LOG.infof("%n%n  Factdesk is ready at http://localhost:%d/%s%n  Sign in at http://localhost:%d/login"
                + " (API: HTTP Basic on /api/...)%n", port, signIn, port);
    }

    /**
     * Creates what an empty database lacks, in the caller's transaction, and says how to sign in.
     * Safe to run from several instances at once: see the class comment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    String firstStart(String adminName, String configuredPassword, boolean demo) {
        em.createNativeQuery("select seq from audit_head where id = 1 for update").getResultList();
        StringBuilder signIn = new StringBuilder();
        if (User.findByUsername(adminName).isEmpty()) {
            String password = configuredPassword == null || configuredPassword.isBlank() ? null : configuredPassword;
            boolean generated = password == null;
            if (generated) {
                byte[] random = new byte[18];
                new SecureRandom().nextBytes(random);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            }
            users.ensure(adminName, password, EnumSet.of(Role.ADMIN), "Administrator");
            signIn.append(generated
                    ? "\n  First admin '" + adminName + "' created with password: " + password
                            + "\n  (printed this once; set factdesk.admin.password to choose it)"
                    : "\n  First admin '" + adminName + "' created with the password of factdesk.admin.password");
        }
        if (demo) {
            for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
                users.ensure(account.username(), account.password(), EnumSet.of(account.role()), null);
            }
            loadDemoArticle();
            signIn.append("\n  Demo accounts: ");
            DemoAccounts.ALL.forEach(a -> signIn.append(a.username()).append(" / ").append(a.password())
                    .append(" (").append(a.role().id()).append(")   "));
        }
        return signIn.toString();
    }

    private void loadDemoArticle() {
        String body = TextNormalizer.normalize(resource("/demo/syria-2016-07-14.txt"));
        if (articles.existsWithBody(Hashes.sha256(body))) {
            return;
        }
        JsonNode meta;
        try {
            meta = json.readTree(resource("/demo/syria-2016-07-14.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        User reviewer = User.findByUsername(DemoAccounts.ALL.get(0).username()).orElseThrow();
        Article article = articles.importArticle(new ArticleService.ArticleInput(meta.path("title").asText(), body,
                null, meta.path("url").asText(null), meta.path("publisher").asText(null), null,
                meta.path("publishedAt").asText(null), meta.path("language").asText(null),
                Article.ImportedAs.TEXT), reviewer);
        for (String[] c : DEMO_CLAIMS) {
            claims.mark(article.id, new ClaimService.NewClaim(null, null, c[0], null, null, c[2], c[3], c[4],
                    article.publishedAt == null ? null : article.publishedAt.toString(), null, c[1]), reviewer);
        }
    }

    private static String resource(String path) {
        try (InputStream in = Bootstrap.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
