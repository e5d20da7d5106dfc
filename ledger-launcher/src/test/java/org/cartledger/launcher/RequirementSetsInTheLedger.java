package org.cartledger.launcher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.requirements.FindRequirementSetsQuery;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.api.requirements.RequirementSetDefinedEvent;
import org.cartledger.api.requirements.RequirementSetView;

/**
 * A track's requirement sets appended to the ledger straight through Axon's event store, as the coordinator's
 * endpoint (being written on main) will record them; tests switch to that endpoint once it is merged. Whatever sets
 * the ledger already holds (a default loaded at first start) are read first, so the next version is the next one.
 */
final class RequirementSetsInTheLedger {

    private RequirementSetsInTheLedger() {
    }

    static List<RequirementSetView> sets(RunningLedger ledger, Track track) {
        return ledger.bean(QueryGateway.class).query(new FindRequirementSetsQuery(track),
                ResponseTypes.multipleInstancesOf(RequirementSetView.class)).join();
    }

    /** Appends the track's next set, in force since 2020, recorded by coordinator coord-li; answers its version. */
    static int define(RunningLedger ledger, Track track, RequirementSet requirements) {
        List<RequirementSetView> onRecord = sets(ledger, track);
        int version = onRecord.stream().mapToInt(RequirementSetView::version).max().orElse(0) + 1;
        RequirementSetDefinedEvent defined = new RequirementSetDefinedEvent(track, "entry-set-" + UUID.randomUUID(),
                Instant.now(), version, LocalDate.of(2020, 1, 1), requirements, "Revised for the test");
        // the track's record holds its sets only, so its next sequence number is the number of sets on record
        ledger.bean(TransactionManager.class).executeInTransaction(() -> ledger.bean(EventStore.class).publish(
                new GenericDomainEventMessage<>("ProgramRequirements", RequirementSetDefinedEvent.recordIdOf(track),
                        onRecord.size(), defined, MetaData.from(new Recorder("coord-li", "COORDINATOR").toMetaData()))));
        return version;
    }
}
