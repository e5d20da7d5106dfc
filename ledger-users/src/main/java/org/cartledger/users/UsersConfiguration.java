package org.cartledger.users;

import org.cartledger.schema.ModuleSchema;
import org.cartledger.schema.ModuleSchema.FormerMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The users module in a ledger that imports it: accounts and roles (with password sign-in), failed
 * sign-ins and lockouts, and the people the command side may name.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class UsersConfiguration {

    /** Accounts and roles, one account per trainee with signers seen in tokens, sign-in events: 3.1, 4.1, 4.4 in the single history. */
    @Bean
    public ModuleSchema usersTables() {
        return ModuleSchema.of("users", 30, FormerMigration.was(1, "3.1", -632573850),
                FormerMigration.was(2, "4.1", -519491892), FormerMigration.was(3, "4.4", 1273601713));
    }
}
