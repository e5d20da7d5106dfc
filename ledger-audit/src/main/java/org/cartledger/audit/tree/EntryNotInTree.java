package org.cartledger.audit.tree;

import org.cartledger.http.problem.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event row in the store that the Merkle tree has no leaf for, although the tree has grown past
 * its position: it was written behind the ledger's back (inserted at an old position, or forged),
 * since the ledger appends leaves in position order and never skips one. No proof can be given
 * for it, so no bundle or signed transcript that includes it is either: answered 409
 * {@code entry-not-in-tree}, naming the event and what an auditor can do.
 */
final class EntryNotInTree {

    private static final Logger log = LoggerFactory.getLogger(EntryNotInTree.class);

    private EntryNotInTree() {
    }

    /** The refusal, logged as the warning it is: someone should audit the store. */
    static Refusal at(long position, String eventIdentifier) {
        log.warn("The event at position {} ({}) has no leaf in the ledger's tree: written behind the ledger's back? "
                + "Audit the event store against the signed tree heads.", position, eventIdentifier);
        return new Refusal(409, "entry-not-in-tree", "An entry is not in the ledger's tree",
                "The event at ledger position " + position + " (event " + eventIdentifier + ") is in the event store but "
                        + "not in the ledger's Merkle tree, which has already grown past that position: it was written "
                        + "outside the ledger, so no proof can be given for it and no bundle is signed over it. Auditors: run "
                        + "the verifier's audit (ledger-verifier audit) against the signed tree heads; it names every entry "
                        + "that was inserted, changed or removed.")
                .with("position", position)
                .with("eventIdentifier", eventIdentifier);
    }
}
