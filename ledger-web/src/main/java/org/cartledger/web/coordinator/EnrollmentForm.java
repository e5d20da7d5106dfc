package org.cartledger.web.coordinator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.api.enrollment.EligibilityEvidence;
import org.cartledger.api.enrollment.EnrollTraineeCommand;
import org.cartledger.api.enrollment.LengthApproval;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.IdRule;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.http.input.TextRule;

/**
 * What the coordinator's enrollment form sends, as typed. Shape checks only, each naming its field: ids by the
 * ledger's id rule, dates as dates, a track the program has, text that can be stored as typed. The program's rules
 * (which evidence each track needs, the program's length, a known mentor) are the ledger's, shown next to their
 * fields when it refuses.
 */
record EnrollmentForm(String key, String traineeId, String fullName, String track, String institution, String programName,
                      String completedOn, String coreClerkshipsComplete, String deansLetterIssuedOn,
                      String expectedGraduationOn, String startDate, String endDate, String mentorId, String lengthReason,
                      String lengthApprovedBy) {

    static final int TEXT_MAX = 200;
    static final List<String> FIELDS = List.of("traineeId", "fullName", "track", "institution", "programName", "completedOn",
            "coreClerkshipsComplete", "deansLetterIssuedOn", "expectedGraduationOn", "startDate", "endDate", "mentorId",
            "lengthReason", "lengthApprovedBy");

    static EnrollmentForm empty(String key) {
        return new EnrollmentForm(key, "", "", Track.FELLOW.name(), "", "", "", null, "", "", "", "", "", "", "");
    }

    /** Each field the form cannot send as typed, with the message that says why; empty when it can be sent. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        id(problems, "traineeId", traineeId, true);
        text(problems, "fullName", fullName, true);
        if (trackOrNull() == null) {
            problems.put("track", "enroll.problem.track");
        }
        text(problems, "institution", institution, false);
        text(problems, "programName", programName, false);
        date(problems, "completedOn", completedOn, false);
        date(problems, "deansLetterIssuedOn", deansLetterIssuedOn, false);
        date(problems, "expectedGraduationOn", expectedGraduationOn, false);
        date(problems, "startDate", startDate, true);
        date(problems, "endDate", endDate, true);
        id(problems, "mentorId", mentorId, true);
        text(problems, "lengthReason", lengthReason, false);
        id(problems, "lengthApprovedBy", lengthApprovedBy, false);
        if (blank(lengthReason) != blank(lengthApprovedBy)) {
            problems.putIfAbsent(blank(lengthReason) ? "lengthReason" : "lengthApprovedBy", "enroll.problem.approvalBoth");
        }
        return problems;
    }

    /** The command, once {@link #problems()} found nothing. */
    /** The trainee id as the messages carry it, once {@link #problems()} found none. */
    TraineeId trainee() {
        return new TraineeId(traineeId.strip());
    }

    EnrollTraineeCommand command(String entryId, java.time.Instant occurredAt, String timeZone) {
        EligibilityEvidence evidence = new EligibilityEvidence(orNull(institution), orNull(programName), dateOrNull(completedOn),
                "true".equals(coreClerkshipsComplete) ? Boolean.TRUE : null, dateOrNull(deansLetterIssuedOn),
                dateOrNull(expectedGraduationOn));
        LengthApproval approval = blank(lengthReason) ? null : new LengthApproval(lengthReason.strip(), lengthApprovedBy.strip());
        return new EnrollTraineeCommand(trainee(), entryId, occurredAt, fullName.strip(), trackOrNull(), evidence,
                dateOrNull(startDate), dateOrNull(endDate), timeZone, mentorId.strip(), approval);
    }

    Track trackOrNull() {
        for (Track known : Track.values()) {
            if (known.name().equals(track)) {
                return known;
            }
        }
        return null;
    }

    LocalDate startDateOrNull() {
        return dateOrNull(startDate);
    }

    LocalDate endDateOrNull() {
        return dateOrNull(endDate);
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

    private static void text(Map<String, String> problems, String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.put(field, "enroll.problem.required");
            }
        } else if (value.strip().length() > TEXT_MAX) {
            problems.put(field, "enroll.problem.tooLong");
        } else if (!TextRule.allows(value.strip(), false)) {
            problems.put(field, "enroll.problem.control");
        }
    }

    private static void date(Map<String, String> problems, String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.put(field, "enroll.problem.required");
            }
        } else if (dateOrNull(value) == null) {
            problems.put(field, "enroll.problem.date");
        }
    }

    private static LocalDate dateOrNull(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String orNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
