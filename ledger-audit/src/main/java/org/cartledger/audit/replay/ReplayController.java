package org.cartledger.audit.replay;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the monthly competency committee replays: a dashboard as it stood, a past meeting next to
 * today, and the record entry by entry. Served on both deployments: the history is read through the
 * store's {@link org.cartledger.store.history.LedgerHistory}, from PostgreSQL or from Axon Server.
 */
@RestController
@RequestMapping("/api/trainees/{traineeId}")
class ReplayController {

    static final int MAX_PAGE_SIZE = 500;

    private final LedgerReplay replays;

    ReplayController(LedgerReplay replays) {
        this.replays = replays;
    }

    /**
     * The dashboard as of exactly one cut: {@code recordedAt} (every entry recorded up to and including
     * that instant), {@code position} (every entry at or before that ledger position) or
     * {@code occurredOn} (every entry that happened on or before that day in the program's zone,
     * whenever recorded, with the corrections of those entries).
     */
    @GetMapping("/dashboard/as-of")
    TraineeDashboardView dashboardAsOf(@PathVariable TraineeId traineeId,
                                       @RequestParam(required = false) Instant recordedAt,
                                       @RequestParam(required = false) @PositiveOrZero Long position,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn) {
        requireExactlyOneCut(recordedAt, position, occurredOn);
        if (position != null) {
            return replays.dashboardAtPosition(traineeId, position);
        }
        ReplayedRecord record = replays.trainee(traineeId);
        Cut cut = recordedAt != null ? replays.recordedBy(recordedAt) : replays.occurredBy(record, occurredOn);
        return replays.dashboardAsOf(record, cut);
    }

    @GetMapping("/committee-reviews/{entryId}/reproduction")
    CommitteeReviewReproduction reproduction(@PathVariable TraineeId traineeId, @PathVariable String entryId) {
        return replays.reproduce(traineeId, entryId);
    }

    @GetMapping("/history")
    HistoryPage history(@PathVariable TraineeId traineeId,
                        @RequestParam(defaultValue = "recorded") String order,
                        @RequestParam(defaultValue = "0") @PositiveOrZero int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        HistoryOrder historyOrder = HistoryOrder.fromParameter(order).orElseThrow(() -> ReplayRules.badRequest(
                "unknown-history-order", "Unknown order",
                "order '" + order + "' is not known: use order=recorded (ledger order) or order=occurred (when it happened)."));
        return replays.history(traineeId, historyOrder, page, size);
    }

    private static void requireExactlyOneCut(Instant recordedAt, Long position, LocalDate occurredOn) {
        List<String> given = new ArrayList<>();
        if (recordedAt != null) {
            given.add("recordedAt");
        }
        if (position != null) {
            given.add("position");
        }
        if (occurredOn != null) {
            given.add("occurredOn");
        }
        if (given.size() != 1) {
            throw ReplayRules.badRequest("exactly-one-cut", "Say as of when, once",
                    "Give exactly one of recordedAt (an instant such as 2026-03-14T08:30:00Z), position (a ledger "
                            + "position, as in a dashboard's ledgerPosition) or occurredOn (a date such as 2026-03-14); "
                            + (given.isEmpty() ? "none was given." : "got " + String.join(" and ", given) + "."));
        }
    }
}
