package org.cartledger.command.requirements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.requirements.DefineRequirementSetCommand;
import org.cartledger.api.requirements.RequirementSetDefinedEvent;
import org.cartledger.command.recording.ConcurrentUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Records the default requirement set ({@link DefaultRequirementSets}) of each track that has none, once, when the
 * ledger starts: before it is ready, so that completions are checked from the first request. Two ledgers starting on
 * one database at once both try; the second meets the first's version 1 and leaves it. Where the event store cannot
 * be reached at start (Axon Server down), the ledger starts all the same, says so in its health, and this tries
 * again every half minute; meanwhile a completion is refused for want of a set (CompletionPolicy), never let through.
 */
@Component
class FirstRequirementSets implements ApplicationRunner, DisposableBean {

    /** The recorder of the default sets: the ledger itself. The ':' keeps it apart from every user id. */
    static final Recorder LEDGER = new Recorder("ledger:first-start", LedgerRole.ADMIN.name());

    private static final Logger log = LoggerFactory.getLogger(FirstRequirementSets.class);

    private static final long RETRY_SECONDS = 30;

    private final EventStore eventStore;
    private final CommandGateway commands;
    private final Clock clock;
    private final ZoneId programZone;

    private ScheduledExecutorService retries;

    FirstRequirementSets(EventStore eventStore, CommandGateway commands, Clock clock,
                         @Value("${ledger.program-time-zone}") String programTimeZone) {
        this.eventStore = eventStore;
        this.commands = commands;
        this.clock = clock;
        this.programZone = ZoneId.of(programTimeZone);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!recordWhatIsMissing()) {
            retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "first-requirement-sets");
                thread.setDaemon(true);
                return thread;
            });
            retries.scheduleWithFixedDelay(() -> {
                if (recordWhatIsMissing()) {
                    retries.shutdown();
                }
            }, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public void destroy() {
        if (retries != null) {
            retries.shutdownNow();
        }
    }

    /** True once every track has a set on record. */
    private boolean recordWhatIsMissing() {
        try {
            for (Track track : Track.values()) {
                recordIfMissing(track);
            }
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not record the default requirement sets yet (trying again in {} s): {}", RETRY_SECONDS, e.toString());
            return false;
        }
    }

    private void recordIfMissing(Track track) {
        String recordId = RequirementSetDefinedEvent.recordIdOf(track);
        if (eventStore.readEvents(recordId).hasNext()) {
            return;
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
