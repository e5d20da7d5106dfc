package org.cartledger.query.processing;

import java.util.List;
import java.util.Map;
import org.cartledger.http.problem.Refusal;

/**
 * The read models' names. Each read model is one processing group, read by one processor of the
 * same name, and is what the rebuild endpoint takes.
 */
public final class ReadModels {

    public static final String DASHBOARD = "dashboard";
    public static final String COHORT = "cohort";
    public static final String TRANSCRIPT = "transcript";
    public static final List<String> ALL = List.of(DASHBOARD, COHORT, TRANSCRIPT);
    /** The tables each keeps its rows in, every row tagged with its generation (see {@link Generations}). */
    static final Map<String, List<String>> TABLES = Map.of(
            DASHBOARD, List.of("trainee_dashboard", "dashboard_item"), COHORT, List.of("cohort_member"),
            TRANSCRIPT, List.of("transcript_entry"));

    private ReadModels() {
    }

    /** Refuses a name that is not one of them, before anything is touched. */
    static void requireKnown(String readModel) {
        if (!ALL.contains(readModel)) {
            throw new Refusal(404, "read-model-not-found", "No such read model",
                    "No read model '" + readModel + "'. Read models: " + ALL + ".");
        }
    }
}
