package io.factdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.factdesk.account.Role;
import io.factdesk.account.User;
import io.factdesk.account.UserService;
import io.factdesk.article.ArticleService;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.ClaimState;
import io.factdesk.claim.DismissReason;
import io.factdesk.review.ReviewService;
import io.factdesk.source.Evidence;
import io.factdesk.source.EvidenceService;
import io.factdesk.source.SourceService;
import io.factdesk.system.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The service-level counterpart of {@link Workflow}, for tests that call the services the way the
 * resources and pages do, without HTTP: users, claims brought to any review state by the rules (by
 * setup users, never the users a test acts as, so four eyes stays out of the way unless a test wants
 * it), and claims read back as they were committed. Each service call is its own transaction, as in
 * a request.
 */
@ApplicationScoped
public class Newsroom {

    /** The demo accounts of the test profile. */
    public static final String REVIEWER = "reviewer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    /** Users of these tests only: a second reviewer and editor, and the setup users. */
    public static final String OTHER_REVIEWER = "svc-reviewer-2";
    public static final String OTHER_EDITOR = "svc-editor-2";
    public static final String SETUP_REVIEWER = "svc-setup-reviewer";
    public static final String SETUP_EDITOR = "svc-setup-editor";
    public static final String SETUP_EDITOR_2 = "svc-setup-editor-2";

    /** The verdict every claim brought past research carries. */
    public static final String VERDICT = "Mostly false";

    @Inject
    UserService users;

    @Inject
    ArticleService articles;

    @Inject
    ClaimService claims;

    @Inject
    ReviewService review;

    @Inject
    EvidenceService evidence;

    private volatile boolean usersReady;

    /** The user of that name, created first if it is one of this class's own. */
    public User user(String username) {
        ensureUsers();
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username)).orElseThrow(
                () -> new IllegalStateException("No user " + username));
    }

    private synchronized void ensureUsers() {
        if (usersReady) {
            return;
        }
        for (String name : List.of(OTHER_REVIEWER, SETUP_REVIEWER)) {
            users.ensure(name, name + "-password", Set.of(Role.REVIEWER), null);
        }
        for (String name : List.of(OTHER_EDITOR, SETUP_EDITOR, SETUP_EDITOR_2)) {
            users.ensure(name, name + "-password", Set.of(Role.EDITOR), null);
        }
        usersReady = true;
    }

    /** A NEW claim, with a statement and a claimant, on an article of its own. */
    public long claim() {
        User setup = user(SETUP_REVIEWER);
        String unique = Articles.unique("svc");
        long article = articles.importArticle(new ArticleService.ArticleInput("Service test " + unique,
                "A report " + unique + ". The minister said the bridge cost nine million.", null, null, null, null,
                null, null, null), setup).id;
        return claims.mark(article, new ClaimService.NewClaim(null, null, "the bridge cost nine million", null, null,
                "The bridge cost nine million.", "The minister", null, null, null, "Other"), setup).id;
    }

    /** A claim brought to the state by the rules, as the setup users. */
    public long claimIn(ClaimState state) {
        long id = claim();
        switch (state) {
            case NEW:
                return id;
            case DISMISSED:
                move(SETUP_EDITOR, id, new ReviewService.Move(ClaimState.DISMISSED, null, DismissReason.OTHER, null,
                        null, null));
                return id;
            default:
                break;
        }
        move(SETUP_EDITOR, id, to(ClaimState.RESEARCHING, null, SETUP_REVIEWER));
        if (state == ClaimState.RESEARCHING) {
            return id;
        }
        verdict(id);
        evidence(id);
        move(SETUP_REVIEWER, id, to(ClaimState.IN_REVIEW, null, null));
        if (state == ClaimState.IN_REVIEW) {
            return id;
        }
        move(SETUP_EDITOR, id, to(ClaimState.APPROVED, null, null));
        if (state == ClaimState.APPROVED) {
            return id;
        }
        move(SETUP_EDITOR_2, id, to(ClaimState.PUBLISHED, null, null));
        return id;
    }

    /** A move to the state with a comment and an assignee (each may be null), at no version yet. */
    public static ReviewService.Move to(ClaimState state, String comment, String assignee) {
        return new ReviewService.Move(state, comment, null, null, assignee, null);
    }

    /** Makes the move as the user, at the claim's current version. */
    public Claim move(String username, long id, ReviewService.Move move) {
        ReviewService.Move current = new ReviewService.Move(move.to(), move.comment(), move.reason(),
                move.duplicateOf(), move.assignee(), version(id));
        return review.transition(id, current, user(username));
    }

    /** Sets {@link #VERDICT} with a rationale, as the setup reviewer. */
    public void verdict(long id) {
        review.setVerdict(id, VERDICT, "The budget says twelve million.", version(id), user(SETUP_REVIEWER));
    }

    /** Attaches a new source as evidence, as the setup reviewer. */
    public Evidence evidence(long id) {
        return evidence.attach(id, new EvidenceService.EvidenceInput(null, new SourceService.SourceInput(
                "https://budget.example.org/" + Articles.unique("b"), "The budget", "Treasury", null, null,
                "2024-01-15", null, null, null), "Twelve million", "refutes", null), user(SETUP_REVIEWER)).evidence();
    }

    /** The claim as committed, with its topic, verdict, assignee and submitter. */
    public Claim get(long id) {
        return QuarkusTransaction.requiringNew().call(() -> claims.get(id));
    }

    public long version(long id) {
        return get(id).version;
    }

    public ClaimState state(long id) {
        return get(id).state;
    }

    /** The evidence of the claim, as committed. */
    public List<Evidence> evidenceOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> evidence.ofClaim(id));
    }

    /** The refusal a call ends in; fails when it ends otherwise. */
    public static ProblemException refusal(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the call is refused with a problem").isInstanceOf(ProblemException.class);
        return (ProblemException) thrown;
    }

    /** The fields a refusal names, in its order. */
    public static List<String> fields(ProblemException refusal) {
        return refusal.errors().stream().map(e -> e.field()).toList();
    }
}
