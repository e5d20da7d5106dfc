package org.cartledger.users;

import static org.cartledger.api.recording.LedgerRole.ADMIN;
import static org.cartledger.api.recording.LedgerRole.AUDITOR;
import static org.cartledger.http.security.AccessRule.SIGNED_IN;
import static org.cartledger.http.security.AccessRule.delete;
import static org.cartledger.http.security.AccessRule.get;
import static org.cartledger.http.security.AccessRule.post;
import static org.cartledger.http.security.AccessRule.put;

import org.cartledger.http.security.AccessRuleSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may manage users and sign-in lockouts: the users module's part of the role matrix. */
@Configuration(proxyBeanMethods = false)
public class UsersAccess {

    public static final AccessRuleSet RULES = AccessRuleSet.of("ledger-users",
            // users of the embedded default (password sign-in); auditors may see who holds which role
            get("/api/admin/users").to(ADMIN, AUDITOR),
            post("/api/admin/users").to(ADMIN),
            post("/api/admin/users/{userId}/roles").to(ADMIN),
            put("/api/admin/users/{userId}/password").to(ADMIN),
            // sign-in throttling (password sign-in): auditors may see who failed to sign in, only the administrator lifts a lockout
            get("/api/admin/sign-in-events").to(ADMIN, AUDITOR),
            get("/api/admin/sign-in-lockouts").to(ADMIN, AUDITOR),
            delete("/api/admin/sign-in-lockouts/users/{userId}").to(ADMIN),
            delete("/api/admin/sign-in-lockouts/addresses/{address}").to(ADMIN),
            // one's own password
            put("/api/me/password").to(SIGNED_IN));

    @Bean
    public AccessRuleSet usersAccessRules() {
        return RULES;
    }
}
