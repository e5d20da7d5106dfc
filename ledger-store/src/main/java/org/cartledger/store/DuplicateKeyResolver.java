package org.cartledger.store;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an event could not be appended because its sequence number on the trainee's
 * record is already taken: PostgreSQL's unique_violation (SQLSTATE 23505) on domain_event_entry.
 * Axon's default resolver looks for {@link java.sql.SQLIntegrityConstraintViolationException},
 * which the PostgreSQL driver never throws, so without this a lost race would surface as a failed
 * command instead of the ConcurrencyException that the command side answers by sending the
 * command again.
 */
class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
