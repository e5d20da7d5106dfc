package org.cartledger.proof.keyrotation;

/** A key announcement chain that does not lead from the trusted key: forged, out of turn, or malformed. */
public final class KeyChainBroken extends RuntimeException {

    public KeyChainBroken(String message) {
        super(message);
    }
}
