package org.cartledger.web.coordinator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.api.enrollment.EligibilityEvidence;
import org.cartledger.api.enrollment.EnrollTraineeCommand;
import org.cartledger.api.enrollment.LengthApproval;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;

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

    /**
     * Each field the form cannot send as typed, with the message that says why; empty when it can be sent.
     *
     * @param mentorAsked whether the form asks for a mentor (required then); see EnrollmentPage
     */
    Map<String, String> problems(boolean mentorAsked) {
        Map<String, String> problems = new LinkedHashMap<>();
        FieldChecks.id(problems, "traineeId", traineeId, true);
        FieldChecks.text(problems, "fullName", fullName, true, TEXT_MAX, "enroll.problem.tooLong", false);
        if (trackOrNull() == null) {
            problems.put("track", "enroll.problem.track");
        }
        FieldChecks.text(problems, "institution", institution, false, TEXT_MAX, "enroll.problem.tooLong", false);
        FieldChecks.text(problems, "programName", programName, false, TEXT_MAX, "enroll.problem.tooLong", false);
        FieldChecks.date(problems, "completedOn", completedOn, false);
        FieldChecks.date(problems, "deansLetterIssuedOn", deansLetterIssuedOn, false);
        FieldChecks.date(problems, "expectedGraduationOn", expectedGraduationOn, false);
        FieldChecks.date(problems, "startDate", startDate, true);
        FieldChecks.date(problems, "endDate", endDate, true);
        FieldChecks.id(problems, "mentorId", mentorId, mentorAsked);
        FieldChecks.text(problems, "lengthReason", lengthReason, false, TEXT_MAX, "enroll.problem.tooLong", false);
        FieldChecks.id(problems, "lengthApprovedBy", lengthApprovedBy, false);
        if (FieldChecks.blank(lengthReason) != FieldChecks.blank(lengthApprovedBy)) {
            problems.putIfAbsent(FieldChecks.blank(lengthReason) ? "lengthReason" : "lengthApprovedBy", "enroll.problem.approvalBoth");
        }
        return problems;
    }

    /** The trainee id as the messages carry it, once {@link #problems()} found none. */
    TraineeId trainee() {
        return new TraineeId(traineeId.strip());
    }

    /** The command, once {@link #problems()} found nothing. */
    EnrollTraineeCommand command(String entryId, java.time.Instant occurredAt, String timeZone) {
        EligibilityEvidence evidence = new EligibilityEvidence(orNull(institution), orNull(programName),
                FieldChecks.dateOrNull(completedOn), "true".equals(coreClerkshipsComplete) ? Boolean.TRUE : null,
                FieldChecks.dateOrNull(deansLetterIssuedOn), FieldChecks.dateOrNull(expectedGraduationOn));
        LengthApproval approval = FieldChecks.blank(lengthReason) ? null
                : new LengthApproval(lengthReason.strip(), lengthApprovedBy.strip());
        return new EnrollTraineeCommand(trainee(), entryId, occurredAt, fullName.strip(), trackOrNull(), evidence,
                FieldChecks.dateOrNull(startDate), FieldChecks.dateOrNull(endDate), timeZone, orNull(mentorId), approval);
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
        return FieldChecks.dateOrNull(startDate);
    }

    LocalDate endDateOrNull() {
        return FieldChecks.dateOrNull(endDate);
    }

    private static String orNull(String value) {
        return FieldChecks.blank(value) ? null : value.strip();
    }

}
