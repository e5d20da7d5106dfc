package org.cartledger.audit.replay;

import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.http.problem.Problems;
import org.cartledger.audit.entries.RecordedEntry;

/**
 * A replay that cannot be given: no such trainee or review, or a cut the ledger cannot answer. Thrown
 * before anything is read beyond what it takes to tell, and answered as {@code application/problem+json}.
 */
class ReplayRefusal extends RuntimeException {

    private final int status;
    private final String rule;
    private final String title;

    private ReplayRefusal(int status, String rule, String title, String detail) {
        super(detail);
        this.status = status;
        this.rule = rule;
        this.title = title;
    }

    static ReplayRefusal unknownTrainee(String traineeId) {
        return new ReplayRefusal(404, Problems.TRAINEE_NOT_FOUND, "No such trainee",
                "The ledger holds no enrollment for trainee '" + traineeId + "'. Check the id.");
    }

    static ReplayRefusal beforeEnrollment(ReplayedRecord record, String cut) {
        RecordedEntry enrollment = record.enrollment();
        return new ReplayRefusal(404, "cut-before-enrollment", "No record at that cut",
                "Trainee '" + record.traineeId() + "' had no record yet at " + cut
                        + ": the enrollment is at ledger position " + enrollment.ledgerPosition() + ", recorded at "
                        + enrollment.recordedAt() + ", for a program starting "
                        + ((TraineeEnrolledEvent) enrollment.event()).startDate()
                        + ". Ask for a later cut.");
    }

    static ReplayRefusal cutInTheFuture(String cut, String now) {
        return new ReplayRefusal(422, "cut-in-the-future", "The ledger has not got there yet",
                cut + " lies beyond what the ledger holds (" + now + "). A dashboard as of a cut is a record of the "
                        + "past; ask for the live dashboard for now.");
    }

    static ReplayRefusal unknownReview(String traineeId, String entryId) {
        return new ReplayRefusal(404, "committee-review-not-found", "No such committee review",
                "Trainee '" + traineeId + "' has no committee review with entry id '" + entryId
                        + "'. The transcript lists each review's entry id.");
    }

    static ReplayRefusal badRequest(String rule, String title, String detail) {
        return new ReplayRefusal(400, rule, title, detail);
    }

    int status() {
        return status;
    }

    String rule() {
        return rule;
    }

    String title() {
        return title;
    }
}
