package org.cartledger.api.dashboard;

import java.util.Map;
import org.cartledger.api.activity.SupervisionLevel;

public record ProcedureTally(
        String procedure,
        String name,
        int performed,
        int simulated,
        Map<SupervisionLevel, Integer> bySupervisionLevel) {
}
