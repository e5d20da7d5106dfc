package org.cartledger.verifier.witness;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.bundle.BundleConsistencyProofs;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.bundle.ConsistencyProofJson;
import org.cartledger.proof.keyrotation.KeyChain;
import org.cartledger.proof.keyrotation.KeyChainBroken;
import org.cartledger.proof.witness.Cosignature;
import org.cartledger.verifier.KeyAnnouncementsFile;
import org.cartledger.verifier.PublicKeyFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A witness of one ledger (docs/ledger-proofs.md §4c). Each round it takes the ledger's newest signed tree head,
 * checks its signature with the ledger's key (following the key announcements), checks that it extends the last head
 * this witness cosigned (a consistency proof from that head's size; the same head again; never a smaller one), keeps
 * it, cosigns it and hands the cosignature to the ledger. A head that fails any check is refused and not cosigned:
 * the witness keeps its last head, so it goes on refusing a rolled-back or forked ledger for as long as it runs.
 */
public final class Witness {

    /** What one round came to. */
    public enum Outcome {
        /** a head cosigned (or cosigned before) and the cosignature delivered */
        COSIGNED,
        /** the ledger has signed no head yet */
        NOTHING_TO_COSIGN,
        /** the head failed a check and was not cosigned */
        REFUSED,
        /** cosigned and kept, but the ledger did not take the cosignature; the next round hands it in again */
        NOT_DELIVERED
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WitnessKey key;
    private final LedgerClient ledger;
    private final WitnessState state;
    private final PublicKey givenLedgerKey;
    private final Clock clock;
    private final PrintStream out;

    /**
     * @param ledgerKeyOrNull the ledger's first signing key as its operators gave it; when null, the key the ledger
     *                        answers on the first round is kept in the state directory and trusted from then on
     */
    public Witness(WitnessKey key, String ledgerUrl, String user, String password, Path stateDirectory,
                   PublicKey ledgerKeyOrNull, Clock clock, PrintStream out) {
        this.key = key;
        this.ledger = new LedgerClient(ledgerUrl, user, password);
        this.state = new WitnessState(stateDirectory);
        this.givenLedgerKey = ledgerKeyOrNull;
        this.clock = clock;
        this.out = out;
    }

    /**
     * One round.
     *
     * @throws IllegalStateException when the ledger cannot be asked, or answers what is not its API
     */
    public Outcome round() {
        LedgerClient.Answer latest = ledger.get("/api/ledger/tree-heads/latest");
        if (latest.status() == 404) {
            out.println("nothing to cosign: the ledger has signed no tree head yet");
            return Outcome.NOTHING_TO_COSIGN;
        }
        SignedTreeHead head = read(expect(latest, "/api/ledger/tree-heads/latest"), BundleTreeHead.class).toSignedTreeHead();
        String signature = signatureRefusal(head);
        if (signature != null) {
            return refuse(head, signature);
        }
        Optional<BundleTreeHead> kept = state.lastCosigned();
        if (kept.isPresent()) {
            SignedTreeHead last = kept.get().toSignedTreeHead();
            String extension = extensionRefusal(last, head);
            if (extension != null) {
                return refuse(head, extension);
            }
            if (last.head().treeSize() == head.head().treeSize()) {
                // cosigned before: hand in the same cosignature again, in case the ledger did not get it
                return deliver(ownCosignature(kept.get()));
            }
        } else {
            out.println("note: this witness has cosigned no head of this ledger before; it starts from the head of size "
                    + head.head().treeSize() + " and from now on refuses any head that does not extend it");
        }
        Cosignature cosignature = Cosignature.sign(key.name(), key.keys(), head, clock.instant());
        // kept before it is handed in: once the ledger may publish it, the witness must never cosign a head that contradicts it
        state.keepCosigned(BundleTreeHead.of(head).withCosignatures(List.of(cosignature)));
        return deliver(cosignature);
    }

    /** Why the head's signature is not the ledger's, or null when it is. */
    private String signatureRefusal(SignedTreeHead head) {
        byte[] signingKeys = expect(ledger.get("/api/ledger/signing-keys"), "/api/ledger/signing-keys");
        PublicKey trusted = trustedLedgerKey(signingKeys);
        try {
            return KeyChain.follow(trusted, KeyAnnouncementsFile.fromJson(signingKeys, ledger.url("/api/ledger/signing-keys")))
                    .refusalOf(head);
        } catch (KeyChainBroken e) {
            return "the ledger's key announcements do not lead from the key this witness trusts: " + e.getMessage();
        }
    }

    /** Why {@code head} does not extend {@code last}, the head this witness cosigned before, or null when it does. */
    private String extensionRefusal(SignedTreeHead last, SignedTreeHead head) {
        long lastSize = last.head().treeSize();
        long size = head.head().treeSize();
        String lastRoot = Hashes.hex(last.head().rootHash());
        String root = Hashes.hex(head.head().rootHash());
        if (size < lastSize) {
            return "ROLLBACK: the ledger's newest tree head has size " + size + ", smaller than the head of size " + lastSize
                    + " (root " + lastRoot + ") this witness cosigned: entries the ledger had signed are gone";
        }
        if (size == lastSize) {
            boolean sameMap = Arrays.equals(last.head().mapRootHash(), head.head().mapRootHash());
            return root.equals(lastRoot) && sameMap ? null : "FORK: the ledger's head of size " + size + " has root " + root
                    + (sameMap ? "" : " or another record map") + ", but this witness cosigned root " + lastRoot
                    + " for that size: the ledger signed two histories";
        }
        if (lastSize == 0) {
            return null; // the empty tree is a prefix of every tree
        }
        String path = "/api/ledger/proofs/consistency?from=" + lastSize + "&to=" + size;
        LedgerClient.Answer answer = ledger.get(path);
        if (answer.status() != 200) {
            return "ROLLBACK: the ledger cannot prove that its head of size " + size + " extends the head of size " + lastSize
                    + " this witness cosigned (" + path + " answered " + answer.status() + ": " + answer.text() + ")";
        }
        ConsistencyProofJson proof = read(answer.body(), ConsistencyProofJson.class);
        boolean proves = proof.fromSize() != null && proof.fromSize() == lastSize && proof.toSize() != null && proof.toSize() == size
                && lastRoot.equals(proof.fromRoot()) && root.equals(proof.toRoot()) && BundleConsistencyProofs.verifies(proof);
        return proves ? null : "ROLLBACK: the ledger's head of size " + size + " (root " + root + ") does not extend the head of size "
                + lastSize + " (root " + lastRoot + ") this witness cosigned: the consistency proof does not verify from it, "
                + "so the history up to that size was rewritten";
    }

    private PublicKey trustedLedgerKey(byte[] signingKeys) {
        if (givenLedgerKey != null) {
            return givenLedgerKey;
        }
        Optional<Path> kept = state.ledgerKeyFile();
        if (kept.isPresent()) {
            return PublicKeyFile.read(kept.get());
        }
        JsonNode firstKey = JSON.readTree(signingKeys).path("firstKey").path("spki");
        if (!firstKey.isString()) {
            throw new IllegalStateException("the ledger's signing keys name no first key");
        }
        PublicKey key = Ed25519Keys.publicKey(Base64.getDecoder().decode(firstKey.asString()));
        state.keepLedgerKey(firstKey.asString().getBytes(StandardCharsets.US_ASCII));
        out.println("note: no --ledger-key was given; trusting the ledger's key id " + Ed25519Keys.keyId(key)
                + " as it answered it now, kept in " + state.directory().resolve(WitnessState.LEDGER_KEY_FILE)
                + " (compare it with the key the ledger's operators publish)");
        return key;
    }

    private Outcome refuse(SignedTreeHead head, String why) {
        out.println("REFUSED: " + why);
        out.println("REFUSED: the tree head of size " + head.head().treeSize() + " (root " + Hashes.hex(head.head().rootHash())
                + ") is not cosigned; this witness keeps its last cosigned head in " + state.directory());
        return Outcome.REFUSED;
    }

    private Outcome deliver(Cosignature cosignature) {
        LedgerClient.Answer answer = ledger.post("/api/ledger/tree-heads/" + cosignature.treeSize() + "/cosignatures",
                JSON.writeValueAsBytes(cosignature));
        if (answer.status() != 201 && answer.status() != 200) {
            out.println("NOT DELIVERED: the ledger refused the cosignature of tree size " + cosignature.treeSize() + " ("
                    + answer.status() + "): " + answer.text());
            return Outcome.NOT_DELIVERED;
        }
        out.println("COSIGNED: tree size " + cosignature.treeSize() + ", root " + cosignature.rootHash() + ", as " + key.name()
                + " (key id " + key.keyId() + ")" + (answer.status() == 200 ? ", handed in before" : ""));
        return Outcome.COSIGNED;
    }

    private Cosignature ownCosignature(BundleTreeHead kept) {
        return kept.cosignatures().stream().filter(c -> key.name().equals(c.witness())).findFirst()
                .orElseThrow(() -> new IllegalStateException(state.directory() + " holds a head without this witness's cosignature"));
    }

    private byte[] expect(LedgerClient.Answer answer, String path) {
        if (answer.status() != 200) {
            throw new IllegalStateException(path + " answered " + answer.status() + ": " + answer.text());
        }
        return answer.body();
    }

    private static <T> T read(byte[] json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the ledger answered what is not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
