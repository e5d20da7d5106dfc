package org.cartledger.launcher;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cartledger.proof.LedgerEventRows;
import org.cartledger.query.QuerySideApplication;
import org.cartledger.query.dashboard.DashboardState;
import org.cartledger.query.dashboard.DashboardViews;
import org.cartledger.query.processing.ProcessingConfiguration;
import org.cartledger.store.history.AxonServerLedgerHistory;
import org.cartledger.store.history.JdbcLedgerHistory;
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

    @Test
    void theLedgerIsReadThroughTheStoresOneReader() {
        // The row mapping of domain_event_entry sits in the proof library, as plain JDBC, so that the verifier
        // (which must not pull in Spring or Axon) and the store's JDBC adapter share it; in the server nothing
        // but the store uses it. Everyone else reads the history through LedgerHistory, never through one
        // engine's adapter, so that every feature works on PostgreSQL and on Axon Server alike.
        noClasses().that().resideOutsideOfPackages("org.cartledger.store..", "org.cartledger.verifier..", "org.cartledger.proof..")
                .should().dependOnClassesThat().belongToAnyOf(LedgerEventRows.class)
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.cartledger.store..")
                .should().dependOnClassesThat().belongToAnyOf(JdbcLedgerHistory.class, AxonServerLedgerHistory.class)
                .check(CLASSES);
    }

    @Test
    void theReadModelsArePrivateToTheQuerySide() {
        // the read models are plain SQL (JdbcTemplate behind IsolatedWrites); outside the query side only its
        // launcher class and the dashboard's fold may be used: the fold is pure code, touching no row, which
        // ledger-launcher replays at any cut of the ledger. The audit service on its own (AuditApplication) also
        // imports the query side's ProcessingConfiguration: its tree processor keeps its position in the same
        // token_entry table, laid out once there. Rows, projections and handlers stay the query side's own.
        noClasses().that().resideOutsideOfPackage("org.cartledger.query..")
                .should().dependOnClassesThat(resideInAPackage("org.cartledger.query..")
                        .and(not(belongToAnyOf(QuerySideApplication.class, DashboardState.class, DashboardViews.class,
                                ProcessingConfiguration.class))))
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
