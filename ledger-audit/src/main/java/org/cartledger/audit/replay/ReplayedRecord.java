package org.cartledger.audit.replay;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
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

    private ReplayedRecord(TraineeId traineeId, List<RecordedEntry> entries, RecordedEntry enrollment) {
        this.traineeId = traineeId;
        this.entries = entries;
        this.enrollment = enrollment;
        this.zone = ZoneId.of(((TraineeEnrolledEvent) enrollment.event()).timeZone());
    }

    /** Empty when the ledger holds no enrollment for the trainee. */
    static Optional<ReplayedRecord> of(TraineeId traineeId, List<RecordedEntry> entriesInLedgerOrder) {
        return entriesInLedgerOrder.stream().filter(e -> e.event() instanceof TraineeEnrolledEvent).findFirst()
                .map(enrollment -> new ReplayedRecord(traineeId, List.copyOf(entriesInLedgerOrder), enrollment));
    }

    /** The dashboard built from every entry, on the given day: what the live dashboard shows once caught up. */
    TraineeDashboardView dashboardOn(LocalDate today) {
        return fold(entries, today);
    }

    /** The dashboard as of the cut, on the cut's own day; empty when the cut lies before the enrollment. */
    Optional<TraineeDashboardView> dashboardAsOf(Cut cut) {
        if (cut.precedes(enrollment, zone)) {
            return Optional.empty();
        }
        return Optional.of(fold(cut.select(entries, zone), cut.day(zone)));
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

    private static TraineeDashboardView fold(List<RecordedEntry> selected, LocalDate today) {
        DashboardFold fold = new DashboardFold();
        for (RecordedEntry entry : selected) {
            fold.apply(entry.event(), entry.ledgerPosition());
        }
        return fold.viewOn(today);
    }
}
