package org.cartledger.query.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.requirements.RequirementSetView;

/**
 * The live dashboard's own fold, for those outside the query side who need the dashboard at another
 * point in the ledger (the committee's replay): feed one trainee's events in ledger order, then read
 * the view. Pure code, touching no row, so there is no second dashboard that could drift from this one.
 */
public final class DashboardFold {

    private final DashboardState state = new DashboardState();

    /** Folds in the trainee's next event, at its position in the ledger. */
    public DashboardFold apply(LedgerEntryEvent event, long ledgerPosition) {
        state.apply(event, ledgerPosition);
        return this;
    }

    /**
     * The dashboard of the events folded so far, as it reads on the given day, with progress against the
     * requirement sets given: for a view as of a cut, those on record at the cut, never those recorded after.
     */
    public TraineeDashboardView viewOn(LocalDate today, List<RequirementSetView> setsOnRecord) {
        return DashboardViews.of(state, today, setsOnRecord);
    }
}
