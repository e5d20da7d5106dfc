package org.cartledger.audit.export;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cartledger.api.ids.TraineeId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.api.transcript.ExportTranscriptQuery;
import org.cartledger.api.transcript.FindTranscriptQuery;
import org.cartledger.api.transcript.TranscriptFile;
import org.cartledger.api.transcript.TranscriptView;
import org.cartledger.audit.tree.LedgerTree;
import org.cartledger.audit.tree.SigningKey;
import org.cartledger.audit.tree.TreeHeadCosignatures;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.bundle.TranscriptBundles;
import org.springframework.stereotype.Component;

/**
 * A trainee's transcript to hand to someone else: as a bundle a verifier checks offline
 * (docs/ledger-proofs.md §6), and as a PDF for people that carries the root hash it was checked against.
 * Asked for over HTTP ({@link TranscriptExportController}) and, by the web app, on the query bus.
 */
@Component
class TranscriptExports {

    private final LedgerTree tree;
    private final SigningKey signingKey;
    private final QueryGateway queryGateway;
    private final Clock clock;
    private final TreeHeadCosignatures cosignatures;

    TranscriptExports(LedgerTree tree, SigningKey signingKey, QueryGateway queryGateway, Clock clock,
                      TreeHeadCosignatures cosignatures) {
        this.tree = tree;
        this.cosignatures = cosignatures;
        this.signingKey = signingKey;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    @QueryHandler
    Optional<TranscriptFile> bundle(ExportTranscriptQuery.Bundle query) {
        return tree.bundleFor(query.traineeId(), clock.instant()).map(cosignatures::cosigned).map(bundle -> new TranscriptFile(
                "transcript-bundle-" + query.traineeId() + ".json", "application/json", TranscriptBundles.toJson(bundle)));
    }

    /** The bundle, carrying a consistency proof from each of these signed tree sizes to its own head (§6). */
    Optional<TranscriptFile> bundleProvingConsistencyFrom(TraineeId traineeId, List<Long> fromSizes) {
        return tree.bundleFor(traineeId, clock.instant())
                .map(cosignatures::cosigned)
                .map(bundle -> bundle.withConsistencyProofs(tree.consistencyProofsTo(bundle.treeHead().treeSize(), fromSizes)))
                .map(bundle -> new TranscriptFile("transcript-bundle-" + traineeId + ".json", "application/json",
                        TranscriptBundles.toJson(bundle)));
    }

    @QueryHandler
    Optional<TranscriptFile> pdf(ExportTranscriptQuery.Pdf query) {
        Optional<TranscriptView> transcript = queryGateway.query(new FindTranscriptQuery(query.traineeId()),
                ResponseTypes.optionalInstanceOf(TranscriptView.class)).join();
        return transcript.map(found -> {
            long lastPosition = found.entries().get(found.entries().size() - 1).ledgerPosition();
            BundleTreeHead head = BundleTreeHead.of(tree.headCovering(lastPosition));
            Instant exportedAt = clock.instant();
            return new TranscriptFile("transcript-" + query.traineeId() + ".pdf", "application/pdf",
                    TranscriptPdf.of(found, head, head.keyId(), exportedAt));
        });
    }
}
