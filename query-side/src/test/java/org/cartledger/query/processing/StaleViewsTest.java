package org.cartledger.query.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.query.LedgerEvents.on;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.query.RunningQuerySide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a request for one trainee's view when the read found no rows. A rebuild that swaps
 * generations between the read and the check for a running rebuild leaves a read of the generation from
 * before (without a trainee enrolled during the rebuild) and a check that sees no rebuild: the view is
 * read again rather than the trainee called unknown.
 */
class StaleViewsTest {

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide(on(5, 15));

    @Test
    void aViewThatLackedTheTraineeWhenReadAndHasThemNowIsServedNotCalledUnknown() {
        Deque<Optional<String>> reads = new ArrayDeque<>(List.of(Optional.empty(), Optional.of("the rebuilt view")));

        ResponseEntity<?> answer = staleViews().answer(ReadModels.DASHBOARD, new TraineeId("fellow-enrolled-during-rebuild"),
                reads::removeFirst, ResponseEntity::ok);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).isEqualTo("the rebuilt view");
        assertThat(reads).as("read once, then once again").isEmpty();
    }

    @Test
    void aTraineeNoViewHasAfterTheSecondReadIsNotFoundByRule() {
        Deque<Optional<String>> reads = new ArrayDeque<>(List.of(Optional.empty(), Optional.empty(), Optional.of("never asked")));

        ResponseEntity<?> answer = staleViews().answer(ReadModels.TRANSCRIPT, new TraineeId("fellow-never-enrolled"),
                reads::removeFirst, ResponseEntity::ok);

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(((ProblemDetail) answer.getBody()).getProperties()).containsEntry("rule", "trainee-not-found");
        assertThat(reads).as("read twice, no more").hasSize(1);
    }

    @Test
    void aViewWithTheTraineeIsReadOnce() {
        Deque<Optional<String>> reads = new ArrayDeque<>(List.of(Optional.of("the view"), Optional.of("a second read")));

        ResponseEntity<?> answer = staleViews().answer(ReadModels.DASHBOARD, new TraineeId("fellow-1"), reads::removeFirst, ResponseEntity::ok);

        assertThat(answer.getBody()).isEqualTo("the view");
        assertThat(reads).hasSize(1);
    }

    private static StaleViews staleViews() {
        return querySide.bean(StaleViews.class);
    }
}
