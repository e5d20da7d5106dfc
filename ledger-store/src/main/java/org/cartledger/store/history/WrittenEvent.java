package org.cartledger.store.history;

import org.cartledger.proof.LedgerEvent;

/**
 * An event as stored, with the MAC its writer stored beside it (docs/ledger-proofs.md §2a): null where none is stored
 * (an event from before the writer key, one inserted behind the ledger's back) or the engine keeps none (Axon Server).
 */
public record WrittenEvent(LedgerEvent event, byte[] writerMac) {
}
