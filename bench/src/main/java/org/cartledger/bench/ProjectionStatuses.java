package org.cartledger.bench;

import tools.jackson.databind.JsonNode;

/** The read models' progress as the ledger reports it (GET /api/admin/projections, for the administrator). */
final class ProjectionStatuses {

    private final JsonNode statuses;

    private ProjectionStatuses(JsonNode statuses) {
        this.statuses = statuses;
    }

    static ProjectionStatuses of(LedgerClient.Caller admin) {
        return new ProjectionStatuses(admin.get("/api/admin/projections").expect("Reading the read models' status", 200).json());
    }

    /** Every read model running, reading up to the head and serving what it read (no rebuild waiting). */
    boolean allCaughtUp() {
        for (JsonNode status : statuses) {
            if (!status.path("caughtUp").asBoolean(false)) {
                return false;
            }
        }
        return statuses.size() > 0;
    }

    boolean caughtUp(String readModel) {
        JsonNode status = named(readModel);
        return status.path("caughtUp").asBoolean(false) && status.path("rebuild").isNull();
    }

    /** The lowest position the read models have all processed (-1 before the first). */
    long lowestPosition() {
        long lowest = Long.MAX_VALUE;
        for (JsonNode status : statuses) {
            lowest = Math.min(lowest, status.path("position").asLong(-1));
        }
        return lowest;
    }

    /** The position a rebuild under way has read up to (-1 when none is under way). */
    long rebuildPosition(String readModel) {
        return named(readModel).path("rebuild").path("position").asLong(-1);
    }

    long head() {
        long head = 0;
        for (JsonNode status : statuses) {
            head = Math.max(head, status.path("head").asLong(0));
        }
        return head;
    }

    private JsonNode named(String readModel) {
        for (JsonNode status : statuses) {
            if (readModel.equals(status.path("name").asString())) {
                return status;
            }
        }
        throw new IllegalStateException("No read model " + readModel + " in " + statuses);
    }

    @Override
    public String toString() {
        return statuses.toString();
    }
}
