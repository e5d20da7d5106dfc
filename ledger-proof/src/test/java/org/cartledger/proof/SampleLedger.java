package org.cartledger.proof;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Events as the ledger stores them: JSON payloads and metadata, trainees interleaved. */
public final class SampleLedger {

    public static final String[] TRAINEES = {"F-2026-001", "F-2026-002", "F-2026-003"};

    private SampleLedger() {
    }

    /** {@code count} events, round robin over {@link #TRAINEES}, positions from 1 with a gap after 10. */
    public static List<LedgerEvent> events(int count) {
        List<LedgerEvent> events = new ArrayList<>();
        int[] sequence = new int[TRAINEES.length];
        for (int i = 0; i < count; i++) {
            int trainee = i % TRAINEES.length;
            long position = i < 10 ? i + 1 : i + 3;
            events.add(event(position, TRAINEES[trainee], sequence[trainee]++));
        }
        return events;
    }

    public static LedgerEvent event(long position, String trainee, long sequenceNumber) {
        Instant recorded = Instant.parse("2026-11-20T08:00:00.123Z").plusSeconds(position * 97);
        String entryId = "entry-" + position;
        String type = sequenceNumber == 0 ? "org.cartledger.api.enrollment.TraineeEnrolledEvent"
                : "org.cartledger.api.activity.SkillLoggedEvent";
        String payload = sequenceNumber == 0
                ? "{\"entryId\":\"" + entryId + "\",\"traineeId\":\"" + trainee + "\",\"occurredAt\":\"" + recorded
                + "\",\"programme\":\"CAR-T cell therapy fellowship\"}"
                : "{\"entryId\":\"" + entryId + "\",\"traineeId\":\"" + trainee + "\",\"occurredAt\":\"" + recorded
                + "\",\"skill\":\"apheresis-product-handling\",\"supervised\":true,\"notes\":\"Löwenzahn ward, bed 4\"}";
        String metaData = "{\"recorderId\":\"staff-" + (position % 4) + "\",\"recorderRole\":\"SUPERVISOR\","
                + "\"correlationId\":\"corr-" + position + "\",\"traceId\":\"trace-" + position + "\"}";
        return new LedgerEvent(position, "evt-" + position + "-" + trainee, trainee, sequenceNumber, type, null,
                recorded.toString(), metaData.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8));
    }

    public static List<byte[]> leafHashes(List<LedgerEvent> events) {
        return events.stream().map(LedgerEvent::leafHash).toList();
    }
}
