package org.cartledger.http.defaults;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Puts Axon's JDBC stores (event store, token store, dead-letter queues) and its transaction manager
 * after Spring Boot's DataSource and transaction manager; it holds no beans. Axon 4.13 orders itself
 * after Boot 3's class names, which Boot 4 moved; only Hibernate's auto-configuration happened to sit in
 * between, and without it Axon looked first, found no DataSource and no transaction manager, and fell
 * back, with no error, to an in-memory token store and to no transactions at all (the one-process
 * ledger also lost its event store). Names, not classes: the command side on Axon Server has no JDBC,
 * and there this orders nothing.
 */
@AutoConfiguration(
        afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"},
        beforeName = {"org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration"})
public class AxonAfterSpringJdbc {
}
