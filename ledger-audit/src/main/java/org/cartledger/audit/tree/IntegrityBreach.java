package org.cartledger.audit.tree;

import org.cartledger.audit.entries.UnreadableEvent;
import org.cartledger.http.problem.Refusal;

/**
 * What the ledger found when it checked its own tree before signing: the first thing that disagrees,
 * where (the ledger position, when one can be named) and which side changed ({@link Changed}).
 *
 * @param reason   one sentence for the operator and the health endpoint
 * @param position the first ledger position where leaves and events part, or null when none can be named
 * @param changed  which side changed at that position
 */
public record IntegrityBreach(String reason, Long position, Changed changed) {

    public static final String RULE = UnreadableEvent.RULE;

    /** Which of the two records of one event no longer holds what the ledger wrote. */
    public enum Changed {
        /** the leaf in {@code ledger_leaf} (the event still hashes to the signed root) */
        LEAF,
        /** the event in the event store (its leaf is as the ledger appended it) */
        EVENT,
        /** rows of {@code tree_head} the ledger signed are gone or differ */
        TREE_HEADS,
        /** leaves and events disagree with the signed heads, and nothing tells which was changed */
        UNKNOWN
    }

    /**
     * The answer to any request that needs a new tree head or proofs from a ledger in this state: 503, since
     * nothing the caller can change makes it succeed; the operators must audit the store first.
     */
    Refusal refusal() {
        Refusal refusal = new Refusal(503, RULE, "The ledger failed its own integrity check",
                "The ledger will not sign a tree head or give proofs until its store is audited: " + reason
                        + " Operators: run the verifier's audit (ledger-verifier audit) with the ledger's public key and the "
                        + "tree heads you kept; it names the first position where leaves and events part and which side changed.");
        if (position != null) {
            refusal.with("position", position);
        }
        return refusal.with("changed", changed.name().toLowerCase().replace('_', '-'));
    }
}
