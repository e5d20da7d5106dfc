package org.cartledger.api.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;

public record TraineeEnrolledEvent(
        TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String fullName,
        Track track,
        EligibilityEvidence eligibility,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        String mentorId,
        LengthApproval lengthApproval) implements LedgerEntryEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
