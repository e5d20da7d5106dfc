package org.cartledger.store.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

/** The query side's dashboards and the audit module's tree must name the same event by the same position. */
class TokenPositionsTest {

    @Test
    void aPostgresTokenCarriesThePositionItself() {
        assertThat(TokenPositions.positionOf(GapAwareTrackingToken.newInstance(5, java.util.List.of(3L)))).isEqualTo(5);
    }

    @Test
    void anAxonServerTokenIsOneLessThanThePositionFromZero() {
        assertThat(TokenPositions.positionOf(new GlobalSequenceTrackingToken(0))).isEqualTo(1);
        assertThat(TokenPositions.positionOf(new GlobalSequenceTrackingToken(4))).isEqualTo(5);
    }

    @Test
    void aReplayKeepsTheEnginesRule() {
        assertThat(TokenPositions.positionOf(ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(9),
                new GlobalSequenceTrackingToken(4)))).isEqualTo(5);
        assertThat(TokenPositions.positionOf(ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(9, java.util.List.of()),
                GapAwareTrackingToken.newInstance(4, java.util.List.of())))).isEqualTo(4);
    }
}
