package org.cartledger.runtime.defaults;

import java.time.Clock;
import org.cartledger.runtime.problem.MalformedRequestAdvice;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** What every side gets without scanning for it: the shared problem responses and the clock. */
@AutoConfiguration
@Import(MalformedRequestAdvice.class)
public class LedgerRuntimeAutoConfiguration {

    /** The server's clock decides what "now", "today" and "in the future" mean; tests replace it. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
