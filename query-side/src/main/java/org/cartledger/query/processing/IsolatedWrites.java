package org.cartledger.query.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a projection's writes for one event behind a savepoint. Axon handles an event, and dead-letters
 * it when the handler fails, in one transaction: without the savepoint, a failed statement would leave
 * PostgreSQL's transaction aborted and the dead letter could not be written, so the event would be
 * retried forever and hold up its whole segment. The projections write with plain SQL (JdbcTemplate)
 * for the same reason: JPA would mark the whole transaction rollback-only on any error, and nothing can
 * clear that mark; Hibernate's JPA dialect offers no savepoints.
 */
@Component
public class IsolatedWrites {

    private final DataSource dataSource;

    public IsolatedWrites(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void run(Runnable writes) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            writes.run();
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                writes.run();
            } catch (RuntimeException e) {
                connection.rollback(savepoint);
                throw e;
            }
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set or roll back to a savepoint", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
