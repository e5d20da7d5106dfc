package org.cartledger.launcher;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cartledger.query.QuerySideApplication;
import org.cartledger.query.dashboard.DashboardFold;
import org.junit.jupiter.api.Test;

/**
 * The shape the code must keep, module by module: the two sides never lean on each other, the message
 * contract leans on nothing of ours, each module knows only those below it, read models stay inside the
 * query side, and only the launcher assembles.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cartledger");

    @Test
    void theCommandSideDoesNotDependOnTheQuerySide() {
        noClasses().that().resideInAPackage("org.cartledger.command..")
                .should().dependOnClassesThat().resideInAPackage("org.cartledger.query..")
                .check(CLASSES);
    }

    @Test
    void theQuerySideDoesNotDependOnTheCommandSide() {
        noClasses().that().resideInAPackage("org.cartledger.query..")
                .should().dependOnClassesThat().resideInAPackage("org.cartledger.command..")
                .check(CLASSES);
    }

    @Test
    void theMessageContractDependsOnNoOtherModuleNorOnSpringOrJpa() {
        noClasses().that().resideInAPackage("org.cartledger.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.cartledger.command..", "org.cartledger.query..", "org.cartledger.http..",
                        "org.cartledger.store..", "org.cartledger.users..", "org.cartledger.audit..",
                        "org.cartledger.launcher..", "org.springframework..", "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void theHttpEdgeKnowsNoModuleAboveIt() {
        noClasses().that().resideInAPackage("org.cartledger.http..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cartledger.command..", "org.cartledger.query..",
                        "org.cartledger.store..", "org.cartledger.users..", "org.cartledger.audit..", "org.cartledger.launcher..")
                .check(CLASSES);
    }

    @Test
    void theEventStoreKnowsNoOtherModule() {
        noClasses().that().resideInAPackage("org.cartledger.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cartledger.command..", "org.cartledger.query..",
                        "org.cartledger.http..", "org.cartledger.users..", "org.cartledger.audit..", "org.cartledger.launcher..")
                .check(CLASSES);
    }

    @Test
    void usersKnowOnlyTheHttpEdgeAndTheMessages() {
        noClasses().that().resideInAPackage("org.cartledger.users..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cartledger.command..", "org.cartledger.query..",
                        "org.cartledger.store..", "org.cartledger.audit..", "org.cartledger.launcher..")
                .check(CLASSES);
    }

    @Test
    void theAuditKnowsNeitherTheCommandSideNorTheUsers() {
        noClasses().that().resideInAPackage("org.cartledger.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cartledger.command..", "org.cartledger.users..",
                        "org.cartledger.launcher..")
                .check(CLASSES);
    }

    @Test
    void onlyTheLauncherAssemblesAndNothingLeansOnIt() {
        noClasses().that().resideOutsideOfPackage("org.cartledger.launcher..")
                .should().dependOnClassesThat().resideInAPackage("org.cartledger.launcher..")
                .check(CLASSES);
    }

    @Test
    void theProofLibraryStandsAloneSoAnAuditorCanTrustItWithoutTheServer() {
        noClasses().that().resideInAPackage("org.cartledger.proof..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cartledger.api..", "org.cartledger.command..",
                        "org.cartledger.query..", "org.cartledger.http..", "org.cartledger.store..", "org.cartledger.users..",
                        "org.cartledger.audit..", "org.cartledger.launcher..", "org.cartledger.verifier..",
                        "org.springframework..", "org.axonframework..")
                .check(CLASSES);
    }

    @Test
    void theVerifierNeedsOnlyTheProofLibrary() {
        noClasses().that().resideInAPackage("org.cartledger.verifier..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cartledger.api..", "org.cartledger.command..",
                        "org.cartledger.query..", "org.cartledger.http..", "org.cartledger.store..", "org.cartledger.users..",
                        "org.cartledger.audit..", "org.cartledger.launcher..", "org.springframework..", "org.axonframework..")
                .check(CLASSES);
    }

    /**
     * SQL is text that ArchUnit cannot see, so this reads the sources: only ledger-store queries the event
     * table, and the verifier through the proof library's one definition of a row ({@code EventTable}),
     * because an auditor's check must not depend on the server's code.
     */
    @Test
    void onlyTheEventStoreModuleQueriesTheEventTable() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Pattern query = Pattern.compile("(FROM|INTO|UPDATE|JOIN)\\s+domain_event_entry", Pattern.CASE_INSENSITIVE);
        List<String> readers;
        try (Stream<Path> files = Files.walk(root)) {
            readers = files.filter(file -> file.toString().endsWith(".java") && file.toString().contains("/src/main/"))
                    .filter(file -> !file.startsWith(root.resolve("ledger-store")))
                    .filter(file -> !file.endsWith(Path.of("ledger-proof/src/main/java/org/cartledger/proof/EventTable.java")))
                    .filter(file -> query.matcher(read(file)).find())
                    .map(file -> root.relativize(file).toString())
                    .toList();
        }
        assertThat(readers).as("main code outside ledger-store that queries domain_event_entry").isEmpty();
        assertThat(read(root.resolve("ledger-store/src/main/java/org/cartledger/store/JdbcLedgerHistory.java")))
                .as("the test would see a reader").contains("EventTable.SELECT_EVENTS");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Test
    void theReadModelsArePrivateToTheQuerySide() {
        // the read models are plain SQL (JdbcTemplate behind IsolatedWrites); outside the query side only its
        // launcher class and the dashboard's fold (DashboardFold) may be used: the fold is pure code, touching no row,
        // which the committee replay runs at any cut of the ledger. Its state, views, rows, projections and handlers
        // stay the query side's own.
        noClasses().that().resideOutsideOfPackage("org.cartledger.query..")
                .should().dependOnClassesThat(resideInAPackage("org.cartledger.query..")
                        .and(not(belongToAnyOf(QuerySideApplication.class, DashboardFold.class))))
                .check(CLASSES);
        classes().that().haveSimpleNameEndingWith("Projection").or().haveSimpleNameEndingWith("QueryHandler")
                .should().resideInAPackage("org.cartledger.query..")
                .andShould().notBePublic()
                .check(CLASSES);
    }

    @Test
    void theFeaturesOfTheQuerySideDoNotDependOnEachOther() {
        slices().matching("org.cartledger.query.(dashboard|cohort|transcript|catalog)..")
                .should().notDependOnEachOther()
                .check(CLASSES);
    }

    @Test
    void commandsEventsQueriesAndViewsAreRecords() {
        classes().that().resideInAPackage("org.cartledger.api..")
                .and().areNotInterfaces()
                .and().haveNameMatching(".*(Command|Event|Query|View)")
                .should().beRecords()
                .check(CLASSES);
    }
}
