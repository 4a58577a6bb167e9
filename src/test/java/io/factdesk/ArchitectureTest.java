package io.factdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.factdesk.account.User;
import io.factdesk.claim.Claim;
import jakarta.persistence.Entity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules between packages (docs/architecture.md, "Layers"), checked on the compiled
 * application: no cycle between packages; each package uses only the layers below it; {@code system}
 * knows no feature; no entity leaves a resource as JSON.
 */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.factdesk");

    /** The features, lowest first, as docs/architecture.md draws them. */
    private static final String[] FEATURES = { "figures", "audit", "account", "library", "article", "claim", "source",
            "review", "history", "suggest", "match", "report", "desk" };

    static final ArchRule NO_CYCLES = slices().matching("io.factdesk.(*)..").should().beFreeOfCycles();

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("system").definedBy("io.factdesk.system..")
            .layer("figures").definedBy("io.factdesk.figures..")
            .layer("audit").definedBy("io.factdesk.audit..")
            .layer("account").definedBy("io.factdesk.account..")
            .layer("library").definedBy("io.factdesk.library..")
            .layer("article").definedBy("io.factdesk.article..")
            .layer("claim").definedBy("io.factdesk.claim..")
            .layer("source").definedBy("io.factdesk.source..")
            .layer("review").definedBy("io.factdesk.review..")
            .layer("history").definedBy("io.factdesk.history..")
            .layer("suggest").definedBy("io.factdesk.suggest..")
            .layer("match").definedBy("io.factdesk.match..")
            .layer("report").definedBy("io.factdesk.report..")
            .layer("desk").definedBy("io.factdesk.desk..")
            .whereLayer("desk").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayOnlyBeAccessedByLayers("desk")
            .whereLayer("history").mayOnlyBeAccessedByLayers("report", "desk")
            .whereLayer("review").mayOnlyBeAccessedByLayers("report", "desk")
            .whereLayer("source").mayOnlyBeAccessedByLayers("report", "desk")
            .whereLayer("suggest").mayOnlyBeAccessedByLayers("report", "desk")
            .whereLayer("match").mayOnlyBeAccessedByLayers("report", "desk")
            .whereLayer("claim").mayOnlyBeAccessedByLayers("source", "review", "history", "suggest", "match", "report",
                    "desk")
            .whereLayer("library").mayOnlyBeAccessedByLayers("match", "report", "desk")
            .whereLayer("article").mayOnlyBeAccessedByLayers("claim", "source", "review", "history", "suggest", "match",
                    "report", "desk")
            .whereLayer("account").mayOnlyBeAccessedByLayers("library", "article", "claim", "source", "review",
                    "history", "suggest", "match", "report", "desk")
            .whereLayer("audit").mayOnlyBeAccessedByLayers("account", "library", "article", "claim", "source",
                    "review", "history", "suggest", "match", "report", "desk")
            .whereLayer("figures").mayOnlyBeAccessedByLayers("claim", "source", "review", "history", "suggest", "match",
                    "report", "desk");

    static final ArchRule SYSTEM_KNOWS_NO_FEATURE = noClasses().that().resideInAPackage("io.factdesk.system..")
            .should().dependOnClassesThat().resideInAnyPackage(featurePackages());

    static final ArchRule NO_ENTITY_AS_JSON = methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
            .and().arePublic().should(returnNoEntity());

    @Test
    void noPackageDependsOnItselfInACircle() {
        NO_CYCLES.check(APP);
    }

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() {
        LAYERS.check(APP);
    }

    @Test
    void systemDependsOnNoFeature() {
        SYSTEM_KNOWS_NO_FEATURE.check(APP);
    }

    @Test
    void noResourceSendsAnEntityAsJson() {
        NO_ENTITY_AS_JSON.check(APP);
    }

    /** The rules are not vacuous: each finds the break it is there for in classes made to break it. */
    @Test
    void eachRuleCatchesWhatItForbids() {
        JavaClasses broken = new ClassFileImporter().importClasses(LeakingResource.class, SystemReachingUp.class);
        assertThat(NO_ENTITY_AS_JSON.evaluate(broken).getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains("entity").contains("User"))
                .anySatisfy(d -> assertThat(d).contains("entity").contains("Claim"));
        JavaClasses systemClass = new ClassFileImporter().importClasses(SystemReachingUp.class, Claim.class);
        assertThat(systemReachingUpRule().evaluate(systemClass).hasViolation()).isTrue();
        assertThat(NO_ENTITY_AS_JSON.evaluate(APP).hasViolation()).isFalse();
    }

    private static ArchRule systemReachingUpRule() {
        return noClasses().that().haveSimpleName(SystemReachingUp.class.getSimpleName()).should()
                .dependOnClassesThat().resideInAnyPackage(featurePackages());
    }

    private static String[] featurePackages() {
        String[] packages = new String[FEATURES.length];
        for (int i = 0; i < FEATURES.length; i++) {
            packages[i] = "io.factdesk." + FEATURES[i] + "..";
        }
        return packages;
    }

    /** An entity, or anything that holds one (a list, a page, a record's component), in what a method returns. */
    private static ArchCondition<JavaMethod> returnNoEntity() {
        return new ArchCondition<>("return no entity, directly or inside what they return") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Deque<JavaClass> todo = new ArrayDeque<>(method.getReturnType().getAllInvolvedRawTypes());
                Set<JavaClass> seen = new HashSet<>();
                while (!todo.isEmpty()) {
                    JavaClass type = todo.pop();
                    if (!seen.add(type) || !type.getPackageName().startsWith("io.factdesk")) {
                        continue;
                    }
                    if (type.isAnnotatedWith(Entity.class)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns the entity "
                                + type.getName() + " (map it to a view record)"));
                        continue;
                    }
                    for (JavaField field : type.getAllFields()) {
                        if (!field.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)) {
                            todo.addAll(field.getType().getAllInvolvedRawTypes());
                        }
                    }
                }
            }
        };
    }

    /** Made to break the rule: sends an entity, and a record holding entities, as JSON. */
    @Path("/broken")
    public static class LeakingResource {

        public record Wrapper(List<Claim> claims) {
        }

        @GET
        public User user() {
            return null;
        }

        @GET
        @Path("wrapped")
        public Wrapper wrapped() {
            return null;
        }
    }

    /** Made to break the rule that system knows no feature (it is judged by its simple name). */
    static class SystemReachingUp {
        Claim claim;
    }
}
