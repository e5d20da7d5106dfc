package org.cartledger.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Faculty clients recording attendance entries as fast as the ledger answers: each client POSTs, waits for
 * the 201 and POSTs again, for the duration after a warm-up. Alongside, the ledger's CPU time (so its cost
 * per request) and its resident memory are read from /proc.
 */
final class IngestOverHttp {

    private IngestOverHttp() {
    }

    /**
     * @param cpuMillisPerRequest the ledger process's CPU time in the window over the requests answered in it
     * @param peakRssBytes        the highest resident memory sampled in the window
     */
    record Result(int clients, double perSecond, Latencies latencies, long failures, double cpuMillisPerRequest,
                  long peakRssBytes) {
    }

    static Result run(LedgerUnderTest ledger, Supplier<LedgerClient.Caller> signedIn, List<String> traineeIds, int clients,
                      Duration warmUp, Duration duration) {
        AtomicLong done = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        Latencies latencies = new Latencies();
        Instant measureFrom = Instant.now().plus(warmUp);
        Instant measureUntil = measureFrom.plus(duration);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String path = BenchTrainees.attendancePath(traineeIds.get(c % traineeIds.size()));
            LedgerClient.Caller caller = signedIn.get();
            Thread thread = new Thread(() -> {
                while (true) {
                    Instant now = Instant.now();
                    if (!now.isBefore(measureUntil)) {
                        return;
                    }
                    long start = System.nanoTime();
                    int status = caller.post(path, BenchTrainees.ATTENDANCE).status();
                    long elapsed = System.nanoTime() - start;
                    if (now.isBefore(measureFrom)) {
                        continue;
                    }
                    if (status == 201) {
                        done.incrementAndGet();
                        latencies.add(elapsed);
                    } else {
                        failures.incrementAndGet();
                    }
                }
            }, "ingest-" + c);
            threads.add(thread);
            thread.start();
        }
        sleepUntil(measureFrom);
        double cpuBefore = ledger.cpuMillis();
        long answeredBefore = done.get() + failures.get();
        long peakRss = ledger.rssBytes();
        while (Instant.now().isBefore(measureUntil)) {
            Pause.millis(250);
            peakRss = Math.max(peakRss, ledger.rssBytes());
        }
        double cpuAfter = ledger.cpuMillis();
        Join.all(threads);
        long answered = done.get() + failures.get() - answeredBefore;
        return new Result(clients, done.get() * 1e9 / duration.toNanos(), latencies, failures.get(),
                answered == 0 ? Double.NaN : (cpuAfter - cpuBefore) / answered, peakRss);
    }

    private static void sleepUntil(Instant when) {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            Pause.millis(millis);
        }
    }
}
