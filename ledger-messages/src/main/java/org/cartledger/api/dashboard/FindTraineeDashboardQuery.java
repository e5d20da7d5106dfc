package org.cartledger.api.dashboard;

import org.cartledger.api.ids.TraineeId;

public record FindTraineeDashboardQuery(TraineeId traineeId) {
}
