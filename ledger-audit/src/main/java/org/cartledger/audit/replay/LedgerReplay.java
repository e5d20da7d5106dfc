package org.cartledger.audit.replay;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cartledger.api.committee.CommitteeReviewRecordedEvent;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.audit.tree.LedgerTree;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import org.cartledger.audit.entries.RecordedEntries;
import org.cartledger.audit.entries.RecordedEntry;
import org.cartledger.query.requirements.RequirementSetsOnRecord;
import org.cartledger.store.history.LedgerHistory;

/**
 * A trainee's record replayed from the ledger: dashboards as of a cut, a past committee meeting next
 * to today, and the history entry by entry, for {@link ReplayController}. Read from the ledger's history
 * on every request (PostgreSQL or Axon Server alike), so the answer never waits for a read model to
 * catch up; {@link ReplayedRecord} then folds one trainee's entries at any cut.
 */
@Component
class LedgerReplay {

    private final RecordedEntries entries;
    private final LedgerHistory ledger;
    private final LedgerTree tree;
    private final Clock clock;
    private final RequirementSetsOnRecord requirementSets;
    private final JsonMapper jsonMapper;

    LedgerReplay(RecordedEntries entries, LedgerHistory ledger, LedgerTree tree, Clock clock, JsonMapper jsonMapper,
                 RequirementSetsOnRecord requirementSets) {
        this.requirementSets = requirementSets;
        this.entries = entries;
        this.ledger = ledger;
        this.tree = tree;
        this.clock = clock;
        this.jsonMapper = jsonMapper;
    }

    ReplayedRecord trainee(TraineeId traineeId) {
        return ReplayedRecord.of(traineeId, entries.ofTrainee(traineeId), requirementSets::ofTrack)
                .orElseThrow(() -> ReplayRules.unknownTrainee(traineeId));
    }

    /**
     * The dashboard as of a position, from the trainee's entries up to it alone. The whole record is read only
     * when the enrollment is not among them, to tell an unknown trainee from a cut before the enrollment.
     */
    TraineeDashboardView dashboardAtPosition(TraineeId traineeId, long position) {
        ReplayedRecord record = ReplayedRecord.of(traineeId, entries.ofTraineeUpTo(traineeId, position), requirementSets::ofTrack)
                .orElseGet(() -> trainee(traineeId));
        return dashboardAsOf(record, atPosition(record, position));
    }

    Cut recordedBy(Instant recordedAt) {
        Instant now = clock.instant();
        if (recordedAt.isAfter(now)) {
            throw ReplayRules.cutInTheFuture("recordedAt=" + recordedAt, "it is now " + now);
        }
        return new Cut.RecordedBy(recordedAt);
    }

    Cut atPosition(ReplayedRecord record, long position) {
        long head = ledger.head();
        if (position > head) {
            throw ReplayRules.cutInTheFuture("position=" + position, "the ledger's latest position is " + head);
        }
        // nothing at or before the position at all means nothing of this trainee's either
        return ledger.recordedAtOrBefore(position).<Cut>map(reachedAt -> new Cut.AtPosition(position, reachedAt))
                .orElseThrow(() -> ReplayRules.beforeEnrollment(record, "position=" + position));
    }

    Cut occurredBy(ReplayedRecord record, LocalDate date) {
        LocalDate today = today(record.zone());
        if (date.isAfter(today)) {
            throw ReplayRules.cutInTheFuture("occurredOn=" + date, "today is " + today + " in " + record.zone());
        }
        return new Cut.OccurredBy(date);
    }

    TraineeDashboardView dashboardAsOf(ReplayedRecord record, Cut cut) {
        return record.dashboardAsOf(cut).orElseThrow(() -> ReplayRules.beforeEnrollment(record, cut.describe()));
    }

    CommitteeReviewReproduction reproduce(TraineeId traineeId, String reviewEntryId) {
        ReplayedRecord record = trainee(traineeId);
        RecordedEntry reviewEntry = record.entries().stream()
                .filter(e -> e.entryId().equals(reviewEntryId) && e.event() instanceof CommitteeReviewRecordedEvent)
                .findFirst()
                .orElseThrow(() -> ReplayRules.unknownReview(traineeId, reviewEntryId));
        CommitteeReviewRecordedEvent review = (CommitteeReviewRecordedEvent) reviewEntry.event();
        long own = reviewEntry.ledgerPosition();
        Long stated = review.basedOnLedgerPosition();
        long basis = basisOf(review, own);

        TraineeDashboardView asReviewed = ledger.recordedAtOrBefore(basis)
                .flatMap(reachedAt -> record.dashboardAsOf(new Cut.AtPosition(basis, reachedAt)))
                .orElse(null);
        TraineeDashboardView today = record.dashboardOn(today(record.zone()));

        Map<String, RecordedEntry> seen = record.entries().stream().filter(e -> e.ledgerPosition() <= basis)
                .collect(Collectors.toMap(RecordedEntry::entryId, Function.identity()));
        List<RecordedEntry> since = record.entries().stream().filter(e -> e.ledgerPosition() > basis).toList();
        List<RecordedSince> recordedSince = since.stream().map(e -> new RecordedSince(e.ledgerPosition(), e.entryId(),
                e.entryType(), e.event().occurredAt(), e.recordedAt(),
                e.correctedEntryId() != null && seen.containsKey(e.correctedEntryId()), e.correctedEntryId())).toList();
        List<CorrectedSince> correctedSince = since.stream()
                .filter(e -> e.event() instanceof EntryCorrectedEvent c && seen.containsKey(c.correctedEntryId()))
                .map(e -> {
                    EntryCorrectedEvent correction = (EntryCorrectedEvent) e.event();
                    RecordedEntry corrected = seen.get(correction.correctedEntryId());
                    return new CorrectedSince(corrected.entryId(), corrected.entryType(), correction.entryId(),
                            correction.reason(), e.ledgerPosition());
                }).toList();

        ReviewedMeeting meeting = new ReviewedMeeting(review.entryId(), review.reviewMonth(), review.decision(),
                review.autonomyGranted(), review.occurredAt(), reviewEntry.recordedAt(), own, stated, basis);
        BundleTreeHead treeHead = tree.firstHeadCovering(basis).map(BundleTreeHead::of).orElse(null);
        return new CommitteeReviewReproduction(traineeId, meeting, asReviewed, today, recordedSince, correctedSince, treeHead);
    }

    /** The position a review's view is rebuilt from ({@link CommitteeReviewRecordedEvent#basisAt}). */
    static long basisOf(CommitteeReviewRecordedEvent review, long ownPosition) {
        return review.basisAt(ownPosition);
    }

    HistoryPage history(TraineeId traineeId, HistoryOrder order, int page, int size) {
        List<RecordedEntry> ordered = trainee(traineeId).entries().stream().sorted(order.comparator()).toList();
        int from = (int) Math.min((long) page * size, ordered.size());
        int to = Math.min(from + size, ordered.size());
        List<HistoryEntry> entries = ordered.subList(from, to).stream().map(e -> new HistoryEntry(e.ledgerPosition(),
                e.entryId(), e.entryType(), e.event().occurredAt(), e.recordedAt(), e.recorderId(), e.recorderRole(),
                jsonMapper.readTree(e.payloadJson()))).toList();
        int totalPages = (ordered.size() + size - 1) / size;
        return new HistoryPage(traineeId, order.parameterValue(), page, size, ordered.size(), totalPages, entries);
    }

    /** The program site's today, as the live dashboard reckons it. */
    private LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }
}
