package org.cartledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static Latencies ofMillis(long... millis) {
        Latencies latencies = new Latencies();
        for (long ms : millis) {
            latencies.add(ms * 1_000_000);
        }
        return latencies;
    }

    @Test
    void theMedianOfAnOddCountIsItsMiddleSample() {
        assertEquals(3.0, ofMillis(5, 1, 3, 2, 4).p50());
    }

    @Test
    void aPercentileIsASampleThatHappenedNeverAnAverageOfTwo() {
        assertEquals(2.0, ofMillis(1, 2, 3, 4).p50());
    }

    @Test
    void p99OfAHundredSamplesIsTheSecondSlowest() {
        long[] millis = new long[100];
        for (int i = 0; i < 100; i++) {
            millis[i] = i + 1;
        }
        assertEquals(99.0, ofMillis(millis).p99());
    }

    @Test
    void p99OfFewSamplesIsTheSlowest() {
        assertEquals(40.0, ofMillis(10, 40, 20).p99());
    }

    @Test
    void noSamplesHaveNoPercentile() {
        assertTrue(Double.isNaN(new Latencies().p50()));
    }

    @Test
    void samplesGrowBeyondTheFirstArray() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 5000; i++) {
            latencies.add(1_000_000);
        }
        assertEquals(5000, latencies.count());
        assertEquals(1.0, latencies.p99());
    }
}
