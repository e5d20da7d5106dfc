package org.cartledger.http.security;

/**
 * Where sign-in events are kept for the administrator, besides the log: the launcher appends them
 * to its database ({@code sign_in_event}).
 */
public interface SignInEventStore {

    /** Keeps the event; may throw if the store is unreachable (the sign-in's answer does not change). */
    void append(SignInEvent event);
}
