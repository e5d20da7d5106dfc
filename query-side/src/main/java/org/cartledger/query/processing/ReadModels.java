package org.cartledger.query.processing;

import java.util.List;

/**
 * The read models' names. Each read model is one processing group, read by one processor of the
 * same name, and is what the rebuild endpoint takes.
 */
public final class ReadModels {

    public static final String DASHBOARD = "dashboard";
    public static final String COHORT = "cohort";
    public static final String TRANSCRIPT = "transcript";
    public static final List<String> ALL = List.of(DASHBOARD, COHORT, TRANSCRIPT);

    private ReadModels() {
    }
}
