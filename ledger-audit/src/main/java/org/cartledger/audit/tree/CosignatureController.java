package org.cartledger.audit.tree;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import org.cartledger.http.problem.Problems;
import org.cartledger.http.security.SignInEvents;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.witness.Cosignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where witnesses hand in their cosignatures of tree heads (docs/ledger-proofs.md §4c). A cosignature is kept only
 * when it is signed by a witness the ledger's operators listed ({@code ledger.integrity.witnesses}) and is over the
 * head the ledger signed at that size: what is published as a witness's word must be checkable as such.
 */
@RestController
@RequestMapping("/api/ledger/tree-heads")
public class CosignatureController {

    private static final Logger securityEvents = LoggerFactory.getLogger(SignInEvents.LOGGER);

    private final LedgerTree tree;
    private final TreeHeadCosignatures cosignatures;

    public CosignatureController(LedgerTree tree, TreeHeadCosignatures cosignatures) {
        this.tree = tree;
        this.cosignatures = cosignatures;
    }

    /** Keeps a witness's cosignature of the head of this size: 201, or 200 with the one kept if it cosigned it before. */
    @PostMapping("/{treeSize}/cosignatures")
    public ResponseEntity<?> cosign(@PathVariable long treeSize, @RequestBody Cosignature cosignature) {
        String shape = cosignature.shapeProblem();
        if (shape != null) {
            return Problems.invalidFields(List.of(new Problems.FieldError("cosignature", shape)));
        }
        if (cosignature.treeSize() != treeSize) {
            return Problems.invalidFields(List.of(new Problems.FieldError("treeSize",
                    "must be the tree size in the path (" + treeSize + ")")));
        }
        PublicKey key = cosignatures.known().keyOf(cosignature.witness());
        if (key == null || !Ed25519Keys.keyId(key).equals(cosignature.witnessKeyId())) {
            return Problems.of(422, "unknown-witness", "Not a known witness", (key == null
                    ? cosignature.witness() + " is not a witness this ledger knows."
                    : "The key id " + cosignature.witnessKeyId() + " is not the key listed for " + cosignature.witness() + ".")
                    + " The operators list each witness and its public key in ledger.integrity.witnesses (name=base64).");
        }
        if (!cosignature.isSignedBy(key)) {
            return Problems.of(422, "cosignature-not-verified", "The cosignature does not verify",
                    "The signature is not " + cosignature.witness() + "'s over the cosigned statement (docs/ledger-proofs.md §4c).");
        }
        Optional<SignedTreeHead> head = tree.headOfSize(treeSize);
        if (head.isEmpty()) {
            return Problems.of(404, "no-tree-head", "No such tree head",
                    "The ledger signed no tree head of size " + treeSize + ". GET /api/ledger/tree-heads lists them.");
        }
        if (!cosignature.isOver(head.get())) {
            // a witness vouches for a head of this size that is not the one here: the ledger's history was forked
            securityEvents.warn("Witness {} cosigned a tree head of size {} (root {}, key id {}) that is not the ledger's "
                    + "head of that size", cosignature.witness(), treeSize, cosignature.rootHash(), cosignature.logKeyId());
            return Problems.of(409, "cosigned-another-head", "Cosigned another tree head",
                    cosignature.witness() + " cosigned a tree head of size " + treeSize + " with root " + cosignature.rootHash()
                            + ", but the ledger's head of that size is another. GET /api/ledger/tree-heads lists the ledger's.");
        }
        boolean added = cosignatures.add(cosignature);
        return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK).body(cosignatures.of(treeSize, cosignature.witness()));
    }
}
