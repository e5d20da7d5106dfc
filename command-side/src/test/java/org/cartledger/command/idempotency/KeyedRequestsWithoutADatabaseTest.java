package org.cartledger.command.idempotency;

/** No database at all (the command side alone, as compose runs it today): the trainee's record is the only check. */
class KeyedRequestsWithoutADatabaseTest extends KeyedRequestsOffTheJdbcStore {

    @Override
    Class<?>[] configuration() {
        return new Class<?>[0];
    }
}
