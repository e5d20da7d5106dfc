package org.cartledger.query.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.query.LedgerEvents.on;

import org.axonframework.messaging.timeout.TaskTimeoutSettings;
import org.axonframework.springboot.TimeoutProperties;
import org.cartledger.query.RunningQuerySide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each unit of work keeps Axon's timeout (a processor's batch, a command, a query), while the second,
 * per-handler watch, which took a stack trace and set a timer for every event handled, is off
 * (ledger-defaults.properties): what the running query side binds, not what the file says.
 */
class HandlerTimeoutsTest {

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide(on(5, 15));

    @Test
    void unitsOfWorkAreTimedOutButHandlersAreNotWatchedOneByOne() {
        TimeoutProperties timeouts = querySide.bean(TimeoutProperties.class);

        assertThat(timeouts.isEnabled()).isTrue();
        assertThat(timeouts.getTransaction().getEventProcessors().getTimeoutMs()).isPositive();
        assertThat(timeouts.getTransaction().getQueryBus().getTimeoutMs()).isPositive();
        for (TaskTimeoutSettings handlers : new TaskTimeoutSettings[]{
                timeouts.getHandler().getEvents(), timeouts.getHandler().getCommands(), timeouts.getHandler().getQueries()}) {
            assertThat(handlers.getTimeoutMs()).isNegative();
            assertThat(handlers.getWarningThresholdMs()).isNegative();
        }
    }
}
