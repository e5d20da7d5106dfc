package org.cartledger.audit;

import java.util.Map;
import org.cartledger.query.processing.ProcessingConfiguration;
import org.cartledger.query.requirements.RequirementSetsOnRecord;
import org.cartledger.store.history.LedgerHistoryConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The audit module on its own, for the scale-out deployment (profile {@code axonserver}): the ledger's
 * history read from Axon Server, the Merkle tree, its signed heads and the entry index kept in
 * PostgreSQL, proofs, bundles, PDFs and committee replay served over HTTP. The embedded default runs it
 * inside the launcher instead, which imports {@link AuditConfiguration}.
 *
 * <p>Its tables live in a schema of their own ({@value #SCHEMA}) with their own Flyway history, so that
 * it can share the query side's PostgreSQL without either side's migrations tripping over the other's.
 * The token store's table comes with the query side's processing configuration (its snake_case schema). The
 * requirement sets come with the query side's reader of them, which reads the ledger's history, no read model: the
 * replay measures progress against them.
 */
@SpringBootApplication
@Import({LedgerHistoryConfiguration.class, ProcessingConfiguration.class, RequirementSetsOnRecord.class})
public class AuditApplication {

    static final String SCHEMA = "ledger_audit";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application with the audit service's defaults, which the environment and command line override. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(AuditApplication.class);
        application.setDefaultProperties(Map.of(
                "spring.application.name", "ledger-audit",
                "spring.flyway.schemas", SCHEMA,
                "spring.flyway.default-schema", SCHEMA,
                "spring.datasource.hikari.schema", SCHEMA));
        return application;
    }
}
