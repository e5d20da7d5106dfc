package org.cartledger.audit.replay;

import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.http.problem.Problems;
import org.cartledger.audit.entries.RecordedEntry;
import org.cartledger.http.problem.Refusal;

/**
 * The replays that cannot be given: no such trainee or review, or a cut the ledger cannot answer. Thrown
 * before anything is read beyond what it takes to tell.
 */
final class ReplayRules {

    private ReplayRules() {
    }

    static Refusal unknownTrainee(TraineeId traineeId) {
        return new Refusal(404, Problems.TRAINEE_NOT_FOUND, "No such trainee",
                "The ledger holds no enrollment for trainee '" + traineeId + "'. Check the id.");
    }

    static Refusal beforeEnrollment(ReplayedRecord record, String cut) {
        RecordedEntry enrollment = record.enrollment();
        return new Refusal(404, "cut-before-enrollment", "No record at that cut",
                "Trainee '" + record.traineeId() + "' had no record yet at " + cut
                        + ": the enrollment is at ledger position " + enrollment.ledgerPosition() + ", recorded at "
                        + enrollment.recordedAt() + ", for a program starting "
                        + ((TraineeEnrolledEvent) enrollment.event()).startDate()
                        + ". Ask for a later cut.");
    }

    static Refusal cutInTheFuture(String cut, String now) {
        return new Refusal(422, "cut-in-the-future", "The ledger has not got there yet",
                cut + " lies beyond what the ledger holds (" + now + "). A dashboard as of a cut is a record of the "
                        + "past; ask for the live dashboard for now.");
    }

    static Refusal unknownReview(TraineeId traineeId, String entryId) {
        return new Refusal(404, "committee-review-not-found", "No such committee review",
                "Trainee '" + traineeId + "' has no committee review with entry id '" + entryId
                        + "'. The transcript lists each review's entry id.");
    }

    static Refusal badRequest(String rule, String title, String detail) {
        return new Refusal(400, rule, title, detail);
    }
}
