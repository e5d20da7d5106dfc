package org.cartledger.audit.tree;

/**
 * An event row in the store that the Merkle tree has no leaf for, although the tree has grown past
 * its position: it was written behind the ledger's back (inserted at an old position, or forged),
 * since the ledger appends leaves in position order and never skips one. No proof can be given
 * for it, so no bundle or signed transcript that includes it is either.
 */
public class EntryNotInTree extends RuntimeException {

    private final long position;
    private final String eventIdentifier;

    public EntryNotInTree(long position, String eventIdentifier) {
        super("The event at position " + position + " (" + eventIdentifier + ") has no leaf in the ledger's tree");
        this.position = position;
        this.eventIdentifier = eventIdentifier;
    }

    public long position() {
        return position;
    }

    public String eventIdentifier() {
        return eventIdentifier;
    }
}
