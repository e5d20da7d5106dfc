package org.cartledger.audit;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The audit module in a ledger that imports it: the Merkle tree and its signed heads, proofs, transcript
 * bundles and PDFs, and committee replay.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class AuditConfiguration {
}
