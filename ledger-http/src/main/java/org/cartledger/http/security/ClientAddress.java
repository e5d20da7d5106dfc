package org.cartledger.http.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * Where a sign-in comes from: the address of the connection ({@code request.getRemoteAddr()}),
 * unless that is one of the configured trusted proxies, in which case the client is the rightmost
 * address in X-Forwarded-For that is not itself a trusted proxy. Addresses to the left of that were
 * written by the client and prove nothing, so they are never used; without trusted proxies the
 * header is ignored altogether, since anyone can send it.
 *
 * @param value the address, as the JDK writes it (IPv6 in full, e.g. 0:0:0:0:0:0:0:1)
 */
public record ClientAddress(String value) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?");
    /** Where a request came from when its connection gives no IP address; counted, listed and lifted like one. */
    public static final String UNKNOWN = "unknown";

    /** Takes each sign-in's address from its request, believing X-Forwarded-For only from {@code trustedProxies}. */
    static AuthenticationDetailsSource<HttpServletRequest, ClientAddress> source(List<String> trustedProxies) {
        Set<String> trusted = trustedProxies.stream().map(ClientAddress::normalised)
                .filter(address -> address != null).collect(Collectors.toUnmodifiableSet());
        if (trusted.size() != trustedProxies.size()) {
            throw new IllegalArgumentException("ledger.security.sign-in.trusted-proxies must list IP addresses, not " + trustedProxies);
        }
        return request -> new ClientAddress(of(request, trusted));
    }

    static String of(HttpServletRequest request, Set<String> trustedProxies) {
        String connection = normalised(request.getRemoteAddr());
        String client = connection == null ? UNKNOWN : connection;
        if (!trustedProxies.contains(client)) {
            return client;
        }
        List<String> forwarded = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                forwarded.add(hop.trim());
            }
        }
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = normalised(forwarded.get(i));
            if (hop == null) {
                // not an address: the proxy before it did not write this, so nothing from here on is believed
                return client;
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                return client;
            }
        }
        return client;
    }

    /** An IP address literal in the JDK's form, or null if it is not one (never a name to look up). */
    public static String normalised(String address) {
        if (address == null || address.length() > 64 || !(IPV4.matcher(address).matches() || IPV6.matcher(address).matches())) {
            return null;
        }
        try {
            String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
            return InetAddress.getByName(literal).getHostAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    static String of(Object authenticationDetails) {
        return authenticationDetails instanceof ClientAddress address ? address.value() : UNKNOWN;
    }
}
