package org.cartledger.users.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import org.cartledger.http.problem.Refusal;
import org.cartledger.http.security.ConditionalOnPasswordSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On the first start (no users yet), creates the user {@code admin} with the role ADMIN, before the
 * ledger takes any request. Its password is {@code ledger.security.admin-password} if set, or else
 * one generated here and printed once in the log: there is no default password to guess.
 */
@Component
@ConditionalOnPasswordSignIn
class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final LedgerUsers users;
    private final String configuredPassword;

    FirstAdmin(LedgerUsers users, @Value("${ledger.security.admin-password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!users.noUsersYet()) {
            return;
        }
        boolean generated = !StringUtils.hasText(configuredPassword);
        String password = generated ? generate() : configuredPassword;
        try {
            if (!users.createFirstAdmin(password)) {
                return;
            }
        } catch (Refusal e) {
            throw new IllegalStateException("ledger.security.admin-password is refused: " + e.getMessage(), e);
        }
        if (generated) {
            log.warn("""

                    ==========================================================================
                    First start: created user '{}' (role ADMIN) with the password

                        {}

                    It is shown this once. Sign in with it, create the ledger's users
                    (POST /api/admin/users), and change it (PUT /api/me/password).
                    ==========================================================================""",
                    LedgerUsers.FIRST_ADMIN, password);
        } else {
            log.info("First start: created user '{}' (role ADMIN) with the password from ledger.security.admin-password",
                    LedgerUsers.FIRST_ADMIN);
        }
    }

    private static String generate() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
