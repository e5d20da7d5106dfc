package org.cartledger.audit.export;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.api.committee.CommitteeReportFile;
import org.cartledger.api.committee.CommitteeReviewRecordedEvent;
import org.cartledger.api.committee.ExportCommitteeReportQuery;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.dashboard.CommitteeReviewSummary;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.replay.AsItStoodOutcome;
import org.cartledger.api.replay.DashboardAsItStoodView;
import org.cartledger.api.replay.FindDashboardAsItStoodQuery;
import org.cartledger.audit.entries.RecordedEntries;
import org.cartledger.audit.entries.RecordedEntry;
import org.cartledger.audit.export.CommitteeReport.AutonomyGranted;
import org.cartledger.audit.export.CommitteeReport.Correction;
import org.cartledger.audit.export.CommitteeReport.Review;
import org.cartledger.audit.export.CommitteeReport.ReviewOfTheMonth;
import org.cartledger.audit.export.CommitteeReport.Trainee;
import org.cartledger.audit.export.CommitteeReport.Verification;
import org.cartledger.audit.tree.LedgerTree;
import org.cartledger.http.problem.Refusal;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.bundle.InclusionProofJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a trainee's monthly committee report together from the ledger. The dashboard as it stood is asked for on
 * the query bus ({@link FindDashboardAsItStoodQuery}), answered by the committee's replay, so the report shows
 * exactly what the committee's "as it stood" page shows; the tree head is the one the transcript is printed
 * with ({@link LedgerTree#headCovering}), covering the review's own event. Asked for over HTTP
 * ({@link CommitteeReportController}) and, by the committee's pages, on the query bus.
 */
@Component
class CommitteeReports {

    private final RecordedEntries entries;
    private final LedgerTree tree;
    private final QueryGateway queryGateway;
    private final Clock clock;
    private final JsonMapper jsonMapper;

    CommitteeReports(RecordedEntries entries, LedgerTree tree, QueryGateway queryGateway, Clock clock, JsonMapper jsonMapper) {
        this.entries = entries;
        this.tree = tree;
        this.queryGateway = queryGateway;
        this.clock = clock;
        this.jsonMapper = jsonMapper;
    }

    /** The report as a file, the JSON exactly as the API answers it; empty for no such trainee or no review that month. */
    @QueryHandler
    Optional<CommitteeReportFile> export(ExportCommitteeReportQuery query) {
        CommitteeReport report;
        try {
            report = of(query.traineeId(), query.month());
        } catch (Refusal refusal) {
            // the two refusals of a report that is not there travel as an empty answer, as an unknown trainee's
            // transcript does; any other (a record the tree has passed over) stays an error
            if (refusal.status() == 404) {
                return Optional.empty();
            }
            throw refusal;
        }
        return Optional.of(switch (query.format()) {
            case JSON -> new CommitteeReportFile(fileName(report, "json"), "application/json", jsonMapper.writeValueAsBytes(report));
            case PDF -> new CommitteeReportFile(fileName(report, "pdf"), "application/pdf", CommitteeReportPdf.of(report));
        });
    }

    static String fileName(CommitteeReport report, String extension) {
        return "committee-report-" + report.traineeId() + "-" + report.month() + "." + extension;
    }

    CommitteeReport of(TraineeId traineeId, YearMonth month) {
        List<RecordedEntry> record = entries.ofTrainee(traineeId);
        // a report is signed record like a bundle: none is given over a record holding a row written behind the ledger's back
        record.forEach(entry -> tree.refuseIfPassedOver(entry.ledgerPosition()));
        if (record.stream().noneMatch(e -> e.event() instanceof TraineeEnrolledEvent)) {
            throw CommitteeReportRules.unknownTrainee(traineeId);
        }
        // an entry is corrected at most once (the aggregate refuses a second correction), so the first is the one
        Map<String, RecordedEntry> corrections = record.stream().filter(e -> e.correctedEntryId() != null)
                .collect(Collectors.toMap(RecordedEntry::correctedEntryId, Function.identity(), (first, second) -> first));
        List<RecordedEntry> reviews = record.stream().filter(e -> e.event() instanceof CommitteeReviewRecordedEvent).toList();
        List<RecordedEntry> ofTheMonth = reviews.stream().filter(e -> review(e).reviewMonth().equals(month)).toList();
        if (ofTheMonth.isEmpty()) {
            throw CommitteeReportRules.noReviewThatMonth(traineeId, month,
                    reviews.stream().map(e -> review(e).reviewMonth()).distinct().sorted().toList());
        }
        // a corrected review was taken back; another may have been recorded for the month after it
        RecordedEntry reported = ofTheMonth.stream().filter(e -> !corrections.containsKey(e.entryId())).reduce((a, b) -> b)
                .orElse(ofTheMonth.get(ofTheMonth.size() - 1));

        DashboardAsItStoodView asItStood = queryGateway.query(
                FindDashboardAsItStoodQuery.seenInReview(traineeId, reported.entryId()),
                ResponseTypes.instanceOf(DashboardAsItStoodView.class)).join();
        // BEFORE_ENROLLMENT: the review named a basis before the enrollment, so the committee saw no record of theirs
        TraineeDashboardView then = asItStood.outcome() == AsItStoodOutcome.SHOWN ? asItStood.then() : null;
        TraineeDashboardView about = then != null ? then : asItStood.today();

        CommitteeReviewRecordedEvent recorded = review(reported);
        Review review = new Review(summaryOf(recorded), reported.ledgerPosition(), reported.recordedAt(),
                reported.recorderId(), recorded.basisAt(reported.ledgerPosition()), correctionOf(reported, corrections));
        List<ReviewOfTheMonth> reviewsOfTheMonth = ofTheMonth.stream().map(e -> new ReviewOfTheMonth(e.entryId(), e.ledgerPosition(),
                e.recordedAt(), review(e).decision(), review(e).autonomyGranted(), e == reported, correctionOf(e, corrections))).toList();
        return new CommitteeReport(traineeId, month,
                new Trainee(traineeId, about.fullName(), about.track(), about.status(), about.startDate(), about.endDate()),
                review, reviewsOfTheMonth, then.progress(), then, autonomyHistory(reviews, reported, corrections),
                asItStood.recordedSince(), asItStood.correctedSince(), verification(reported.ledgerPosition()), clock.instant());
    }

    /**
     * What the trainee was entrusted with, review by review, as the ledger stood at the reported review: a review
     * corrected by then no longer counts, as on the dashboard.
     */
    private static List<AutonomyGranted> autonomyHistory(List<RecordedEntry> reviews, RecordedEntry reported,
                                                         Map<String, RecordedEntry> corrections) {
        long upTo = reported.ledgerPosition();
        return reviews.stream().filter(e -> e.ledgerPosition() <= upTo)
                .filter(e -> !corrections.containsKey(e.entryId()) || corrections.get(e.entryId()).ledgerPosition() > upTo)
                .map(e -> new AutonomyGranted(review(e).reviewMonth(), e.entryId(), review(e).decision(),
                        review(e).autonomyGranted()))
                .sorted(Comparator.comparing(AutonomyGranted::reviewMonth))
                .toList();
    }

    private Verification verification(long reviewPosition) {
        SignedTreeHead head = tree.headCovering(reviewPosition);
        long size = head.head().treeSize();
        // headCovering has made sure the tree holds the review's leaf below that size
        long leafIndex = tree.leafIndexOf(reviewPosition).orElseThrow();
        List<byte[]> hashes = tree.leafHashes(size);
        InclusionProofJson proof = InclusionProofJson.of(leafIndex, size, hashes.get((int) leafIndex),
                MerkleTree.inclusionPath(hashes, (int) leafIndex, (int) size));
        return new Verification(BundleTreeHead.of(head), reviewPosition, leafIndex, proof);
    }

    private static Correction correctionOf(RecordedEntry entry, Map<String, RecordedEntry> corrections) {
        RecordedEntry correction = corrections.get(entry.entryId());
        return correction == null ? null : new Correction(correction.entryId(), correction.ledgerPosition(),
                ((EntryCorrectedEvent) correction.event()).reason());
    }

    /** The review as the dashboard lists it; from the event itself, since a refused replay carries no summary. */
    private static CommitteeReviewSummary summaryOf(CommitteeReviewRecordedEvent review) {
        return new CommitteeReviewSummary(review.entryId(), review.reviewMonth(), review.occurredAt(), review.decision(),
                review.autonomyGranted(), review.feedback(), review.overallPerformance(), review.researchProgress(),
                review.teamParticipation(), review.adjustedGoals() == null ? List.of() : review.adjustedGoals());
    }

    private static CommitteeReviewRecordedEvent review(RecordedEntry entry) {
        return (CommitteeReviewRecordedEvent) entry.event();
    }
}
