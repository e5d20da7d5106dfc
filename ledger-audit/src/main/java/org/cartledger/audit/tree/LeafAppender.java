package org.cartledger.audit.tree;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The tree's own event processor: as each event of the ledger arrives, the leaves (and the entry index)
 * are appended up to it, reading the stored form through the ledger's reader, so the tree keeps up with
 * the ledger on PostgreSQL and on Axon Server alike. Appending is idempotent: a replayed or repeated event
 * finds its leaf there and nothing changes.
 */
@Component
@ProcessingGroup(LeafAppender.PROCESSOR)
class LeafAppender {

    static final String PROCESSOR = "ledger-tree";
    private static final Logger log = LoggerFactory.getLogger(LeafAppender.class);

    private final LedgerTree tree;
    /** The tree's size after this process last appended: events below it need no look at the database. */
    private volatile long appended;

    LeafAppender(LedgerTree tree) {
        this.tree = tree;
    }

    @EventHandler
    void on(Object event, TrackingToken token) {
        // a token's position is the event's position (PostgreSQL) or one less (Axon Server, from 0): either
        // way an event below the leaves already appended is in the tree
        if (token.position().orElse(Long.MAX_VALUE) < appended) {
            return;
        }
        appended = tree.appendPending();
    }

    /** Leaves appended before the entry index existed get their index rows; afterwards a no-op. */
    @EventListener(ApplicationReadyEvent.class)
    void indexEarlierLeaves() {
        try {
            tree.indexEarlierLeaves();
        } catch (RuntimeException failed) {
            log.warn("Could not index the tree's earlier leaves now; the next start tries again", failed);
        }
    }
}
