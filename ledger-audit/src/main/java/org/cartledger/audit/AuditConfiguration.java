package org.cartledger.audit;

import org.cartledger.store.LedgerHistoryConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The audit module in a ledger that imports it: the Merkle tree and its signed heads, proofs, transcript
 * bundles and PDFs, and committee replay, all read through the ledger's one reader.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@Import(LedgerHistoryConfiguration.class)
public class AuditConfiguration {
}
