package org.cartledger.http.problem;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.cartledger.api.recording.CommandRefusal;
import org.cartledger.http.problem.Problems.FieldError;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Every module's refusals are answered here, in one shape: the status, the rule as {@code type} and
 * {@code rule}, a title, the detail, and whatever further members the refusal carries.
 */
class RefusalAdviceTest {

    private final RefusalAdvice advice = new RefusalAdvice();

    @Test
    void aRefusalIsAnsweredAsAProblemNamingItsRuleWithItsFurtherMembers() {
        ResponseEntity<ProblemDetail> answer = advice.refused(new Refusal(409, "entry-not-in-tree", "An entry is not in the tree",
                "The event at position 7 is not in the tree.").with("position", 7L).with("eventIdentifier", "ev-7"));

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = answer.getBody();
        assertThat(problem.getType()).isEqualTo(URI.create("urn:cartledger:rule:entry-not-in-tree"));
        assertThat(problem.getTitle()).isEqualTo("An entry is not in the tree");
        assertThat(problem.getDetail()).isEqualTo("The event at position 7 is not in the tree.");
        assertThat(problem.getProperties()).containsExactly(entry("rule", "entry-not-in-tree"),
                entry("position", 7L), entry("eventIdentifier", "ev-7"));
    }

    @Test
    void aFieldAtFaultIsAnsweredAsAnInvalidRequestNamingTheField() {
        ResponseEntity<ProblemDetail> answer = advice.refused(Refusal.invalidField("Idempotency-Key", "must be sent once"));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().getTitle()).isEqualTo("The request is not valid");
        assertThat(answer.getBody().getDetail()).isEqualTo("Idempotency-Key: must be sent once");
        assertThat(answer.getBody().getProperties()).containsEntry("rule", "invalid-request")
                .containsEntry("errors", List.of(new FieldError("Idempotency-Key", "must be sent once")));
    }

    @Test
    void aCommandRefusedOnAnotherNodeIsAnsweredAsIfRefusedHere() {
        CommandRefusal refusal = new CommandRefusal("program-closed", 409, "The program is closed.");

        ResponseEntity<ProblemDetail> overTheBus = advice.commandFailed(new CommandExecutionException("closed", null, refusal));
        ResponseEntity<ProblemDetail> here = advice.refused(Refusal.of(refusal));

        assertThat(overTheBus.getStatusCode().value()).isEqualTo(409);
        assertThat(overTheBus.getBody()).isEqualTo(here.getBody());
        assertThat(overTheBus.getBody().getTitle()).isEqualTo("The entry conflicts with the record");
        assertThat(overTheBus.getBody().getProperties()).containsEntry("rule", "program-closed");
    }

    @Test
    void aRefusalSurvivesTheTripAcrossTheCommandBusUnchanged() {
        Refusal refused = Refusal.of(new CommandRefusal("not-in-catalog", 422, "skill 'JUGGLING' is not in the catalog."));

        Refusal received = Refusal.of(refused.toCommandRefusal());

        assertThat(received.answer().getBody()).isEqualTo(refused.answer().getBody());
        assertThat(received.title()).isEqualTo("The entry breaks a rule of the program");
    }

    @Test
    void aCommandThatFailedWithoutARefusalIsNotTheSendersFault() {
        ResponseEntity<ProblemDetail> down = advice.commandFailed(new CommandExecutionException("no database",
                new SQLTransientConnectionException("Connection is not available")));
        ResponseEntity<ProblemDetail> failed = advice.commandFailed(new CommandExecutionException("bug", new IllegalStateException()));

        assertThat(down.getStatusCode().value()).isEqualTo(503);
        assertThat(down.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        assertThat(failed.getStatusCode().value()).isEqualTo(500);
        assertThat(failed.getBody().getProperties()).containsEntry("rule", "command-failed");
    }
}
