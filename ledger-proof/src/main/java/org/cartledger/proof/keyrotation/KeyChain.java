package org.cartledger.proof.keyrotation;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;

/**
 * The signing keys reached from a key the auditor trusts by following key announcements, each verified with the key
 * before it (docs/ledger-proofs.md §4b). Each key signs heads of the tree sizes from its announcement's
 * {@code effectiveFromTreeSize} up to the next announcement's; the trusted key from size 0.
 */
public final class KeyChain {

    private final List<ChainedKey> keys;

    private KeyChain(List<ChainedKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /** One key of the chain and the tree sizes it signs, {@code untilTreeSize} null for the newest key. */
    public record ChainedKey(PublicKey key, String keyId, long fromTreeSize, Long untilTreeSize) {
    }

    /**
     * Follows {@code announcements} (oldest first) from {@code trusted}.
     *
     * @throws KeyChainBroken naming the first announcement that is forged, out of turn or malformed
     */
    public static KeyChain follow(PublicKey trusted, List<KeyAnnouncement> announcements) {
        List<ChainedKey> keys = new ArrayList<>();
        PublicKey current = trusted;
        String currentId = Ed25519Keys.keyId(trusted);
        long from = 0;
        List<KeyAnnouncement> list = announcements == null ? List.of() : announcements;
        for (int i = 0; i < list.size(); i++) {
            KeyAnnouncement announcement = list.get(i);
            String where = "key announcement " + i;
            if (announcement == null || announcement.oldKeyId() == null || announcement.newKeyId() == null
                    || announcement.newPublicKey() == null || announcement.announcedAt() == null
                    || announcement.oldKeySignature() == null || announcement.newKeySignature() == null) {
                throw new KeyChainBroken(where + " lacks a field; every field of §4b is required");
            }
            if (!currentId.equals(announcement.oldKeyId())) {
                throw new KeyChainBroken(where + " replaces key id " + announcement.oldKeyId()
                        + ", but the chain has reached key id " + currentId + ": the chain is broken");
            }
            if (!announcement.isSignedBy(current, announcement.oldKeySignature())) {
                throw new KeyChainBroken(where + " is not signed by key id " + currentId
                        + ", the key it replaces: it is forged or altered");
            }
            PublicKey next = newKey(where, announcement);
            if (!announcement.isSignedBy(next, announcement.newKeySignature())) {
                throw new KeyChainBroken(where + " is not signed by its new key id " + announcement.newKeyId()
                        + ": it does not show that the ledger holds that key");
            }
            try {
                TreeHead.parseTimestamp(announcement.announcedAt());
            } catch (IllegalArgumentException e) {
                throw new KeyChainBroken(where + ": announcedAt " + e.getMessage());
            }
            if (announcement.effectiveFromTreeSize() < from) {
                throw new KeyChainBroken(where + " takes effect from tree size " + announcement.effectiveFromTreeSize()
                        + ", before the key it replaces did (" + from + ")");
            }
            if (currentId.equals(announcement.newKeyId())
                    || keys.stream().anyMatch(k -> k.keyId().equals(announcement.newKeyId()))) {
                throw new KeyChainBroken(where + " brings back key id " + announcement.newKeyId()
                        + ", which the chain already holds");
            }
            keys.add(new ChainedKey(current, currentId, from, announcement.effectiveFromTreeSize()));
            current = next;
            currentId = announcement.newKeyId();
            from = announcement.effectiveFromTreeSize();
        }
        keys.add(new ChainedKey(current, currentId, from, null));
        return new KeyChain(keys);
    }

    private static PublicKey newKey(String where, KeyAnnouncement announcement) {
        byte[] spki;
        try {
            spki = Base64.getDecoder().decode(announcement.newPublicKey());
        } catch (IllegalArgumentException e) {
            throw new KeyChainBroken(where + ": newPublicKey is not base64");
        }
        if (!Hashes.hex(Hashes.sha256(spki)).equals(announcement.newKeyId())) {
            throw new KeyChainBroken(where + ": newKeyId is not the SHA-256 of newPublicKey");
        }
        try {
            return Ed25519Keys.publicKey(spki);
        } catch (IllegalArgumentException e) {
            throw new KeyChainBroken(where + ": newPublicKey is " + e.getMessage());
        }
    }

    /** The keys, the trusted one first. */
    public List<ChainedKey> keys() {
        return keys;
    }

    /** The newest key the chain reaches. */
    public ChainedKey newest() {
        return keys.get(keys.size() - 1);
    }

    /** The chained key of this id, or null when the chain does not reach it. */
    public ChainedKey byId(String keyId) {
        return keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst().orElse(null);
    }

    /**
     * Why the head does not verify under this chain, or null when it does: it must be signed by the key its key id
     * names, that key must be in the chain, and the head's tree size within the sizes that key signs.
     */
    public String refusalOf(SignedTreeHead head) {
        ChainedKey key = byId(head.keyId());
        long size = head.head().treeSize();
        if (key == null) {
            return "the tree head (tree size " + size + ") is signed by key id " + head.keyId()
                    + ", which the key announcements from the key you trust (key id " + keys.get(0).keyId()
                    + ") do not reach";
        }
        if (!TreeHeadSigner.verify(head, key.key())) {
            return "the tree head signature does not verify with key id " + key.keyId() + " (tree size " + size
                    + ", root " + Hashes.hex(head.head().rootHash()) + ")";
        }
        if (size < key.fromTreeSize() || (key.untilTreeSize() != null && size > key.untilTreeSize())) {
            return "key id " + key.keyId() + " signs heads of tree sizes " + key.fromTreeSize() + " to "
                    + (key.untilTreeSize() == null ? "now" : key.untilTreeSize()) + ", not of size " + size
                    + ": a replaced key signed a head after its successor took over";
        }
        return null;
    }
}
