package org.cartledger.audit.tree;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.cartledger.proof.bundle.BundlePublicKey;
import org.cartledger.proof.keyrotation.KeyAnnouncement;

/**
 * The ledger's signing keys as published at {@code GET /api/ledger/signing-keys} and kept in the key directory
 * ({@value SigningKey#ANNOUNCEMENTS_FILE}): the first key, and the announcements that lead from it to the current one
 * (docs/ledger-proofs.md §4b).
 *
 * @param firstKey      the key the ledger signed with before any rotation
 * @param currentKeyId  the key id that signs new heads
 * @param announcements oldest first; empty when the key was never rotated
 */
@JsonPropertyOrder({"firstKey", "currentKeyId", "announcements"})
public record AnnouncedKeys(BundlePublicKey firstKey, String currentKeyId, List<KeyAnnouncement> announcements) {
}
