package org.cartledger.api.treeheads;

/**
 * Asks for the newest signed tree heads and the consistency proofs between them (ledger-proof's
 * {@code TreeHeadChain}), for the auditor's page; answered by the audit module.
 *
 * @param newest how many of the newest heads, 2 to 100
 */
public record FindTreeHeadChainQuery(int newest) {

    public FindTreeHeadChainQuery {
        if (newest < 2 || newest > 100) {
            throw new IllegalArgumentException("newest must be 2 to 100, not " + newest);
        }
    }
}
