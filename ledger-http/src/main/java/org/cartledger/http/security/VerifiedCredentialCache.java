package org.cartledger.http.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Passwords HTTP Basic has lately checked with bcrypt, so that a client sending the same one with every
 * request pays bcrypt once per {@code ttl}, not once per request ("Remembered passwords" in
 * docs/sign-in-and-roles.md says why this is safe).
 *
 * <p>For each user id it keeps HMAC-SHA256, under a key made at start and never stored, of the id and
 * the password; the account as it was checked ({@link AccountStamp}); and when. Never the password, and
 * never anything about a wrong one: only what bcrypt accepted is remembered. An entry is good for
 * {@code ttl} from its bcrypt check (a hit does not extend it), the oldest goes first beyond
 * {@code maxEntries}, and a change to the account forgets it ({@link #forget}); the caller also compares
 * the stamp with the account as it is now, which sees changes this process did not make.
 */
public final class VerifiedCredentialCache {

    private static final String HMAC = "HmacSHA256";

    private final VerifiedCredentialCacheProperties settings;
    private final Clock clock;
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;
    /** By user id, in the order they were checked: the eldest is the first to expire and to go. */
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public VerifiedCredentialCache(VerifiedCredentialCacheProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** What bcrypt accepted for this id and password within the ttl, if anything: compared in constant time. */
    public Optional<Remembered> recall(String userId, String password) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        byte[] presented = mac(userId, password);
        Entry entry;
        synchronized (this) {
            entry = entries.get(userId);
            if (entry != null && expired(entry)) {
                entries.remove(userId);
                entry = null;
            }
        }
        // a wrong password leaves the entry as it is: a guesser must not be able to make the owner pay bcrypt again
        return entry != null && MessageDigest.isEqual(entry.mac, presented) ? Optional.of(entry.remembered) : Optional.empty();
    }

    /** After bcrypt accepted this password for this account: the id's earlier entry, if any, is replaced. */
    public void remember(String userId, String password, UserDetails checked, Collection<? extends GrantedAuthority> authorities) {
        if (!settings.enabled() || settings.maxEntries() == 0) {
            return;
        }
        Entry entry = new Entry(mac(userId, password),
                new Remembered(AccountStamp.of(checked), List.copyOf(authorities), clock.instant()));
        synchronized (this) {
            entries.remove(userId);
            entries.put(userId, entry);
            for (Iterator<Entry> eldest = entries.values().iterator(); eldest.hasNext(); ) {
                Entry next = eldest.next();
                if (entries.size() <= settings.maxEntries() && !expired(next)) {
                    break;
                }
                eldest.remove();
            }
        }
    }

    /** The account changed (a password, roles, a lockout): its next request is checked with bcrypt. */
    public synchronized void forget(String userId) {
        entries.remove(userId);
    }

    /** Whether a password of this user id is remembered now; says nothing about which. */
    public synchronized boolean remembers(String userId) {
        Entry entry = entries.get(userId);
        return entry != null && !expired(entry);
    }

    synchronized int size() {
        return entries.size();
    }

    private boolean expired(Entry entry) {
        return !clock.instant().isBefore(entry.remembered.checkedAt().plus(settings.ttl()));
    }

    /** HMAC of the id, a zero byte and the password: entries are found by id, so no other id and password share it. */
    private byte[] mac(String userId, String password) {
        Mac mac = macs.get();
        mac.update(userId.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK offers no " + HMAC, e);
        }
    }

    /** The HMAC of the id and password bcrypt accepted, and what that check found. */
    private record Entry(byte[] mac, Remembered remembered) {
    }

    /**
     * A password bcrypt accepted.
     *
     * @param account     the account it was checked against
     * @param authorities what that sign-in was granted, given again to each request it lets in
     * @param checkedAt   when bcrypt checked it
     */
    public record Remembered(AccountStamp account, List<GrantedAuthority> authorities, Instant checkedAt) {

        /** Whether the account is still the one that was checked: the same password hash, roles, and still usable. */
        public boolean stillHolds(UserDetails current) {
            return current != null && account.equals(AccountStamp.of(current));
        }
    }

    /**
     * What a password check depends on: the hash it was checked against, who the account is (for the ledger's
     * users, the principal with its roles and trainee id), its authorities, and whether it may sign in at all.
     */
    public record AccountStamp(String passwordHash, Object who, Set<String> authorities, boolean usable) {

        static AccountStamp of(UserDetails user) {
            Object who = user instanceof LedgerUserDetails ledgerUser ? ledgerUser.principal() : user.getUsername();
            Set<String> authorities = new TreeSet<>();
            user.getAuthorities().forEach(authority -> authorities.add(authority.getAuthority()));
            return new AccountStamp(user.getPassword(), who, authorities, user.isEnabled() && user.isAccountNonLocked()
                    && user.isAccountNonExpired() && user.isCredentialsNonExpired());
        }
    }
}
