package org.cartledger.audit.published;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.api.treeheads.FindTreeHeadChainQuery;
import org.cartledger.audit.tree.LedgerTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.audit.tree.SigningKey;
import org.cartledger.proof.bundle.BundlePublicKey;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.bundle.ConsistencyProofJson;
import org.cartledger.proof.bundle.TreeHeadChain;
import org.springframework.stereotype.Component;

/**
 * What the ledger has published, for the auditor's page: its newest signed tree heads and, between each and the
 * next, the proof that the older tree is a prefix of the newer, and the key announcements that lead from the first
 * signing key to the current one. The page checks them in the browser.
 */
@Component
class TreeHeadChains {

    private final LedgerTree tree;
    private final SigningKey signingKey;

    TreeHeadChains(LedgerTree tree, SigningKey signingKey) {
        this.tree = tree;
        this.signingKey = signingKey;
    }

    @QueryHandler
    TreeHeadChain handle(FindTreeHeadChainQuery query) {
        List<SignedTreeHead> all = tree.allHeads(); // oldest first
        List<SignedTreeHead> newest = new ArrayList<>(all.subList(Math.max(0, all.size() - query.newest()), all.size()));
        List<ConsistencyProofJson> proofs = new ArrayList<>();
        for (int i = 0; i + 1 < newest.size(); i++) {
            long from = newest.get(i).head().treeSize();
            long to = newest.get(i + 1).head().treeSize();
            proofs.add(ConsistencyProofJson.of(from, to, newest.get(i).head().rootHash(), newest.get(i + 1).head().rootHash(),
                    tree.consistencyPath(from, to)));
        }
        // the heads may span key rotations: the page follows the announcements from the key the auditor trusts
        return new TreeHeadChain(BundlePublicKey.of(signingKey.publicKey()), newest.stream().map(BundleTreeHead::of).toList(),
                proofs, signingKey.announced().firstKey(), signingKey.announced().announcements());
    }
}
