package org.cartledger.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.axonframework.axonserver.connector.query.AxonServerQueryDispatchException;
import org.junit.jupiter.api.Test;

/** What is down, read from the failure however deeply it is wrapped; anything else is not a dependency's fault. */
class DependencyDownTest {

    @Test
    void aQueryAxonServerCouldNotCarryIsAxonServerDown() {
        // what a page's query met with Axon Server stopped (found running the compose topology by hand)
        Throwable failure = new CompletionException(new AxonServerQueryDispatchException("AXONIQ-0001", "UNAVAILABLE"));

        assertThat(DependencyDown.in(failure)).contains(DependencyDown.MESSAGING);
        assertThat(DependencyDown.problemFor(failure)).hasValueSatisfying(answer -> {
            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getBody().getProperties()).containsEntry("rule", "messaging-unavailable");
        });
    }

    @Test
    void aLostDatabaseConnectionIsTheDatabaseDown() {
        assertThat(DependencyDown.in(new IllegalStateException(new SQLException("refused", "08001"))))
                .contains(DependencyDown.DATABASE);
    }

    @Test
    void aFaultOfTheLedgerItselfIsNoDependencyDown() {
        assertThat(DependencyDown.in(new CompletionException(new IllegalStateException("a bug")))).isEmpty();
        assertThat(DependencyDown.in(new SQLException("duplicate key", "23505"))).isEmpty();
    }
}
