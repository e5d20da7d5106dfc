package org.cartledger.audit.replay;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.api.committee.CommitteeReviewRecordedEvent;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.dashboard.CommitteeReviewSummary;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.replay.AsItStoodOutcome;
import org.cartledger.api.replay.DashboardAsItStoodView;
import org.cartledger.api.replay.EntryCorrectedSince;
import org.cartledger.api.replay.EntryRecordedSince;
import org.cartledger.api.replay.FindDashboardAsItStoodQuery;
import org.cartledger.audit.entries.RecordedEntries;
import org.cartledger.audit.entries.RecordedEntry;
import org.cartledger.query.requirements.RequirementSetsOnRecord;
import org.cartledger.store.history.LedgerHistory;
import org.springframework.stereotype.Component;

/**
 * The committee's "as it stood" for the web app, answered on the query bus: the same replay as
 * {@code /dashboard/as-of} and {@code /reproduction} (the live dashboard's fold over a selection of the
 * ledger's history), with what was recorded and corrected since. A cut the ledger cannot answer is an
 * outcome of the answer, not an exception, so that it reads the same over Axon Server.
 */
@Component
class DashboardAsItStood {

    private final RecordedEntries entries;
    private final LedgerHistory ledger;
    private final Clock clock;
    private final RequirementSetsOnRecord requirementSets;

    DashboardAsItStood(RecordedEntries entries, LedgerHistory ledger, Clock clock, RequirementSetsOnRecord requirementSets) {
        this.requirementSets = requirementSets;
        this.entries = entries;
        this.ledger = ledger;
        this.clock = clock;
    }

    @QueryHandler
    DashboardAsItStoodView handle(FindDashboardAsItStoodQuery query) {
        Optional<ReplayedRecord> found = ReplayedRecord.of(query.traineeId(), entries.ofTrainee(query.traineeId()), requirementSets::ofTrack);
        if (found.isEmpty()) {
            return DashboardAsItStoodView.refused(query.traineeId(), AsItStoodOutcome.NO_SUCH_TRAINEE, null, null);
        }
        ReplayedRecord record = found.get();
        ZoneId zone = record.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        TraineeDashboardView todays = record.dashboardOn(today);
        Instant enrolledAt = record.enrollment().recordedAt();
        long cuts = Stream.of(query.recordedAt(), query.endOfDay(), query.committeeReviewEntryId()).filter(c -> c != null).count();
        if (cuts != 1) {
            return DashboardAsItStoodView.refused(query.traineeId(), AsItStoodOutcome.NOT_ONE_CUT, todays, enrolledAt);
        }
        Instant now = clock.instant();
        CommitteeReviewSummary review = null;
        Cut cut;
        Instant cutAt;
        if (query.committeeReviewEntryId() != null) {
            Optional<RecordedEntry> reviewEntry = record.entries().stream()
                    .filter(e -> e.entryId().equals(query.committeeReviewEntryId()) && e.event() instanceof CommitteeReviewRecordedEvent)
                    .findFirst();
            if (reviewEntry.isEmpty()) {
                return DashboardAsItStoodView.refused(query.traineeId(), AsItStoodOutcome.NO_SUCH_REVIEW, todays, enrolledAt);
            }
            CommitteeReviewRecordedEvent reviewed = (CommitteeReviewRecordedEvent) reviewEntry.get().event();
            review = new CommitteeReviewSummary(reviewed.entryId(), reviewed.reviewMonth(), reviewed.occurredAt(),
                    reviewed.decision(), reviewed.autonomyGranted(), reviewed.feedback(), reviewed.overallPerformance(),
                    reviewed.researchProgress(), reviewed.teamParticipation(),
                    reviewed.adjustedGoals() == null ? List.of() : reviewed.adjustedGoals());
            long basis = LedgerReplay.basisOf(reviewed, reviewEntry.get().ledgerPosition());
            Optional<Instant> reachedAt = ledger.recordedAtOrBefore(basis);
            if (reachedAt.isEmpty()) {
                return DashboardAsItStoodView.refused(query.traineeId(), AsItStoodOutcome.BEFORE_ENROLLMENT, todays, enrolledAt);
            }
            cut = new Cut.AtPosition(basis, reachedAt.get());
            cutAt = reachedAt.get();
        } else {
            if (query.endOfDay() != null && query.endOfDay().isAfter(today)
                    || query.recordedAt() != null && query.recordedAt().isAfter(now)) {
                return DashboardAsItStoodView.refused(query.traineeId(), AsItStoodOutcome.IN_THE_FUTURE, todays, enrolledAt);
            }
            Instant asked = query.recordedAt() != null ? query.recordedAt()
                    : query.endOfDay().plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
            cutAt = asked.isAfter(now) ? now : asked;
            cut = new Cut.RecordedBy(cutAt);
        }
        Optional<TraineeDashboardView> then = record.dashboardAsOf(cut);
        if (then.isEmpty()) {
            return DashboardAsItStoodView.refused(query.traineeId(), AsItStoodOutcome.BEFORE_ENROLLMENT, todays, enrolledAt);
        }
        Map<String, RecordedEntry> included = cut.select(record.entries(), zone).stream()
                .collect(Collectors.toMap(RecordedEntry::entryId, Function.identity()));
        List<RecordedEntry> since = record.entries().stream().filter(e -> !included.containsKey(e.entryId())).toList();
        List<EntryRecordedSince> recordedSince = since.stream().map(e -> new EntryRecordedSince(e.ledgerPosition(), e.entryId(),
                e.entryType(), e.event().occurredAt(), e.recordedAt(), e.recorderId(), e.correctedEntryId(),
                e.correctedEntryId() != null && included.containsKey(e.correctedEntryId()))).toList();
        List<EntryCorrectedSince> correctedSince = since.stream()
                .filter(e -> e.event() instanceof EntryCorrectedEvent c && included.containsKey(c.correctedEntryId()))
                .map(e -> {
                    EntryCorrectedEvent correction = (EntryCorrectedEvent) e.event();
                    RecordedEntry corrected = included.get(correction.correctedEntryId());
                    return new EntryCorrectedSince(corrected.entryId(), corrected.entryType(), correction.entryId(),
                            correction.reason(), e.recordedAt(), e.recorderId());
                }).toList();
        return new DashboardAsItStoodView(query.traineeId(), AsItStoodOutcome.SHOWN, then.get(), todays, recordedSince,
                correctedSince, review, cutAt, enrolledAt);
    }
}
