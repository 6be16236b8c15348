package org.summittimeline;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/** The layer rules of docs and ARCHITECTURE: the core is plain Java, and data flows one way. */
@AnalyzeClasses(packages = "org.summittimeline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The layout engine is in the core too: exports and unit tests place marks with no toolkit started. */
    @ArchTest
    static final ArchRule coreUsesNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.summittimeline.model..", "org.summittimeline.format..", "org.summittimeline.query..",
                    "org.summittimeline.export..", "org.summittimeline.ui.timeline.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    /**
     * Exports run from the command line without a display, so they reach into the views only for the parts that
     * need no toolkit: the layout engine (the picture is placed as the window places it) and the texts.
     */
    @ArchTest
    static final ArchRule exportsUseOnlyTheToolkitFreeViews = noClasses()
            .that().resideInAPackage("org.summittimeline.export..")
            .should().dependOnClassesThat(resideInAPackage("org.summittimeline.ui..")
                    .and(not(resideInAPackage("org.summittimeline.ui.timeline.layout")))
                    .and(not(nameMatching("org\\.summittimeline\\.ui\\.(Texts|Luminance)"))))
            .orShould().dependOnClassesThat().resideInAPackage("org.summittimeline.app..");

    /** The command line draws pictures without starting JavaFX. */
    @ArchTest
    static final ArchRule theImageCommandStartsNoToolkit = noClasses()
            .that().haveSimpleName("ImageCommand")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.summittimeline.ui.shell..");

    /** The command line writes handouts without a display, so the handout knows no toolkit and no window. */
    @ArchTest
    static final ArchRule handoutsUseNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.summittimeline.handout..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.summittimeline.ui..", "org.summittimeline.app..");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.summittimeline.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.summittimeline.format..", "org.summittimeline.query..", "org.summittimeline.ui..", "org.summittimeline.app..",
                    "com.google.gson..");

    @ArchTest
    static final ArchRule queryDoesNotParse = noClasses()
            .that().resideInAPackage("org.summittimeline.query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.summittimeline.format..", "org.summittimeline.ui..", "org.summittimeline.app..",
                    "com.google.gson..");

    @ArchTest
    static final ArchRule formatKnowsNoViews = noClasses()
            .that().resideInAPackage("org.summittimeline.format..")
            .should().dependOnClassesThat().resideInAnyPackage("org.summittimeline.ui..", "org.summittimeline.app..", "org.summittimeline.query..");

    @ArchTest
    static final ArchRule viewsDoNotParseJson = noClasses()
            .that().resideInAPackage("org.summittimeline.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.gson..", "org.summittimeline.app..");

    /**
     * The views reach the format only through what a loader hands back and the writers' entry points.
     * ProblemGroups is how the window lists problems as --validate prints them; TimelineWriter is the JSON export.
     * LessonFile is the lesson's reader and writer in one, as TimelineLoader and QuoteCsvWriter are for theirs.
     * LineExcerpts reads a failed file's lines back at its problems' places.
     */
    @ArchTest
    static final ArchRule viewsReachTheFormatOnlyThroughItsEntryPoints = noClasses()
            .that().resideInAPackage("org.summittimeline.ui..")
            .should().dependOnClassesThat(resideInAPackage("org.summittimeline.format..")
                    .and(not(nameMatching("org\\.summittimeline\\.format\\."
                            + "(LoadResult|LineExcerpts|Problem|ProblemGroups|Severity|QuoteCsvWriter|SafeWrite|TimelineLoader|TimelineWriter|LessonFile)(\\$.*)?"))));

    @ArchTest
    static final ArchRule noCyclesBetweenViews = slices().matching("org.summittimeline.ui.(*)..").should().beFreeOfCycles();

    /** The shell composes the views; no view reaches up into it (every ui package but the shell, new ones too). */
    @ArchTest
    static final ArchRule theShellIsOnTop = noClasses()
            .that(resideInAPackage("org.summittimeline.ui..").and(not(resideInAPackage("org.summittimeline.ui.shell.."))))
            .should().dependOnClassesThat().resideInAPackage("org.summittimeline.ui.shell..");

    /** One place hops threads. */
    @ArchTest
    static final ArchRule onlyTheBackgroundWorkHopsThreads = noClasses()
            .that(not(JavaClass.Predicates.simpleName("FxBackgroundWork")))
            .should().callMethod(Platform.class, "runLater", Runnable.class);

    /**
     * Work off the UI thread goes through BackgroundWork, on the one executor the program is given: no view starts
     * a thread, an executor or a common-pool task of its own.
     */
    @ArchTest
    static final ArchRule onlyTheBackgroundWorkStartsThreads = noClasses()
            .that(resideInAPackage("org.summittimeline.ui..").and(not(JavaClass.Predicates.simpleName("FxBackgroundWork"))))
            .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .orShould().callMethodWhere(target(owner(type(Executors.class))))
            .orShould().callMethodWhere(target(owner(type(CompletableFuture.class))).and(target(nameMatching(".*Async"))));

    private static final Pattern INLINE_NAME = Pattern.compile("\\b(?:java|javax|javafx|org\\.summittimeline)\\.(?:[a-z]\\w*\\.)+[A-Z]\\w*");

    /** Names come in through imports: a fully qualified class name in the code hides a dependency. */
    @Test
    void noFullyQualifiedClassNamesInTheViews() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/summittimeline/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                List<String> imported = lines.stream().filter(l -> l.startsWith("import ")).toList();
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*")
                            || line.startsWith("/*") || line.startsWith("//")) {
                        continue;
                    }
                    Matcher m = INLINE_NAME.matcher(line);
                    while (m.find()) {
                        String name = m.group();
                        String simple = "." + name.substring(name.lastIndexOf('.') + 1) + ";";
                        // Two classes of one simple name (java.time.Duration, javafx.util.Duration): one must be written out.
                        boolean clash = imported.stream().anyMatch(l -> l.endsWith(simple) && !l.equals("import " + name + ";"));
                        if (!clash) {
                            found.add(file.getFileName() + ":" + (i + 1) + ": " + name);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
