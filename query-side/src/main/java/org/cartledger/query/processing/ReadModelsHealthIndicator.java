package org.cartledger.query.processing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The read models in {@code /actuator/health} (as {@code readModels}): for each, how far it has read
 * (its lag: ledger positions behind the newest event it handles), or, where another process holds its
 * segments, that another reads it. DOWN when one has stopped on an error (it retries on its own, but serves what it had until then) or holds back a trainee's events
 * after failing on one of them (listed under {@code stuck}: the trainee, the entry, the error; their
 * views say they are stale until an administrator retries), OUT_OF_SERVICE when one is not running at
 * all. Lag alone is reported, never judged: read models follow the ledger by design, and a rebuild lags
 * on purpose (its progress is under {@code rebuild}). Not part of readiness: a stale view is still
 * served, and says so, and commands do not need the read models.
 */
@Component
public class ReadModelsHealthIndicator extends AbstractHealthIndicator {

    private final ProjectionRebuilder projections;

    public ReadModelsHealthIndicator(ProjectionRebuilder projections) {
        super("The read models' processors could not be inspected");
        this.projections = projections;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Health health = of(projections.statuses());
        builder.status(health.getStatus()).withDetails(health.getDetails());
    }

    static Health of(List<ProjectionStatus> statuses) {
        Status worst = Status.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        for (ProjectionStatus projection : statuses) {
            Status status = statusOf(projection);
            if (Status.DEFAULT_ORDER.indexOf(status) < Status.DEFAULT_ORDER.indexOf(worst)) {
                worst = status;
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("status", status.getCode());
            detail.put("head", projection.head());
            // with no segment here, where it stands is for the process that holds them to say
            if (projection.readElsewhere()) {
                detail.put("readBy", projection.segmentsElsewhere() > 0 ? "another process (this one holds none of its segments)"
                        : "no process yet (none of its segments is claimed)");
            } else {
                detail.put("position", projection.position());
                detail.put("lag", projection.lag());
            }
            detail.put("replaying", projection.replaying());
            detail.put("segments", projection.segments());
            detail.put("allSegments", projection.allSegments());
            detail.put("segmentsElsewhere", projection.segmentsElsewhere());
            if (projection.error() != null) {
                detail.put("error", projection.error());
            }
            if (!projection.stuck().isEmpty()) {
                detail.put("stuck", projection.stuck());
            }
            if (projection.rebuild() != null) {
                detail.put("rebuild", projection.rebuild());
            }
            details.put(projection.name(), detail);
        }
        return Health.status(worst).withDetails(details).build();
    }

    private static Status statusOf(ProjectionStatus projection) {
        if (!projection.running()) {
            return Status.OUT_OF_SERVICE;
        }
        return projection.error() != null || !projection.stuck().isEmpty() ? Status.DOWN : Status.UP;
    }
}
