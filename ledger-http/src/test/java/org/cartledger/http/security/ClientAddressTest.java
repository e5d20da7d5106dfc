package org.cartledger.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Where a sign-in comes from: X-Forwarded-For is believed from trusted proxies only, and only as far as they vouch. */
class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertThat(ClientAddress.of(request("203.0.113.9", "198.51.100.1"), Set.of())).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of(request("203.0.113.9", "198.51.100.1"), PROXY)).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressTheProxyAdded() {
        assertThat(ClientAddress.of(request("10.0.0.5", "198.51.100.1"), PROXY)).isEqualTo("198.51.100.1");
        // whatever the client wrote itself, to the left, is not believed
        assertThat(ClientAddress.of(request("10.0.0.5", "1.2.3.4, 198.51.100.1"), PROXY)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of(request("10.0.0.5", "198.51.100.1, 10.0.0.5"), PROXY)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of(request("10.0.0.5", null), PROXY)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.of(request("10.0.0.5", "not-an-address"), PROXY)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.of(request("10.0.0.5", "[2001:db8::1]"), PROXY)).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void aNameIsNeverLookedUpAndATrustedProxyMustBeAnAddress() {
        assertThat(ClientAddress.normalised("localhost")).isNull();
        assertThat(ClientAddress.normalised("abc")).isNull();
        assertThatThrownBy(() -> ClientAddress.source(List.of("proxy.hospital.example"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static MockHttpServletRequest request(String remoteAddress, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remoteAddress);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
