package org.cartledger.command.requirements;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.cartledger.api.requirements.DefineRequirementSetCommand;
import org.cartledger.api.requirements.RequirementSetDefinedEvent;
import org.cartledger.command.refusal.RuleViolation;

/**
 * A track's requirement sets, as the program's own record: each definition is the next version. A revision takes
 * effect on or after the version before it (an earlier date would reach back under trainees already measured by it).
 */
@Aggregate
public class TrackRequirements {

    @AggregateIdentifier
    private String recordId;
    private int latestVersion;
    private LocalDate latestEffectiveFrom;

    protected TrackRequirements() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(DefineRequirementSetCommand command, Clock clock) {
        if (!RequirementSetDefinedEvent.recordIdOf(command.track()).equals(command.recordId())) {
            throw new IllegalArgumentException("A " + command.track() + " requirement set belongs in record "
                    + RequirementSetDefinedEvent.recordIdOf(command.track()) + ", not " + command.recordId());
        }
        if (command.occurredAt().isAfter(clock.instant())) {
            throw RuleViolation.unacceptable("entry-in-the-future", "A requirement set is defined when it is recorded, not later.");
        }
        RequirementSetPolicy.check(command.requirements());
        if (latestEffectiveFrom != null && command.effectiveFrom().isBefore(latestEffectiveFrom)) {
            throw RuleViolation.unacceptable("requirement-set-effective-before-previous",
                    "effectiveFrom " + command.effectiveFrom() + " is before " + latestEffectiveFrom + ", from when version "
                            + latestVersion + " of " + command.track() + " is in force. A revision takes effect on or after it.");
        }
        apply(new RequirementSetDefinedEvent(command.track(), command.entryId(), command.occurredAt(), latestVersion + 1,
                command.effectiveFrom(), command.requirements(), command.reason()));
        return command.entryId();
    }

    @EventSourcingHandler
    void on(RequirementSetDefinedEvent event) {
        recordId = RequirementSetDefinedEvent.recordIdOf(event.track());
        latestVersion = event.version();
        latestEffectiveFrom = event.effectiveFrom();
    }
}
