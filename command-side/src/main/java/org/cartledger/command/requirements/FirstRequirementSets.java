package org.cartledger.command.requirements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.requirements.DefineRequirementSetCommand;
import org.cartledger.api.requirements.RequirementSetDefinedEvent;
import org.cartledger.command.recording.ConcurrentUpdate;
import org.cartledger.store.history.LedgerHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Records the default requirement set ({@link DefaultRequirementSets}) of each track that has none, once, when the
 * ledger starts: before it is ready, so that no completion is ever checked against nothing. Two ledgers starting on
 * one database at once both try; the second meets the first's version 1 and leaves it.
 */
@Component
class FirstRequirementSets implements ApplicationRunner {

    /** The recorder of the default sets: the ledger itself. The ':' keeps it apart from every user id. */
    static final Recorder LEDGER = new Recorder("ledger:first-start", LedgerRole.ADMIN.name());

    private static final Logger log = LoggerFactory.getLogger(FirstRequirementSets.class);

    private final LedgerHistory history;
    private final CommandGateway commands;
    private final Clock clock;
    private final ZoneId programZone;

    FirstRequirementSets(LedgerHistory history, CommandGateway commands, Clock clock,
                         @Value("${ledger.program-time-zone}") String programTimeZone) {
        this.history = history;
        this.commands = commands;
        this.clock = clock;
        this.programZone = ZoneId.of(programTimeZone);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        for (Track track : Track.values()) {
            String recordId = RequirementSetDefinedEvent.recordIdOf(track);
            if (!history.ofTrainee(recordId).isEmpty()) {
                continue;
            }
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new DefineRequirementSetCommand(recordId,
                        UUID.randomUUID().toString(), clock.instant(), track, LocalDate.now(clock.withZone(programZone)),
                        DefaultRequirementSets.of(track), DefaultRequirementSets.REASON)).withMetaData(LEDGER.toMetaData()));
                log.info("First start: recorded the default requirement set of track {} (version 1)", track);
            } catch (RuntimeException e) {
                if (!ConcurrentUpdate.isConflict(e)) {
                    throw e;
                }
                log.info("Track {} has a requirement set recorded by another ledger process starting beside this one", track);
            }
        }
    }
}
