package org.cartledger.http.security;

import java.time.Instant;

/**
 * Something that happened at sign-in and that an administrator should be able to see later: a
 * failure, a lockout, a sign-in refused by one, a lockout lifted. Never a password.
 *
 * @param kind          what happened
 * @param at            when
 * @param userId        the user id that was tried (as sent, made printable and at most {@link #MAX_USER_ID} long;
 *                      it need not exist), or null for an address's lockout lifted
 * @param clientAddress where the attempt came from, or null for a lift
 * @param lock          which lockout, for LOCKED, REFUSED_WHILE_LOCKED and LOCKOUT_LIFTED
 * @param lockedUntil   when that lockout ends, for LOCKED and REFUSED_WHILE_LOCKED
 * @param attempts      FAILED: wrong passwords in a row for the user id; LOCKED: the how-many-th lockout in a row;
 *                      REFUSED_WHILE_LOCKED: attempts refused since the last such event; SUCCEEDED_AFTER_FAILURES:
 *                      the wrong passwords before it
 * @param actedBy       who lifted a lockout
 */
public record SignInEvent(Kind kind, Instant at, String userId, String clientAddress, Lock lock, Instant lockedUntil,
                          Integer attempts, String actedBy) {

    /** Longer user ids are cut (and marked so): they are not anyone's, and must not fill the log or the table. */
    public static final int MAX_USER_ID = 100;

    public enum Kind {
        /** a wrong password, or a user id that does not exist (the two are not told apart) */
        FAILED,
        /** too many failures: the user id or the address is locked */
        LOCKED,
        /** a sign-in refused because of a lockout, without checking its password */
        REFUSED_WHILE_LOCKED,
        /** the right password after one or more wrong ones (perhaps guessed: worth a look) */
        SUCCEEDED_AFTER_FAILURES,
        /** an administrator ended a lockout early */
        LOCKOUT_LIFTED
    }

    /** What a lockout holds: a user id (from any address), or a client address (for any user id). */
    public enum Lock {
        USER, ADDRESS
    }

    static SignInEvent failed(Instant at, String userId, String address, int failuresInARow) {
        return new SignInEvent(Kind.FAILED, at, userId, address, null, null, failuresInARow, null);
    }

    static SignInEvent locked(Instant at, String userId, String address, Lock lock, Instant until, int lockoutsInARow) {
        return new SignInEvent(Kind.LOCKED, at, userId, address, lock, until, lockoutsInARow, null);
    }

    static SignInEvent refused(Instant at, String userId, String address, Lock lock, Instant until, int refused) {
        return new SignInEvent(Kind.REFUSED_WHILE_LOCKED, at, userId, address, lock, until, refused, null);
    }

    static SignInEvent succeededAfterFailures(Instant at, String userId, String address, int failures) {
        return new SignInEvent(Kind.SUCCEEDED_AFTER_FAILURES, at, userId, address, null, null, failures, null);
    }

    static SignInEvent lifted(Instant at, Lock lock, String userId, String address, String by) {
        return new SignInEvent(Kind.LOCKOUT_LIFTED, at, userId, address, lock, null, null, by);
    }

    /**
     * A user id as sent, safe to keep and to print: control, format and other invisible characters
     * (NUL, CR/LF, bidirectional overrides, unpaired surrogates) are written as {@code \\uXXXX}, so
     * that nothing can forge a log line or be refused by PostgreSQL, and it is cut after
     * {@link #MAX_USER_ID} characters.
     */
    public static String printable(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length() && out.length() <= MAX_USER_ID; i++) {
            char c = raw.charAt(i);
            int type = Character.getType(c);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                out.append(c).append(raw.charAt(++i));
            } else if (c == '\\' || type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() <= MAX_USER_ID) {
            return out.toString();
        }
        out.setLength(MAX_USER_ID - 1);
        if (Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
        return out.append('…').toString();
    }
}
