package app.delegations;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/**
 * The architecture of the app, as rules on its compiled main classes (tests are not checked).
 *
 * <pre>
 *   app.delegations (App, Main, …)     the composition root: starts the app, wires everything by constructor
 *     ↓            ↓
 *   ui.*          cli                  ui.main (window) → ui.&lt;feature&gt; → ui.common; cli never sees ui
 *     ↓            ↓
 *   index          │                   what several views share about a loaded dataset
 *     ↓            ↓
 *   data ──────────┘                   reading and checking a data file (the only Jackson user)
 *     ↓
 *   model, text                        the immutable records; wording and folding of text (no dependencies)
 * </pre>
 *
 * An arrow points down only: a layer uses the layers below it, never one above. Each rule says in its
 * {@code because} why it holds, so that a failure reads as the design it breaks.
 */
@AnalyzeClasses(packages = "app.delegations", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "app.delegations";
    private static final String UI = "app.delegations.ui..";
    private static final String UI_COMMON = "app.delegations.ui.common..";

    @ArchTest
    static final ArchRule layersOnlyUseTheLayersBelowThem = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("app (root)").definedBy(ROOT)
            .layer("ui").definedBy(UI)
            .layer("cli").definedBy("app.delegations.cli..")
            .layer("index").definedBy("app.delegations.index..")
            .layer("data").definedBy("app.delegations.data..")
            .layer("text").definedBy("app.delegations.text..")
            .layer("model").definedBy("app.delegations.model..")
            .whereLayer("app (root)").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app (root)")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app (root)")
            .whereLayer("index").mayOnlyBeAccessedByLayers("ui", "app (root)")
            .whereLayer("data").mayOnlyBeAccessedByLayers("index", "ui", "cli", "app (root)")
            .whereLayer("text").mayOnlyBeAccessedByLayers("data", "index", "ui", "cli", "app (root)")
            .whereLayer("model").mayOnlyBeAccessedByLayers("data", "index", "ui", "cli", "app (root)")
            .because("the layers are model/text ← data ← index ← ui ← app (and data ← cli ← app): a layer uses "
                    + "only the layers below it, so the model and the loader work without a window, and the "
                    + "composition root (App) is the one place that knows every part");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("app.delegations.(*)..")
            .should().beFreeOfCycles()
            .because("two packages that use each other are one package in two folders: neither can be "
                    + "understood, tested or changed alone");

    @ArchTest
    static final ArchRule uiPackagesHaveNoCycles = slices().matching("app.delegations.ui.(*)..")
            .should().beFreeOfCycles()
            .because("a feature is one package; features that use each other in a circle cannot be added, "
                    + "removed or tested one at a time");

    @ArchTest
    static final ArchRule uiCommonUsesNoFeature = noClasses().that().resideInAPackage(UI_COMMON)
            .should().dependOnClassesThat(resideInAPackage(UI).and(resideOutsideOfPackage(UI_COMMON)))
            .because("ui.common is what every feature (ui.places, ui.filter, ui.timeline, …) builds on; if it "
                    + "used a feature, every feature would depend on that one, and a new view could not be "
                    + "added without touching it");

    @ArchTest
    static final ArchRule viewModelsUseNoJavaFxScene = noClasses().that(areViewModels())
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("a view model holds state and commands in javafx.beans properties and javafx.collections "
                    + "lists, so it is tested with plain JUnit and no window; nodes, colours and fonts belong "
                    + "to its view");

    @ArchTest
    static final ArchRule viewModelsReachNoOtherFeaturesView = noClasses().that(areViewModels())
            .should(dependOnAViewOfAnotherFeature())
            .because("features talk through view models and ui.common (e.g. the Selection), never through "
                    + "another feature's nodes: a view can then be replaced or removed without breaking "
                    + "another feature");

    @ArchTest
    static final ArchRule onlyDataUsesJackson = noClasses().that().resideOutsideOfPackage("app.delegations.data..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("reading JSON is the loader's business: everything above data sees the model records and "
                    + "the loader's problems, so the parser can change without touching a view");

    @ArchTest
    static final ArchRule theWindowDoesNotKnowTheApp = noClasses()
            .that().resideInAPackage("app.delegations.ui.main..")
            .should().dependOnClassesThat().resideInAPackage(ROOT)
            .because("App builds the window and hands it what it needs by constructor; a window that reached "
                    + "back into App's package (App, Version, AppConfig, …) could not be built in a test "
                    + "without the whole app");

    @ArchTest
    static final ArchRule noStaticMutableState = fields().that().areStatic()
            .and().areDeclaredInClassesThat().resideInAPackage("app.delegations..")
            .should().beFinal()
            .because("no static singletons or global state: App wires every part by constructor, so two "
                    + "windows, two loads or two tests cannot disturb each other");

    /**
     * View models: classes whose (outermost) name ends in "Model" — {@code FooViewModel}, {@code FilterModel}
     * — with their nested and anonymous classes, wherever they are.
     */
    private static DescribedPredicate<JavaClass> areViewModels() {
        return DescribedPredicate.describe("are view models (named *Model, with their nested classes)",
                c -> outermost(c).getSimpleName().endsWith("Model"));
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass top = c;
        for (Optional<JavaClass> e = c.getEnclosingClass(); e.isPresent(); e = e.get().getEnclosingClass()) {
            top = e.get();
        }
        return top;
    }

    /** The feature of a class in ui.&lt;feature&gt;.., or "" for any other class. */
    private static String feature(JavaClass c) {
        String prefix = "app.delegations.ui.";
        String p = c.getPackageName();
        if (!p.startsWith(prefix)) {
            return "";
        }
        int dot = p.indexOf('.', prefix.length());
        return dot < 0 ? p.substring(prefix.length()) : p.substring(prefix.length(), dot);
    }

    /** A view: a class of a ui feature whose (outermost) name ends in "View". */
    private static boolean isView(JavaClass c) {
        return !feature(c).isEmpty() && outermost(c).getSimpleName().endsWith("View");
    }

    private static ArchCondition<JavaClass> dependOnAViewOfAnotherFeature() {
        return new ArchCondition<>("depend on a view (*View) of another ui feature") {
            @Override
            public void check(JavaClass model, ConditionEvents events) {
                for (Dependency d : model.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (isView(target) && !feature(target).equals(feature(model))) {
                        events.add(SimpleConditionEvent.satisfied(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
