package org.cartledger.command.trainee;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.enrollment.ProgramCompletedEvent;
import org.cartledger.api.enrollment.ProgramExtendedEvent;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.TraineeWithdrawnEvent;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.command.refusal.RuleViolation;

/**
 * The entries in one trainee's record, by id and kind, and which of them have been corrected: all a
 * correction needs to know to be allowed.
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

    private final Map<String, String> kindByEntry = new HashMap<>();
    private final Map<String, String> correctionByEntry = new HashMap<>();

    void record(LedgerEntryEvent event) {
        kindByEntry.put(event.entryId(), event.getClass().getSimpleName());
        if (event instanceof EntryCorrectedEvent correction) {
            correctionByEntry.put(correction.correctedEntryId(), correction.entryId());
        }
    }

    void requireCorrectable(String traineeId, String correctedEntryId, String replacementEntryId) {
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
        String earlier = correctionByEntry.get(correctedEntryId);
        if (earlier != null) {
            throw RuleViolation.conflict("entry-already-corrected",
                    "Entry '" + correctedEntryId + "' was already corrected by entry '" + earlier + "'.");
        }
        if (replacementEntryId != null) {
            requireValidReplacement(traineeId, correctedEntryId, kind, replacementEntryId);
        }
    }

    private void requireValidReplacement(String traineeId, String correctedEntryId, String kind, String replacementEntryId) {
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
