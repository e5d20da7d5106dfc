package org.cartledger.audit;

import org.cartledger.schema.ModuleSchema;
import org.cartledger.schema.ModuleSchema.FormerMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The audit module in a ledger that imports it: the Merkle tree and its signed heads, proofs, transcript
 * bundles and PDFs, and committee replay.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class AuditConfiguration {

    /**
     * The Merkle tree's leaves and signed heads, and the entry index, migrated last. In the single history
     * they were the tree half of 1.2 (whose other half, positions in commit order, is the event store's) and 5.1.
     */
    @Bean
    public ModuleSchema auditTables() {
        return ModuleSchema.of("audit", 60, FormerMigration.was(1, "1.2", 1487445444), FormerMigration.was(2, "5.1", -633934999));
    }
}
