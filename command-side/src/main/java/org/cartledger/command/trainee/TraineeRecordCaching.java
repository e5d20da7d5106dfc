package org.cartledger.command.trainee;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps trainee records that were loaded in memory, so that a command does not replay the trainee's whole
 * history first: with 5,000 entries that replay cost about 290 ms per command (issue 10). Axon puts a record
 * back only when its unit of work commits and drops it when one rolls back, so the cache never holds an
 * entry the ledger refused. Weak references: the garbage collector takes back records nobody is using,
 * which are then replayed once more when next needed. On the scale-out deployment Axon Server sends all of
 * one trainee's commands to the same command side, so each instance's cache sees every change to its records.
 */
@Configuration(proxyBeanMethods = false)
class TraineeRecordCaching {

    static final String CACHE = "traineeRecordCache";

    @Bean(CACHE)
    Cache traineeRecordCache() {
        return new WeakReferenceCache();
    }
}
