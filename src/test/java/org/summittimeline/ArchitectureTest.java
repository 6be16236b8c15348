package org.summittimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of docs and ARCHITECTURE: the core is plain Java, and data flows one way. */
@AnalyzeClasses(packages = "org.summittimeline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreUsesNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.summittimeline.model..", "org.summittimeline.format..", "org.summittimeline.query..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

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
}
