package org.cartledger.runtime.defaults;

import java.time.Clock;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.cartledger.runtime.problem.MalformedRequestAdvice;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** What every side gets without scanning for it: the shared problem responses, the clock, serializer settings. */
@AutoConfiguration
@Import(MalformedRequestAdvice.class)
public class LedgerRuntimeAutoConfiguration {

    /** The server's clock decides what "now", "today" and "in the future" mean; tests replace it. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Lets Axon's Jackson 3 serializer read back the tokens it wrote. A replay token (what a read
     * model rebuild starts from) names its parts' classes, and Jackson 3 refuses class names for
     * fields typed {@code Object} unless told which ones are safe: Axon's own, and nothing else.
     */
    @Bean
    public Jackson3SerializerCustomizer axonTokenTypes() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .build());
    }
}
