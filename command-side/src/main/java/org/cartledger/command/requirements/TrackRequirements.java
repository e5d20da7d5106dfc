package org.cartledger.command.requirements;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
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
 * A track's requirement sets, as the program's own record: each definition is the next version. Its effective date is
 * the first enrollment day it applies to; a set never reaches back under a trainee enrolled before it was recorded
 * (the set in force at an enrollment is the newest recorded before it and in effect on its day), so any date is one
 * the coordinator may choose, also one before the version it revises.
 */
@Aggregate
public class TrackRequirements {

    @AggregateIdentifier
    private String recordId;
    private int latestVersion;

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
        apply(new RequirementSetDefinedEvent(command.track(), command.entryId(), command.occurredAt(), latestVersion + 1,
                command.effectiveFrom(), command.requirements(), command.reason()));
        return command.entryId();
    }

    @EventSourcingHandler
    void on(RequirementSetDefinedEvent event) {
        recordId = RequirementSetDefinedEvent.recordIdOf(event.track());
        latestVersion = event.version();
    }
}
