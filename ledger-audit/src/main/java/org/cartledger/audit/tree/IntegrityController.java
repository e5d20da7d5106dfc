package org.cartledger.audit.tree;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.keyrotation.KeyAnnouncement;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.bundle.ConsistencyProofJson;
import org.cartledger.proof.bundle.InclusionProofJson;
import org.cartledger.http.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tree heads, the key that signs them, and proofs against them: what an auditor asks the ledger for. */
@RestController
@RequestMapping("/api/ledger")
public class IntegrityController {

    private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final LedgerTree tree;
    private final SigningKey signingKey;
    private final TreeHeadCosignatures cosignatures;

    public IntegrityController(LedgerTree tree, SigningKey signingKey, TreeHeadCosignatures cosignatures) {
        this.tree = tree;
        this.signingKey = signingKey;
        this.cosignatures = cosignatures;
    }

    /** The key that signs new heads; after a rotation, heads signed before name an older key (see signing-keys). */
    @GetMapping("/public-key")
    public PublishedPublicKey publicKey() {
        return PublishedPublicKey.of(signingKey.publicKey());
    }

    /** The first key and the announcements that lead from it to the current key (docs/ledger-proofs.md §4b). */
    @GetMapping("/signing-keys")
    public AnnouncedKeys signingKeys() {
        return signingKey.announced();
    }

    /** Replaces the signing key; the announcement, signed by the old and the new key, is published at signing-keys. */
    @PostMapping("/signing-key/rotation")
    public ResponseEntity<KeyAnnouncement> rotateSigningKey() {
        return ResponseEntity.status(HttpStatus.CREATED).body(tree.rotateSigningKey());
    }

    /** Signs a tree head over everything recorded so far (or returns the newest, if nothing was added since). */
    @PostMapping("/tree-heads")
    public ResponseEntity<BundleTreeHead> publish() {
        return ResponseEntity.status(HttpStatus.CREATED).body(cosignatures.published(tree.publish()));
    }

    /** Every signed head, oldest first, each with the witnesses' cosignatures over it (§4c). */
    @GetMapping("/tree-heads")
    public List<BundleTreeHead> treeHeads() {
        return cosignatures.published(tree.allHeads());
    }

    @GetMapping("/tree-heads/latest")
    public ResponseEntity<?> latest() {
        return tree.latestHead().<ResponseEntity<?>>map(head -> ResponseEntity.ok(cosignatures.published(head)))
                .orElseGet(() -> Problems.of(404, "no-tree-head", "No tree head yet",
                        "The ledger has not signed a tree head yet. POST /api/ledger/tree-heads signs one now."));
    }

    /**
     * The audit path of one event's leaf against a signed tree head (the newest unless
     * {@code treeSize} names another). The event is named by its ledger position or its entry id.
     */
    @GetMapping("/proofs/inclusion")
    public ResponseEntity<?> inclusion(@RequestParam(required = false) Long position,
                                       @RequestParam(required = false) String entryId,
                                       @RequestParam(required = false) Long treeSize) {
        if ((position == null) == (entryId == null)) {
            return Problems.of(400, "one-event", "Name one event", "Give either position or entryId, not both and not neither.");
        }
        if (entryId != null && !ENTRY_ID.matcher(entryId).matches()) {
            return Problems.invalidFields(List.of(new Problems.FieldError("entryId",
                    "must be an entry id as the ledger gives them (letters, digits and '-', at most 64)")));
        }
        Optional<Long> eventPosition = position != null ? Optional.of(position) : tree.positionOfEntry(entryId);
        if (eventPosition.isEmpty()) {
            return Problems.of(404, "entry-not-found", "No such entry", "No entry '" + entryId + "' is in the ledger.");
        }
        Optional<SignedTreeHead> head = treeSize == null ? tree.latestHead() : tree.headOfSize(treeSize);
        if (head.isEmpty()) {
            return noSuchHead(treeSize);
        }
        tree.refuseIfPassedOver(eventPosition.get());
        long size = head.get().head().treeSize();
        Optional<Long> leafIndex = tree.leafIndexOf(eventPosition.get()).filter(index -> index < size);
        if (leafIndex.isEmpty()) {
            return Problems.of(409, "not-yet-in-tree-head", "Not covered by that tree head",
                    "Position " + eventPosition.get() + " is not in the signed tree of size " + size
                            + ". POST /api/ledger/tree-heads signs a newer one.");
        }
        byte[] leafHash = tree.leafHashes(size).get(leafIndex.get().intValue());
        return ResponseEntity.ok(new EntryInclusionProof(eventPosition.get(),
                InclusionProofJson.of(leafIndex.get(), size, leafHash, tree.inclusionPath(leafIndex.get(), size))));
    }

    /** Proof that the tree signed at {@code from} is a prefix of the tree signed at {@code to}. */
    @GetMapping("/proofs/consistency")
    public ResponseEntity<?> consistency(@RequestParam long from, @RequestParam long to) {
        if (from < 1 || from > to) {
            return Problems.invalidFields(List.of(new Problems.FieldError("from",
                    "must be at least 1 and at most to (" + to + ")")));
        }
        Optional<SignedTreeHead> older = tree.headOfSize(from);
        Optional<SignedTreeHead> newer = tree.headOfSize(to);
        if (older.isEmpty() || newer.isEmpty()) {
            return noSuchHead(older.isEmpty() ? from : to);
        }
        return ResponseEntity.ok(ConsistencyProofJson.of(from, to, older.get().head().rootHash(),
                newer.get().head().rootHash(), tree.consistencyPath(from, to)));
    }

    private static ResponseEntity<ProblemDetail> noSuchHead(Long treeSize) {
        return Problems.of(404, "no-tree-head", "No such tree head", treeSize == null
                ? "The ledger has not signed a tree head yet. POST /api/ledger/tree-heads signs one now."
                : "The ledger signed no tree head of size " + treeSize + ". GET /api/ledger/tree-heads lists them.");
    }
}
