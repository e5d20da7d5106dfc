package org.cartledger.command.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.cartledger.api.activity.SignOffSkillCommand;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.CommandRefusal;
import org.cartledger.api.recording.Recorder;
import org.cartledger.command.idempotency.IdempotencyKeys;
import org.cartledger.http.problem.Refusal;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** A command that loses a race on the trainee's record is sent again; a broken rule never is. */
class EntryDispatcherTest {

    private static final Instant NOW = Instant.parse("2026-03-14T08:30:00Z");
    private static final Recorder WANG = new Recorder("fac-wang", "FACULTY");

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private EntryDispatcher dispatcherWithAttempts(int attempts) {
        DefaultListableBeanFactory noDatabase = new DefaultListableBeanFactory();
        IdempotencyKeys keys = new IdempotencyKeys(noDatabase.getBeanProvider(DataSource.class),
                noDatabase.getBeanProvider(EventStorageEngine.class));
        return new EntryDispatcher(gateway, Clock.fixed(NOW, ZoneOffset.UTC), keys, attempts, meters);
    }

    private EntryRecorded signOffSkill(EntryDispatcher dispatcher) {
        return dispatcher.record(new TraineeId("F-1"), null, WANG,
                (entryId, at) -> new SignOffSkillCommand(new TraineeId("F-1"), entryId, at, "CRS_MANAGEMENT", "fac-wang", null, null));
    }

    @Test
    void aCommandThatLosesARaceIsSentAgainAsTheSameEntryUntilItIsRecorded() {
        when(gateway.sendAndWait(any()))
                .thenThrow(new ConcurrencyException("sequence number 7 is taken"))
                .thenThrow(new AggregateStreamCreationException("the record was created meanwhile"))
                .thenReturn("recorded");

        EntryRecorded recorded = signOffSkill(dispatcherWithAttempts(5));

        ArgumentCaptor<CommandMessage<?>> sent = ArgumentCaptor.captor();
        verify(gateway, times(3)).sendAndWait(sent.capture());
        List<CommandMessage<?>> attempts = sent.getAllValues();
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.getPayload()).isEqualTo(
                    new SignOffSkillCommand(new TraineeId("F-1"), recorded.entryId(), NOW, "CRS_MANAGEMENT", "fac-wang", null, null));
            assertThat(attempt.getMetaData()).containsEntry(Recorder.ID_KEY, "fac-wang").containsEntry(Recorder.ROLE_KEY, "FACULTY");
        });
        assertThat(attempts).extracting(CommandMessage::getIdentifier).doesNotHaveDuplicates();
        assertThat(meters.get("ledger.commands.conflicts").counter().count()).isEqualTo(2);
    }

    @Test
    void aConflictThatOutlastsEveryAttemptIsAConcurrentUpdate() {
        when(gateway.sendAndWait(any())).thenThrow(new ConcurrencyException("sequence number 7 is taken"));

        assertThatThrownBy(() -> signOffSkill(dispatcherWithAttempts(3)))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.rule()).isEqualTo("concurrent-update");
                    assertThat(e.detail()).contains(", 3 times in a row,");
                })
                .hasCauseInstanceOf(ConcurrencyException.class);
        verify(gateway, times(3)).sendAndWait(any());
    }

    @Test
    void aConflictReportedFromAnotherNodeIsRecognisedByItsCause() {
        when(gateway.sendAndWait(any()))
                .thenThrow(new CommandExecutionException("remote", new ConcurrencyException("sequence number 7 is taken")))
                .thenReturn("recorded");

        signOffSkill(dispatcherWithAttempts(3));

        verify(gateway, times(2)).sendAndWait(any());
    }

    @Test
    void aBrokenRuleIsNeverSentAgain() {
        CommandExecutionException refused = new CommandExecutionException("not in the catalog", null,
                new CommandRefusal("not-in-catalog", 422, "skill 'JUGGLING' is not in the program's catalog"));
        when(gateway.sendAndWait(any())).thenThrow(refused);

        assertThatThrownBy(() -> signOffSkill(dispatcherWithAttempts(5))).isSameAs(refused);
        verify(gateway, times(1)).sendAndWait(any());
        assertThat(meters.get("ledger.commands.conflicts").counter().count()).isZero();
    }

    @Test
    void atLeastOneAttemptIsMade() {
        assertThatThrownBy(() -> dispatcherWithAttempts(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ledger.commands.attempts-on-conflict");
    }
}
