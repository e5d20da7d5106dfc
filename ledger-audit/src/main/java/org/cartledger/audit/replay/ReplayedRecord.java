package org.cartledger.audit.replay;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.requirements.RequirementSetView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.audit.entries.RecordedEntry;
import org.cartledger.query.dashboard.DashboardFold;

/**
 * One trainee's record as read from the ledger, and its dashboard at any cut. Every dashboard here is
 * the live dashboard's own fold ({@link DashboardFold}) fed a
 * different selection of the same events: there is no second implementation that could drift.
 */
final class ReplayedRecord {

    private final TraineeId traineeId;
    private final List<RecordedEntry> entries;
    private final RecordedEntry enrollment;
    private final ZoneId zone;
    /** The requirement sets of the trainee's track on record now; a view as of a cut sees those recorded by then. */
    private final List<RequirementSetView> requirementSets;

    private ReplayedRecord(TraineeId traineeId, List<RecordedEntry> entries, RecordedEntry enrollment,
                           List<RequirementSetView> requirementSets) {
        this.traineeId = traineeId;
        this.entries = entries;
        this.enrollment = enrollment;
        this.zone = ZoneId.of(((TraineeEnrolledEvent) enrollment.event()).timeZone());
        this.requirementSets = List.copyOf(requirementSets);
    }

    /** A record measured against no requirement set (its track has none on record). */
    static Optional<ReplayedRecord> of(TraineeId traineeId, List<RecordedEntry> entriesInLedgerOrder) {
        return of(traineeId, entriesInLedgerOrder, track -> List.of());
    }

    /**
     * Empty when the ledger holds no enrollment for the trainee.
     *
     * @param setsOf the requirement sets of a track on record now (read only once the enrollment names the track)
     */
    static Optional<ReplayedRecord> of(TraineeId traineeId, List<RecordedEntry> entriesInLedgerOrder,
                                       Function<Track, List<RequirementSetView>> setsOf) {
        return entriesInLedgerOrder.stream().filter(e -> e.event() instanceof TraineeEnrolledEvent).findFirst()
                .map(enrollment -> new ReplayedRecord(traineeId, List.copyOf(entriesInLedgerOrder), enrollment,
                        setsOf.apply(((TraineeEnrolledEvent) enrollment.event()).track())));
    }

    /** The dashboard built from every entry, on the given day: what the live dashboard shows once caught up. */
    TraineeDashboardView dashboardOn(LocalDate today) {
        return fold(entries, today, requirementSets);
    }

    /**
     * The dashboard as of the cut, on the cut's own day, with progress against the requirement sets on record at
     * the cut; empty when the cut lies before the enrollment.
     */
    Optional<TraineeDashboardView> dashboardAsOf(Cut cut) {
        if (cut.precedes(enrollment, zone)) {
            return Optional.empty();
        }
        List<RequirementSetView> setsThen = requirementSets.stream().filter(set -> cut.includes(set, zone)).toList();
        return Optional.of(fold(cut.select(entries, zone), cut.day(zone), setsThen));
    }

    TraineeId traineeId() {
        return traineeId;
    }

    /** Every entry, in ledger order. */
    List<RecordedEntry> entries() {
        return entries;
    }

    RecordedEntry enrollment() {
        return enrollment;
    }

    /** The program's time zone, as recorded at enrollment. */
    ZoneId zone() {
        return zone;
    }

    private static TraineeDashboardView fold(List<RecordedEntry> selected, LocalDate today, List<RequirementSetView> sets) {
        DashboardFold fold = new DashboardFold();
        for (RecordedEntry entry : selected) {
            fold.apply(entry.event(), entry.ledgerPosition());
        }
        return fold.viewOn(today, sets);
    }
}
