package org.cartledger.command.trainee;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.cartledger.api.committee.CommitteeReviewRecordedEvent;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.enrollment.ProgramCompletedEvent;
import org.cartledger.api.enrollment.ProgramExtendedEvent;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.TraineeWithdrawnEvent;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.api.requirements.TraineeMovedToRequirementSetEvent;
import org.cartledger.command.refusal.RuleViolation;

/**
 * The entries in one trainee's record, by id and kind, who recorded each, and which of them have been
 * corrected: all a correction needs to know to be allowed.
 *
 * <p>Who may correct what: a committee decision (a review, a move to another requirement set) only the committee
 * (someone acting as COMMITTEE); any
 * other entry that can be corrected, the person who recorded it (in whatever role they now act) or a
 * coordinator. Nobody corrects a lifecycle decision or a correction (see {@link #NOT_CORRECTABLE}).
 */
final class EntryLog {

    /**
     * Entries that are not corrected by a correction: lifecycle decisions are undone by another
     * decision (an extension, a withdrawal), and a correction is final so the trail stays simple.
     */
    private static final Set<String> NOT_CORRECTABLE = Set.of(
            TraineeEnrolledEvent.class.getSimpleName(),
            ProgramExtendedEvent.class.getSimpleName(),
            ProgramCompletedEvent.class.getSimpleName(),
            TraineeWithdrawnEvent.class.getSimpleName(),
            EntryCorrectedEvent.class.getSimpleName());

    /** What the committee decided, which only the committee corrects: a review, and a move to another requirement set. */
    private static final Set<String> COMMITTEE_DECISIONS = Set.of(
            CommitteeReviewRecordedEvent.class.getSimpleName(),
            TraineeMovedToRequirementSetEvent.class.getSimpleName());

    private final Map<String, String> kindByEntry = new HashMap<>();
    /** Absent for an entry whose event carries no recorder (none does since recorders were put in metadata). */
    private final Map<String, Recorder> recorderByEntry = new HashMap<>();
    private final Map<String, String> correctionByEntry = new HashMap<>();
    /** The request fingerprint of each entry recorded with an Idempotency-Key. */
    private final Map<String, String> fingerprintByEntry = new HashMap<>();

    void record(LedgerEntryEvent event, Recorder recorder, String fingerprint) {
        kindByEntry.put(event.entryId(), event.getClass().getSimpleName());
        if (fingerprint != null) {
            fingerprintByEntry.put(event.entryId(), fingerprint);
        }
        if (recorder != null) {
            recorderByEntry.put(event.entryId(), recorder);
        }
        if (event instanceof EntryCorrectedEvent correction) {
            correctionByEntry.put(correction.correctedEntryId(), correction.entryId());
        }
    }

    boolean holds(String entryId) {
        return kindByEntry.containsKey(entryId);
    }

    /** Null for an entry recorded without an Idempotency-Key. */
    String fingerprintOf(String entryId) {
        return fingerprintByEntry.get(entryId);
    }

    void requireCorrectable(TraineeId traineeId, String correctedEntryId, String replacementEntryId, Recorder corrector) {
        String kind = kindByEntry.get(correctedEntryId);
        if (kind == null) {
            throw RuleViolation.unacceptable("correction-target-unknown",
                    "Trainee '" + traineeId + "' has no entry '" + correctedEntryId
                            + "'. A correction names an entry of the same trainee's record (see the transcript).");
        }
        if (NOT_CORRECTABLE.contains(kind)) {
            throw RuleViolation.unacceptable("entry-not-correctable",
                    "Entry '" + correctedEntryId + "' is a " + kind + ", which a correction cannot take back. "
                            + "Program dates change by extension, a closed program stays closed, and a correction is final.");
        }
        requirePermitted(correctedEntryId, kind, corrector);
        String earlier = correctionByEntry.get(correctedEntryId);
        if (earlier != null) {
            throw RuleViolation.conflict("entry-already-corrected",
                    "Entry '" + correctedEntryId + "' was already corrected by entry '" + earlier + "'.");
        }
        if (replacementEntryId != null) {
            requireValidReplacement(traineeId, correctedEntryId, kind, replacementEntryId);
        }
    }

    private void requirePermitted(String correctedEntryId, String kind, Recorder corrector) {
        String actingAs = corrector == null ? null : corrector.role();
        Recorder recordedBy = recorderByEntry.get(correctedEntryId);
        if (COMMITTEE_DECISIONS.contains(kind)) {
            if (!LedgerRole.COMMITTEE.name().equals(actingAs)) {
                throw RuleViolation.unacceptable("correction-not-permitted",
                        "Entry '" + correctedEntryId + "' is a committee decision; only the committee corrects it (someone "
                                + "acting as COMMITTEE), and you act as " + actingAs + ". Ask the committee to correct it.");
            }
            return;
        }
        boolean ownEntry = recordedBy != null && corrector != null && recordedBy.id().equals(corrector.id());
        if (!ownEntry && !LedgerRole.COORDINATOR.name().equals(actingAs)) {
            throw RuleViolation.unacceptable("correction-not-permitted",
                    "Entry '" + correctedEntryId + "' was recorded by " + (recordedBy == null ? "someone else" : "'" + recordedBy.id() + "'")
                            + "; it may be corrected by whoever recorded it or by a coordinator. Ask one of them to correct it.");
        }
    }

    private void requireValidReplacement(TraineeId traineeId, String correctedEntryId, String kind, String replacementEntryId) {
        String replacementKind = kindByEntry.get(replacementEntryId);
        if (replacementKind == null || replacementEntryId.equals(correctedEntryId)) {
            throw RuleViolation.unacceptable("replacement-invalid",
                    "replacementEntryId '" + replacementEntryId + "' is not another entry of trainee '" + traineeId
                            + "'. Record the right entry first, then name it here.");
        }
        if (!replacementKind.equals(kind)) {
            throw RuleViolation.unacceptable("replacement-invalid",
                    "replacementEntryId '" + replacementEntryId + "' is a " + replacementKind
                            + " but the corrected entry is a " + kind + "; a replacement must be of the same kind.");
        }
        if (correctionByEntry.containsKey(replacementEntryId)) {
            throw RuleViolation.unacceptable("replacement-invalid",
                    "replacementEntryId '" + replacementEntryId + "' has itself been corrected.");
        }
    }
}
