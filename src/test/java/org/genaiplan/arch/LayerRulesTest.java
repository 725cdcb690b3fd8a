package org.genaiplan.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain (model, schedule) knows nothing of screens, storage or spreadsheets. */
@AnalyzeClasses(packages = "org.genaiplan", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that().resideInAnyPackage("org.genaiplan.model..", "org.genaiplan.schedule..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "javax.sql..", "org.h2..", "org.apache.poi..", "java.awt..",
                    "javax.swing..", "org.jfree..", "com.fasterxml..", "picocli..", "org.controlsfx..")
            .because("model and schedule are plain Java that every layer can use and test without a window or a database");

    @ArchTest
    static final ArchRule domainDoesNotReachUp = noClasses()
            .that().resideInAnyPackage("org.genaiplan.model..", "org.genaiplan.schedule..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.genaiplan.store..", "org.genaiplan.ui..", "org.genaiplan.app..", "org.genaiplan.export..",
                    "org.genaiplan.templates..");

    @ArchTest
    static final ArchRule modelDoesNotKnowTheScheduler = noClasses()
            .that().resideInAPackage("org.genaiplan.model..")
            .should().dependOnClassesThat().resideInAPackage("org.genaiplan.schedule..");

    @ArchTest
    static final ArchRule uiNeverUsesSql = noClasses()
            .that().resideInAPackage("org.genaiplan.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..")
            .because("the UI reaches the plan through view-models and commands, never SQL");

    @ArchTest
    static final ArchRule storeAndExportHaveNoScreens = noClasses()
            .that().resideInAnyPackage("org.genaiplan.store..", "org.genaiplan.export..", "org.genaiplan.templates..",
                    "org.genaiplan.interop..")
            .should().dependOnClassesThat().resideInAnyPackage("org.genaiplan.ui..", "org.genaiplan.app..");

    @ArchTest
    static final ArchRule benchmarksStayOutOfTheProduct = noClasses()
            .that().resideInAnyPackage("org.genaiplan.model..", "org.genaiplan.schedule..", "org.genaiplan.templates..",
                    "org.genaiplan.store..", "org.genaiplan.export..", "org.genaiplan.ui..", "org.genaiplan.interop..")
            .should().dependOnClassesThat().resideInAPackage("org.genaiplan.bench..")
            .because("the benchmarks and the synthetic plans measure the product from outside; only the command "
                    + "line calls them");

    @ArchTest
    static final ArchRule onlyInteropReadsOtherPlannersFiles = noClasses()
            .that().resideOutsideOfPackages("org.genaiplan.interop..", "org.genaiplan.bench..")
            .should().dependOnClassesThat().resideInAPackage("org.mpxj..")
            .because("MPXJ's readers are used only behind the interop package's checks (ADR 0020)");

    @ArchTest
    static final ArchRule viewsDoNotHandleThePlan = noClasses()
            .that().resideInAPackage("org.genaiplan.ui..")
            .and().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Pane")
            .or().haveSimpleNameEndingWith("Cell").or().haveSimpleNameEndingWith("Panel")
            .or().haveSimpleNameEndingWith("Dialog")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.genaiplan.model.Plan")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.genaiplan.model.Task")
            .because("views show what their view-models hand them; only view-models and commands read the plan");

    @ArchTest
    static final ArchRule uiPackagesHaveNoCycles = slices()
            .assignedFrom(new com.tngtech.archunit.library.dependencies.SliceAssignment() {
                @Override
                public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(
                        com.tngtech.archunit.core.domain.JavaClass c) {
                    return c.getPackageName().startsWith("org.genaiplan.ui")
                            ? com.tngtech.archunit.library.dependencies.SliceIdentifier.of(c.getPackageName())
                            : com.tngtech.archunit.library.dependencies.SliceIdentifier.ignore();
                }

                @Override
                public String getDescription() {
                    return "each package of the UI";
                }
            })
            .should().beFreeOfCycles()
            .because("each UI package builds on the ones below it: the shared editing core (ui), rows and "
                    + "commands, the views, and the window that puts them together");
}
