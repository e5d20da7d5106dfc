package org.cartledger.api.transcript;

public record FindTranscriptQuery(String traineeId) {
}
