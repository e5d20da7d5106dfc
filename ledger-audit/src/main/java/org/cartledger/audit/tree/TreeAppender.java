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
 * Signing a tree head or a bundle appends whatever is pending itself, so neither waits for this.
 */
@Component
@ProcessingGroup(TreeAppender.PROCESSING_GROUP)
class TreeAppender {

    static final String PROCESSING_GROUP = "ledger-tree";

    private final LedgerTree tree;
    private final LedgerHistory history;

    TreeAppender(LedgerTree tree, LedgerHistory history) {
        this.tree = tree;
        this.history = history;
    }

    @EventHandler
    void on(LedgerEntryEvent entry, TrackingToken token) {
        tree.follow(history.positionOf(token), entry.entryId(), entry.traineeId().value());
    }

    /** An entry of the program's own record: a leaf like any other; the tree covers every event of the ledger. */
    @EventHandler
    void on(RequirementSetDefinedEvent definition, TrackingToken token) {
        tree.follow(history.positionOf(token), definition.entryId(), RequirementSetDefinedEvent.recordIdOf(definition.track()));
    }
}
