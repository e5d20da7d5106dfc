package org.cartledger.audit.tree;

import java.util.Optional;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.WriterKey;
import org.cartledger.store.history.LedgerHistory;
import org.cartledger.store.history.WrittenEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Only the ledger writes the ledger (docs/ledger-proofs.md §2a): before the tree gives an event a leaf, the event must
 * carry its writer's MAC, made with the key kept beside the signing key, unless it was stored before that key existed.
 * Someone who can write the database but not the key directory can insert rows, but not ones the tree takes. On Axon
 * Server no MAC is stored and none is asked for.
 */
@Component
class WriterMacCheck {

    /** Null where the history keeps no MACs. */
    private final WriterKey key;

    WriterMacCheck(LedgerHistory history, ObjectProvider<WriterKey> writerKey) {
        if (history.keepsWriterMacs()) {
            this.key = writerKey.getIfAvailable();
            if (key == null) {
                // a JDBC history without the writer's key would take every inserted row as the ledger's own
                throw new IllegalStateException("The ledger's events are in PostgreSQL, but no writer key is configured "
                        + "(ledger-store's LedgerWriterConfiguration): the tree cannot tell the ledger's events from rows inserted in SQL");
            }
        } else {
            this.key = null;
        }
    }

    /** Why the tree must not take this event, if it must not. */
    Optional<IntegrityBreach> refusal(WrittenEvent written) {
        LedgerEvent event = written.event();
        if (key == null || !key.required(event.position()) || key.verifies(event, written.writerMac())) {
            return Optional.empty();
        }
        String which = "The event at ledger position " + event.position() + " (event " + event.eventIdentifier() + ") ";
        String reason = written.writerMac() == null
                ? which + "carries no writer MAC, though every event after position " + key.macsRequiredAfter() + " must: it was "
                + "inserted in the database, not written by the ledger."
                : which + "carries a writer MAC that the ledger's writer key does not verify: it was inserted or changed in the "
                + "database (with a MAC copied from another event, or made with another key), not written by the ledger.";
        return Optional.of(new IntegrityBreach(reason + " The tree gives it no leaf and signs nothing after it.", event.position(),
                IntegrityBreach.Changed.EVENT));
    }
}
