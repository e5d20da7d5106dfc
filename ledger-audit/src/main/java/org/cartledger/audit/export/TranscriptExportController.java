package org.cartledger.audit.export;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.transcript.FindTranscriptQuery;
import org.cartledger.api.transcript.TranscriptView;
import org.cartledger.audit.tree.LedgerTree;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.bundle.TranscriptBundles;
import org.cartledger.http.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A trainee's transcript to hand to someone else: as a bundle a verifier checks offline
 * (docs/ledger-proofs.md §6), and as a PDF for people that carries the root hash it was checked against.
 */
@RestController
public class TranscriptExportController {

    private final LedgerTree tree;
    private final TreeHeadSigner signer;
    private final QueryGateway queryGateway;
    private final Clock clock;

    public TranscriptExportController(LedgerTree tree, TreeHeadSigner signer, QueryGateway queryGateway, Clock clock) {
        this.tree = tree;
        this.signer = signer;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    @GetMapping("/api/trainees/{traineeId}/transcript-bundle")
    public ResponseEntity<?> bundle(@PathVariable TraineeId traineeId) {
        return tree.bundleFor(traineeId, clock.instant())
                .<ResponseEntity<?>>map(bundle -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"transcript-bundle-" + traineeId + ".json\"")
                        .body(TranscriptBundles.toJson(bundle)))
                .orElseGet(() -> Problems.traineeNotFound(traineeId));
    }

    @GetMapping("/api/trainees/{traineeId}/transcript.pdf")
    public ResponseEntity<?> pdf(@PathVariable TraineeId traineeId) {
        Optional<TranscriptView> transcript = queryGateway.query(new FindTranscriptQuery(traineeId),
                ResponseTypes.optionalInstanceOf(TranscriptView.class)).join();
        if (transcript.isEmpty()) {
            return Problems.traineeNotFound(traineeId);
        }
        long lastPosition = transcript.get().entries().get(transcript.get().entries().size() - 1).ledgerPosition();
        BundleTreeHead head = BundleTreeHead.of(tree.headCovering(lastPosition));
        Instant exportedAt = clock.instant();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"transcript-" + traineeId + ".pdf\"")
                .body(TranscriptPdf.of(transcript.get(), head, signer.keyId(), exportedAt));
    }

}
