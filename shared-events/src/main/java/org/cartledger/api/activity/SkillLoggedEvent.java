package org.cartledger.api.activity;

import java.time.Instant;
import org.cartledger.api.recording.LedgerEntryEvent;

public record SkillLoggedEvent(
        String traineeId,
        String entryId,
        Instant occurredAt,
        String skill,
        String signedOffBy,
        String notes) implements LedgerEntryEvent {
}
