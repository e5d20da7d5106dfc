package org.cartledger.users;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The users module in a ledger that imports it: accounts and roles (with password sign-in), failed
 * sign-ins and lockouts, and the people the command side may name.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class UsersConfiguration {
}
