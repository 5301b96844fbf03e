package org.sentigrid;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.function.LongFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sentigrid.grid.GridServer;

/** The module layering, stated where it is checked rather than only in a comment. */
class ArchitectureTest {
    private static JavaClasses sentigrid;

    @BeforeAll
    static void importProductionClasses() {
        sentigrid = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sentigrid");
    }

    @Test
    void theWireContractUsesOnlyJavaBaseJavaRmiAndZstd() {
        classes().that().resideInAPackage("org.sentigrid.api..")
                .should().onlyDependOnClassesThat(inModules("java.base", "java.rmi")
                        .or(JavaClass.Predicates.resideInAPackage("org.sentigrid.api.."))
                        .or(JavaClass.Predicates.resideInAPackage("com.github.luben.zstd")))
                .check(sentigrid);
    }

    @Test
    void theEngineKnowsNothingOfTheApplication() {
        noClasses().that().resideInAPackage("org.sentigrid.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sentigrid.app..", "org.sentigrid.cli..",
                        "org.sentigrid.text..", "org.sentigrid.format..", "org.sentigrid.worker..",
                        "org.sentigrid.grid..", "org.sentigrid.serve..", "org.sentigrid.desktop..")
                .check(sentigrid);
    }

    @Test
    void textInputIsSharedAndKnowsNoFrontEnd() {
        noClasses().that().resideInAPackage("org.sentigrid.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sentigrid.app..", "org.sentigrid.cli..",
                        "org.sentigrid.desktop..", "org.sentigrid.engine..", "org.sentigrid.format..",
                        "org.sentigrid.worker..", "org.sentigrid.grid..", "org.sentigrid.serve..")
                .check(sentigrid);
    }

    /** Output records are made the same way by workers and by the coordinator: no side's code in them. */
    @Test
    void recordFormattingKnowsNeitherWorkerNorCoordinator() {
        noClasses().that().resideInAPackage("org.sentigrid.format..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sentigrid.app..", "org.sentigrid.cli..",
                        "org.sentigrid.desktop..", "org.sentigrid.worker..", "org.sentigrid.grid..", "org.sentigrid.serve..")
                .check(sentigrid);
    }

    /** Saved sessions and job journals are files any front end could read: no window, grid or command line in them. */
    @Test
    void sessionFilesKnowNoFrontEnd() {
        noClasses().that().resideInAPackage("org.sentigrid.session..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sentigrid.desktop..", "org.sentigrid.cli..",
                        "org.sentigrid.grid..", "org.sentigrid.serve..", "org.sentigrid.app..", "javafx..")
                .check(sentigrid);
    }

    /** The measures of agreement with human gold are computed once, for the command line and the window alike. */
    @Test
    void agreementMeasuresKnowNoFrontEnd() {
        noClasses().that().resideInAPackage("org.sentigrid.evaluate..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sentigrid.desktop..", "org.sentigrid.cli..",
                        "org.sentigrid.grid..", "org.sentigrid.serve..", "org.sentigrid.app..", "javafx..")
                .check(sentigrid);
    }

    /** The coordinator's TLS (its key, its server sockets) is a concern of its own, below the grid. */
    @Test
    void theCoordinatorsTlsKnowsNothingOfTheGrid() {
        noClasses().that().resideInAPackage("org.sentigrid.grid.tls..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sentigrid.grid", "org.sentigrid.cli..",
                        "org.sentigrid.desktop..", "org.sentigrid.worker..")
                .check(sentigrid);
    }

    @Test
    void javaFxIsUsedOnlyInTheUserInterfacePackages() {
        noClasses().that().resideOutsideOfPackage("org.sentigrid.desktop..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .allowEmptyShould(true)
                .check(sentigrid);
    }

    @Test
    void viewModelsKnowNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..",
                        "javafx.scene.chart..", "javafx.stage..", "org.controlsfx..")
                .allowEmptyShould(true)
                .check(sentigrid);
    }

    @Test
    void viewModelsLeaveEncodingFilesToTheExporter() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.sentigrid.format.Output")
                .orShould().dependOnClassesThat().resideInAnyPackage("javax.imageio..", "javafx.embed.swing..")
                .allowEmptyShould(true)
                .check(sentigrid);
    }

    @Test
    void controllersDoNoGridFileOrEngineWork() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAnyPackage("org.sentigrid.grid..", "org.sentigrid.engine..",
                        "org.sentigrid.launch..", "org.sentigrid.journal..", "org.sentigrid.session..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .allowEmptyShould(true)
                .check(sentigrid);
    }

    /** Views and dialogs show what their view model made of engine, grid and SSH types, never those types. */
    @Test
    void viewsAndDialogsKnowNoEngineGridOrSsh() {
        noClasses().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Dialog")
                .should().dependOnClassesThat().resideInAnyPackage("org.sentigrid.engine..", "org.sentigrid.grid..",
                        "org.sentigrid.launch..", "org.sentigrid.journal..", "org.sentigrid.session..")
                .allowEmptyShould(true)
                .check(sentigrid);
    }

    /** The window's job feeds documents to the analysis pipeline; the grid is behind GridService. */
    @Test
    void theWindowsJobKnowsNoGrid() {
        noClasses().that().resideInAPackage("org.sentigrid.desktop.analysis..")
                .should().dependOnClassesThat().resideInAPackage("org.sentigrid.grid..")
                .check(sentigrid);
    }

    /** One analysis pipeline under every front end: it knows none of them. */
    @Test
    void theAnalysisPipelineKnowsNoFrontEnd() {
        noClasses().that().resideInAPackage("org.sentigrid.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sentigrid.app..", "org.sentigrid.cli..",
                        "org.sentigrid.desktop..", "org.sentigrid.serve..", "javafx..")
                .check(sentigrid);
    }

    /** Front ends (analyze, serve, the window) hand work to the grid only through the analysis pipeline's scorer. */
    @Test
    void onlyTheAnalysisPipelineHandsWorkToTheGrid() {
        noClasses().that().resideOutsideOfPackages("org.sentigrid.analysis..", "org.sentigrid.grid..")
                .should().callMethod(GridServer.class, "submit", LongFunction.class)
                .check(sentigrid);
    }

    /** The results store holds results; the charts read it through their own interface, adapted by the view model. */
    @Test
    void resultsKnowNoCharts() {
        noClasses().that().resideInAPackage("org.sentigrid.desktop.results..")
                .should().dependOnClassesThat().resideInAPackage("org.sentigrid.desktop.charts..")
                .check(sentigrid);
    }

    private static DescribedPredicate<JavaClass> inModules(String... names) {
        Set<String> allowed = Set.of(names);
        return DescribedPredicate.describe("in modules " + allowed, javaClass -> {
            try {
                Module module = Class.forName(javaClass.getName(), false, ArchitectureTest.class.getClassLoader()).getModule();
                return module.isNamed() && allowed.contains(module.getName());
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        });
    }
}
