package org.cartledger.web.coordinator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.api.enrollment.CompleteProgramCommand;
import org.cartledger.api.enrollment.CompletionWaiver;
import org.cartledger.api.enrollment.ExtendProgramCommand;
import org.cartledger.api.enrollment.WithdrawTraineeCommand;
import org.cartledger.api.ids.IdRule;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.http.input.TextRule;

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
                if (blank(newEndDate)) {
                    problems.put("newEndDate", "enroll.problem.required");
                } else if (date(newEndDate) == null) {
                    problems.put("newEndDate", "enroll.problem.date");
                }
                text(problems, "reason", reason, true);
                id(problems, "approvedBy", approvedBy, true);
            }
            case COMPLETE -> {
                text(problems, "summary", summary, true);
                text(problems, "waiverReason", waiverReason, false);
                id(problems, "waiverApprovedBy", waiverApprovedBy, false);
                if (blank(waiverReason) != blank(waiverApprovedBy)) {
                    problems.putIfAbsent(blank(waiverReason) ? "waiverReason" : "waiverApprovedBy", "program.problem.waiverBoth");
                }
            }
            case WITHDRAW -> text(problems, "reason", reason, true);
        }
        return problems;
    }

    Object command(Kind kind, TraineeId traineeId, String entryId, Instant occurredAt) {
        return switch (kind) {
            case EXTEND -> new ExtendProgramCommand(traineeId, entryId, occurredAt, date(newEndDate), reason.strip(), approvedBy.strip());
            case COMPLETE -> new CompleteProgramCommand(traineeId, entryId, occurredAt, summary.strip(),
                    blank(waiverReason) ? null : new CompletionWaiver(waiverReason.strip(), waiverApprovedBy.strip()));
            case WITHDRAW -> new WithdrawTraineeCommand(traineeId, entryId, occurredAt, reason.strip());
        };
    }

    private static void text(Map<String, String> problems, String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.put(field, "enroll.problem.required");
            }
        } else if (value.strip().length() > TEXT_MAX) {
            problems.put(field, "program.problem.tooLong");
        } else if (!TextRule.allows(value.strip(), true)) {
            problems.put(field, "enroll.problem.control");
        }
    }

    private static void id(Map<String, String> problems, String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.put(field, "enroll.problem.required");
            }
        } else if (!value.strip().matches(IdRule.PATTERN)) {
            problems.put(field, "enroll.problem.id");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
