package org.cartledger.audit.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.WriterKey;
import org.cartledger.store.history.LedgerHistory;
import org.cartledger.store.history.WrittenEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class WriterMacCheckTest {

    private static final WriterKey KEY = new WriterKey(new byte[32], 10);

    @Test
    void anEventAfterTheKeysStartPositionNeedsAMacTheKeyVerifies() {
        WriterMacCheck check = new WriterMacCheck(history(true), withKey());
        LedgerEvent event = event(11, "evt-11");

        assertThat(check.refusal(new WrittenEvent(event, KEY.macOf(event)))).isEmpty();
        IntegrityBreach none = check.refusal(new WrittenEvent(event, null)).orElseThrow();
        assertThat(none.position()).isEqualTo(11);
        assertThat(none.changed()).isEqualTo(IntegrityBreach.Changed.EVENT);
        assertThat(none.reason()).contains("position 11", "evt-11", "carries no writer MAC", "after position 10");
        assertThat(check.refusal(new WrittenEvent(event, KEY.macOf(event(11, "evt-12"))))).get()
                .extracting(IntegrityBreach::reason).asString().contains("does not verify");
    }

    @Test
    void anEventStoredBeforeTheKeyExistedNeedsNone() {
        WriterMacCheck check = new WriterMacCheck(history(true), withKey());

        assertThat(check.refusal(new WrittenEvent(event(10, "evt-10"), null))).isEmpty();
    }

    @Test
    void aHistoryThatKeepsNoMacsAsksForNone() {
        WriterMacCheck check = new WriterMacCheck(history(false), new StaticListableBeanFactory().getBeanProvider(WriterKey.class));

        assertThat(check.refusal(new WrittenEvent(event(11, "evt-11"), null))).isEmpty();
    }

    @Test
    void aHistoryInPostgresWithoutTheWriterKeyDoesNotStart() {
        assertThatThrownBy(() -> new WriterMacCheck(history(true), new StaticListableBeanFactory().getBeanProvider(WriterKey.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no writer key");
    }

    private static org.springframework.beans.factory.ObjectProvider<WriterKey> withKey() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("writerKey", KEY);
        return beans.getBeanProvider(WriterKey.class);
    }

    private static LedgerEvent event(long position, String id) {
        return new LedgerEvent(position, id, "F-1", position, "org.cartledger.api.X", null, "2026-11-27T02:07:16.183Z",
                "{}".getBytes(StandardCharsets.UTF_8), "{\"entryId\":\"e\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static LedgerHistory history(boolean keepsMacs) {
        return new LedgerHistory() {
            @Override
            public List<LedgerEvent> after(long position, int limit) {
                return List.of();
            }

            @Override
            public List<LedgerEvent> ofTrainee(String traineeId) {
                return List.of();
            }

            @Override
            public long head() {
                return 0;
            }

            @Override
            public Optional<Instant> recordedAtOrBefore(long position) {
                return Optional.empty();
            }

            @Override
            public boolean keepsWriterMacs() {
                return keepsMacs;
            }
        };
    }
}
