package org.cartledger.api.transcript;

import org.cartledger.api.ids.TraineeId;

public record FindTranscriptQuery(TraineeId traineeId) {
}
