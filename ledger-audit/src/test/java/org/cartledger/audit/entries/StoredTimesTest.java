package org.cartledger.audit.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-14T08:30:00.123Z", "2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00.000Z",
            "2026-03-14T08:30:00Z", "2026-03-14T08:30:00.123456789Z", "2026-03-14T10:30:00.123+02:00"})
    void readsEveryTimeAsAxonDoes(String stored) {
        assertThat(StoredTimes.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }

    @Test
    void writesAndReadsBackTheSameInstant() {
        Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
        assertThat(StoredTimes.parse(DateTimeUtils.formatInstant(now))).isEqualTo(now);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T08:30:00.123Z", "2026-13-01T08:30:00.123Z", "2026-03-14T24:00:00.000Z"})
    void refusesWhatAxonRefuses(String stored) {
        assertThatThrownBy(() -> DateTimeUtils.parseInstant(stored)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> StoredTimes.parse(stored)).isInstanceOf(DateTimeException.class);
    }
}
