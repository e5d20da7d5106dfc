package org.cartledger.api.dashboard;

public record FindTraineeDashboardQuery(String traineeId) {
}
