package org.cartledger.bench;

import java.util.Locale;

/**
 * The ledger's resident memory (what the kernel counts against the machine, heap and all else) with
 * -Xmx512m: once the read models have caught up with the loaded store, and the highest seen while
 * clients record entries. The target is for a store of a million events; a smaller store is
 * said beside the figure.
 */
record Memory(long events, long afterLoadBytes, long whileIngestingBytes, boolean caughtUp) {

    static final long TARGET_BYTES = 768L * 1024 * 1024;
    static final long TARGET_EVENTS = 1_000_000;

    void addTo(BenchTable table) {
        String target = "< 768 MB at -Xmx512m with 1,000,000 events, while ingesting";
        table.add(new BenchTable.Row(12, String.format(Locale.ROOT, "12. Ledger RSS after loading %,d events (%s)", events,
                        caughtUp ? "caught up" : "at the catch-up's limit"),
                BenchTable.megabytes(afterLoadBytes), "", "", target, met(afterLoadBytes)));
        table.add(new BenchTable.Row(12, "12. Ledger RSS, highest while ingesting on that store (HTTP, many clients)",
                BenchTable.megabytes(whileIngestingBytes), "", "", target, met(whileIngestingBytes)));
    }

    private String met(long bytes) {
        String met = BenchTable.met(bytes < TARGET_BYTES);
        return events >= TARGET_EVENTS ? met : String.format(Locale.ROOT, "%s (at %,d events, not 1,000,000)", met, events);
    }
}
