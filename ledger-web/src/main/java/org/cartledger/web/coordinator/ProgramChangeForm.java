package org.cartledger.web.coordinator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.enrollment.CompleteProgramCommand;
import org.cartledger.api.enrollment.CompletionWaiver;
import org.cartledger.api.enrollment.ExtendProgramCommand;
import org.cartledger.api.enrollment.WithdrawTraineeCommand;
import org.cartledger.api.ids.TraineeId;

/**
 * What the coordinator's forms for a program's end send: an extension (the new last day, why, who approved it),
 * a completion (a summary, and when the program's requirements are not met, a waiver with why and who approved
 * it) or a withdrawal (why). Shape checks only, each naming its field; the program's rules are the ledger's.
 */
record ProgramChangeForm(String key, String newEndDate, String reason, String approvedBy, String summary, String waiverReason,
                         String waiverApprovedBy) {

    enum Kind {
        EXTEND("extend", List.of("newEndDate", "reason", "approvedBy")),
        COMPLETE("complete", List.of("summary", "waiverReason", "waiverApprovedBy")),
        WITHDRAW("withdraw", List.of("reason"));

        final String slug;
        final List<String> fields;

        Kind(String slug, List<String> fields) {
            this.slug = slug;
            this.fields = fields;
        }

        static Kind bySlug(String slug) {
            for (Kind kind : values()) {
                if (kind.slug.equals(slug)) {
                    return kind;
                }
            }
            return null;
        }

        public String slug() {
            return slug;
        }
    }

    static final int TEXT_MAX = 2000;

    static ProgramChangeForm empty(String key) {
        return new ProgramChangeForm(key, "", "", "", "", "", "");
    }

    Map<String, String> problems(Kind kind) {
        Map<String, String> problems = new LinkedHashMap<>();
        switch (kind) {
            case EXTEND -> {
                FieldChecks.date(problems, "newEndDate", newEndDate, true);
                FieldChecks.text(problems, "reason", reason, true, TEXT_MAX, "program.problem.tooLong", true);
                FieldChecks.id(problems, "approvedBy", approvedBy, true);
            }
            case COMPLETE -> {
                FieldChecks.text(problems, "summary", summary, true, TEXT_MAX, "program.problem.tooLong", true);
                FieldChecks.text(problems, "waiverReason", waiverReason, false, TEXT_MAX, "program.problem.tooLong", true);
                FieldChecks.id(problems, "waiverApprovedBy", waiverApprovedBy, false);
                if (FieldChecks.blank(waiverReason) != FieldChecks.blank(waiverApprovedBy)) {
                    problems.putIfAbsent(FieldChecks.blank(waiverReason) ? "waiverReason" : "waiverApprovedBy",
                            "program.problem.waiverBoth");
                }
            }
            case WITHDRAW -> FieldChecks.text(problems, "reason", reason, true, TEXT_MAX, "program.problem.tooLong", true);
        }
        return problems;
    }

    /** Whether a dashboard shows this change: the new last day, or the program closed as completed or withdrawn. */
    boolean isShownBy(Kind kind, TraineeDashboardView dashboard) {
        return switch (kind) {
            case EXTEND -> dashboard.endDate().equals(FieldChecks.dateOrNull(newEndDate));
            case COMPLETE -> dashboard.status() == TraineeStatus.COMPLETED;
            case WITHDRAW -> dashboard.status() == TraineeStatus.WITHDRAWN;
        };
    }

    Object command(Kind kind, TraineeId traineeId, String entryId, Instant occurredAt) {
        return switch (kind) {
            case EXTEND -> new ExtendProgramCommand(traineeId, entryId, occurredAt, FieldChecks.dateOrNull(newEndDate),
                    reason.strip(), approvedBy.strip());
            case COMPLETE -> new CompleteProgramCommand(traineeId, entryId, occurredAt, summary.strip(),
                    FieldChecks.blank(waiverReason) ? null : new CompletionWaiver(waiverReason.strip(), waiverApprovedBy.strip()));
            case WITHDRAW -> new WithdrawTraineeCommand(traineeId, entryId, occurredAt, reason.strip());
        };
    }

}
