package org.cartledger.web.audit;

import java.util.List;

/**
 * What the in-browser verifiers say, by key: each is {@code verify.js.<key>} in the audit bundle of words,
 * handed to the script in the page, so that the script speaks the page's language without words of its own.
 */
public final class VerifierWords {

    public static final List<String> KEYS = List.of("verified", "notVerified", "withTrustedKey", "withBundleKey",
            "unreadable", "format", "noTrainee", "noPublicKey", "keyIdMismatch", "notTrustedKey", "headKeyId", "badSignature",
            "noTreeHead", "noEntries", "malformed", "otherTrainee", "leafMismatch", "proofSize", "pathFails", "firstNotZero",
            "gap", "repeated", "positionOrder", "leafOrder", "noCrypto", "badTrustedKey", "entryOk", "entryFails", "noFile",
            "verifiedComplete", "notShownComplete", "noMapProof", "malformedMapProof", "mapProofUnderV1", "mapProofOther",
            "mapProofFails", "countMismatch", "lastMismatch", "withTrustedKeyChain", "notReachedKey", "headKeyNotReached",
            "keyOutOfRange", "announcementField", "announcementOutOfTurn", "announcementForged", "announcementNewKey",
            "announcementNotByNewKey", "announcementTime", "announcementEarlier", "announcementRepeats");

    /** What the tree heads' check says, each {@code heads.js.<key>}. */
    public static final List<String> HEAD_KEYS = List.of("verified", "notVerified", "withTrustedKey", "withLedgerKey",
            "badSignature", "notConsistent", "otherKey", "badTrustedKey", "noCrypto", "headOk", "headFails", "notTrustedKey",
            "withTrustedKeyChain");

    /** Of {@link #KEYS}: what both pages say of key announcements (ledger-proofs.js), each {@code verify.js.<key>}. */
    public static final List<String> ANNOUNCEMENT_KEYS = List.of("keyOutOfRange", "announcementField", "announcementOutOfTurn",
            "announcementForged", "announcementNewKey", "announcementNotByNewKey", "announcementTime", "announcementEarlier",
            "announcementRepeats");

    private VerifierWords() {
    }
}
