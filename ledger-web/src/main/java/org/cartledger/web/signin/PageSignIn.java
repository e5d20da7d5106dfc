package org.cartledger.web.signin;

import java.util.List;

/**
 * How people sign in to the pages, for the pages to say so: with a password the ledger keeps (the
 * embedded default), or through the hospital's OpenID Connect provider(s), which then keep the
 * accounts and roles (and the ledger's password pages are not served). The pages read it as the bean
 * {@code pageSignIn} (the navigation links the password pages only where the ledger keeps the accounts).
 *
 * @param providers the providers offered on the sign-in page, in the order configured; empty for password sign-in
 */
public record PageSignIn(List<Provider> providers) {

    /** A provider as the sign-in page offers it: its registration id (in the sign-in link) and its name. */
    public record Provider(String registrationId, String name) {
    }

    public PageSignIn {
        providers = List.copyOf(providers);
    }

    public static PageSignIn withPasswords() {
        return new PageSignIn(List.of());
    }

    /** True where the ledger keeps the accounts (own password, the administrator's Users page). */
    public boolean ledgerKeepsAccounts() {
        return providers.isEmpty();
    }
}
