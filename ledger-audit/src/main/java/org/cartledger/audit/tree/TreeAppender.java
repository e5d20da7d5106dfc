package org.cartledger.audit.tree;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.requirements.RequirementSetDefinedEvent;
import org.cartledger.store.history.LedgerHistory;
import org.springframework.stereotype.Component;

/**
 * Keeps the Merkle tree and the entry index up with the ledger as events arrive: a tracking processor
 * of its own ({@link #PROCESSING_GROUP}, one segment, so events come strictly in ledger order) that
 * starts at the tail. On a database whose leaves were appended before the index existed, it therefore
 * meets every stored event once and indexes it; leaves already there are never appended again.
 * Signing a tree head appends whatever is pending itself, so it does not wait for this. Each event it meets asks
 * for a head soon ({@link SigningAfterWrites}).
 */
@Component
@ProcessingGroup(TreeAppender.PROCESSING_GROUP)
class TreeAppender {

    static final String PROCESSING_GROUP = "ledger-tree";

    private final LedgerTree tree;
    private final LedgerHistory history;
    private final SigningAfterWrites signing;

    TreeAppender(LedgerTree tree, LedgerHistory history, SigningAfterWrites signing) {
        this.tree = tree;
        this.history = history;
        this.signing = signing;
    }

    @EventHandler
    void on(LedgerEntryEvent entry, TrackingToken token) {
        tree.follow(history.positionOf(token), entry.entryId(), entry.traineeId().value());
        signing.ledgerGrew();
    }

    /** An entry of the program's own record: a leaf like any other; the tree covers every event of the ledger. */
    @EventHandler
    void on(RequirementSetDefinedEvent definition, TrackingToken token) {
        tree.follow(history.positionOf(token), definition.entryId(), RequirementSetDefinedEvent.recordIdOf(definition.track()));
        signing.ledgerGrew();
    }
}
