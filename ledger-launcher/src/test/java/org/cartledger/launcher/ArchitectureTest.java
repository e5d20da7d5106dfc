package org.cartledger.launcher;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.http.problem.Refusal;
import org.cartledger.proof.LedgerEventRows;
import org.cartledger.query.QuerySideApplication;
import org.cartledger.query.requirements.RequirementSetsOnRecord;
import org.cartledger.query.dashboard.DashboardFold;
import org.cartledger.query.processing.ProcessingConfiguration;
import org.cartledger.store.history.AxonServerLedgerHistory;
import org.cartledger.store.history.JdbcLedgerHistory;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

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
                        "org.cartledger.launcher..", "org.cartledger.web..", "org.springframework..", "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void theHttpEdgeKnowsNoModuleAboveIt() {
        noClasses().that().resideInAPackage("org.cartledger.http..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cartledger.command..", "org.cartledger.query..",
                        "org.cartledger.store..", "org.cartledger.users..", "org.cartledger.audit..", "org.cartledger.launcher..",
                        "org.cartledger.web..")
                .check(CLASSES);
    }

    @Test
    void theWebAppTalksToTheSidesOnlyThroughTheirMessages() {
        // commands and queries from ledger-messages on the buses, sign-in from ledger-http; never a side's insides
        noClasses().that().resideInAPackage("org.cartledger.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cartledger.command..", "org.cartledger.query..",
                        "org.cartledger.store..", "org.cartledger.users..", "org.cartledger.audit..", "org.cartledger.launcher..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("org.cartledger.web..", "org.cartledger.launcher..")
                .should().dependOnClassesThat().resideInAPackage("org.cartledger.web..")
                .check(CLASSES);
    }

    @Test
    void queriesAreAnsweredOnlyByTheQuerySideAndTheAuditsReplayAndExports() {
        // the web app asks on the query bus and answers nothing there; the committee's "as it stood" is answered next
        // to the replay, the transcript's bundle and PDF next to their HTTP export, the tree heads with what the ledger
        // publishes (ledger-audit), so that the pages never import the audit's insides
        noMethods().that().areAnnotatedWith(QueryHandler.class)
                .should().beDeclaredInClassesThat().resideOutsideOfPackages("org.cartledger.query..", "org.cartledger.audit.replay..",
                        "org.cartledger.audit.export..", "org.cartledger.audit.published..")
                .check(CLASSES);
        classes().that().resideInAnyPackage("org.cartledger.audit.replay..", "org.cartledger.audit.export..",
                        "org.cartledger.audit.published..")
                .and().areNotNestedClasses()
                .should().notBePublic()
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
    void theSchemaMigrationsKnowNoModuleSoEveryModuleCanDeclareItsTables() {
        noClasses().that().resideInAPackage("org.cartledger.schema..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cartledger.api..", "org.cartledger.command..",
                        "org.cartledger.query..", "org.cartledger.http..", "org.cartledger.store..", "org.cartledger.users..",
                        "org.cartledger.audit..", "org.cartledger.launcher..", "org.cartledger.proof..", "org.cartledger.verifier..")
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
        // launcher class and the dashboard's fold (DashboardFold) may be used: the fold is pure code, touching no row,
        // which the committee replay runs at any cut of the ledger; its state and views stay package-private. The audit service on its own (AuditApplication) also
        // imports the query side's ProcessingConfiguration: its tree processor keeps its position in the same
        // token_entry table, laid out once there. The replay also measures progress against the requirement sets on
        // record (RequirementSetsOnRecord), which are read from the ledger itself, not from a read model. Rows,
        // projections and handlers stay the query side's own.
        noClasses().that().resideOutsideOfPackage("org.cartledger.query..")
                .should().dependOnClassesThat(resideInAPackage("org.cartledger.query..")
                        .and(not(belongToAnyOf(QuerySideApplication.class, DashboardFold.class, ProcessingConfiguration.class,
                                RequirementSetsOnRecord.class))))
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

    @Test
    void onlyTheHttpEdgeTurnsExceptionsIntoAnswers() {
        // every refusal is a Refusal, answered by ledger-http's RefusalAdvice (a refused command too, as it comes
        // back over the command bus); an advice or handler anywhere else would be a second shape for the same answer
        noClasses().that().resideOutsideOfPackage("org.cartledger.http..")
                .should().beAnnotatedWith(RestControllerAdvice.class).orShould().beAnnotatedWith(ControllerAdvice.class)
                .check(CLASSES);
        noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackage("org.cartledger.http..")
                .should().beAnnotatedWith(ExceptionHandler.class)
                .check(CLASSES);
    }

    @Test
    void aRefusalIsOneTypeAndEachModuleOnlyNamesItsRules() {
        // modules name their rules in small factories (RuleViolation, ReplayRules, ...) that return a Refusal
        classes().that().areAssignableTo(Refusal.class)
                .should().be(Refusal.class)
                .check(CLASSES);
        noClasses().that().areAssignableTo(Throwable.class).and().resideOutsideOfPackage("org.cartledger.http..")
                .should().haveNameMatching(".*(Refusal|Violation)[^.]*")
                .check(CLASSES);
    }

    @Test
    void theProofWireFormatIsDeclaredOnlyInTheProofLibrary() {
        // hashes and keys as text are the JSON of docs/ledger-proofs.md, which ledger-proof's bundle records declare
        // and the verifier reads; the server answers with those records (bytes in memory are anyone's)
        noFields().that().haveNameMatching("rootHash|leafHash|auditPath|fromRoot|toRoot|spki")
                .and().doNotHaveRawType(byte[].class)
                .should().beDeclaredInClassesThat().resideOutsideOfPackage("org.cartledger.proof..")
                .check(CLASSES);
    }
}
