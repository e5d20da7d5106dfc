package org.cartledger.query.processing;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;
import org.cartledger.http.problem.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What a view says about how current it is: behind on one trainee because the read model failed on
 * one of their entries (the more precise news, so it comes first), or behind on everyone because the
 * read model is being rebuilt and the view served is the one from before.
 */
@Component
public class StaleViews {

    public static final String VIEW_UNAVAILABLE = "view-unavailable";

    private final DeadLetters deadLetters;
    private final Generations generations;
    private final EventStore eventStore;

    public StaleViews(DeadLetters deadLetters, Generations generations, EventStore eventStore) {
        this.deadLetters = deadLetters;
        this.generations = generations;
        this.eventStore = eventStore;
    }

    public Optional<Staleness> of(String readModel, TraineeId traineeId) {
        return deadLetters.stuck(readModel, traineeId).map(stuck -> stuck.staleness(readModel))
                .or(() -> rebuilding(readModel));
    }

    /** Every trainee the read model is stuck on, by trainee id. */
    public Map<TraineeId, Staleness> stuck(String readModel) {
        return deadLetters.stuck(readModel).stream()
                .collect(Collectors.toMap(StuckTrainee::traineeId, stuck -> stuck.staleness(readModel), (a, b) -> a));
    }

    public Optional<Staleness> rebuilding(String readModel) {
        return generations.rebuild(readModel).map(rebuild -> {
            long served = rebuild.servingPosition() == null ? -1 : rebuild.servingPosition();
            return new Staleness(readModel, Staleness.REBUILDING, served + 1, null, null, rebuild.startedAt(),
                    Math.max(0, head() - served));
        });
    }

    /** The stuck trainee's staleness, else the rebuild's, for views of many trainees at once. */
    public Function<TraineeId, Staleness> forEach(String readModel) {
        Map<TraineeId, Staleness> stuck = stuck(readModel);
        Staleness rebuilding = rebuilding(readModel).orElse(null);
        return traineeId -> stuck.getOrDefault(traineeId, rebuilding);
    }

    /**
     * The answer to a request for one trainee's view: the view, when it has rows of the trainee; else 503
     * with why, when the read model failed on the trainee's first entry and holds the rest back (so the
     * trainee exists, the view cannot show them yet), or when a rebuild is running and the trainee was
     * enrolled since it began; else the usual "no such trainee".
     * <p>A rebuild may swap generations between reading the view and asking whether a rebuild is running:
     * the read saw the generation from before, which lacks a trainee enrolled during the rebuild, and the
     * check sees no rebuild. So when no rebuild is running any more, the view is read once again before
     * the trainee is called unknown (only on this path; found views cost nothing more).
     */
    public <V> ResponseEntity<?> answer(String readModel, TraineeId traineeId, Supplier<Optional<V>> view,
                                        Function<V, ResponseEntity<?>> found) {
        Optional<V> read = view.get();
        if (read.isPresent()) {
            return found.apply(read.get());
        }
        ResponseEntity<?> unavailable = unavailable(readModel, traineeId);
        if (unavailable != null) {
            return unavailable;
        }
        return view.get().<ResponseEntity<?>>map(found).orElseGet(() -> Problems.traineeNotFound(traineeId));
    }

    /** The 503 for a trainee the view lacks but the ledger holds, with why; null when there is none. */
    private ResponseEntity<?> unavailable(String readModel, TraineeId traineeId) {
        return deadLetters.stuck(readModel, traineeId).<ResponseEntity<?>>map(stuck -> {
            ResponseEntity<ProblemDetail> answer = Problems.of(503, VIEW_UNAVAILABLE, "The view cannot show this trainee yet",
                    "The " + readModel + " read model failed on entry " + stuck.sinceEntryId() + " of trainee '" + traineeId
                            + "' (ledger position " + stuck.sincePosition() + ") and holds their entries back until an"
                            + " administrator has them retried: " + stuck.error());
            answer.getBody().setProperty("stale", stuck.staleness(readModel));
            return answer;
        }).orElseGet(() -> rebuilding(readModel).filter(rebuild -> isOnRecord(traineeId)).<ResponseEntity<?>>map(rebuild -> {
            // enrolled since the rebuild began: in the generation being built, not yet in the one served
            ResponseEntity<ProblemDetail> answer = Problems.of(503, VIEW_UNAVAILABLE, "The view cannot show this trainee yet",
                    "The " + readModel + " read model is being rebuilt and serves the view from before the rebuild began;"
                            + " trainee '" + traineeId + "' was enrolled since. Ask again once the rebuild is done"
                            + " (GET /api/admin/projections shows how far it has come).");
            answer.getBody().setProperty("stale", rebuild);
            return answer;
        }).orElse(null));
    }

    /** Whether the ledger holds any entry of this trainee; asked only during a rebuild, for a trainee the view lacks. */
    private boolean isOnRecord(TraineeId traineeId) {
        return eventStore.readEvents(traineeId.value()).hasNext();
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1L);
    }
}
