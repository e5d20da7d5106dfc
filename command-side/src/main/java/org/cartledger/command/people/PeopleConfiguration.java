package org.cartledger.command.people;

import org.cartledger.http.security.KnownUsers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PeopleConfiguration {

    /**
     * The rules about named people, over the users the process knows: those the ledger keeps, where it keeps
     * some (ledger-launcher), otherwise only the person signed in. Given to the aggregate's handlers as a parameter.
     */
    @Bean
    public NamedPeople namedPeople(ObjectProvider<KnownUsers> users) {
        return new NamedPeople(users.getIfAvailable(SignedInPersonOnly::new));
    }
}
