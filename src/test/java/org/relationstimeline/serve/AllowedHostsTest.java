package org.relationstimeline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Host headers the preview answers: loopback names always; IP addresses only when it listens
 * on the network, since a browser sends an address only when asked for it, which a DNS-rebinding
 * page cannot do; a DNS name never.
 */
class AllowedHostsTest {
    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8080", "127.0.0.1:8080", "[::1]:8080", "preview.localhost:1"})
    void loopbackNamesAreAlwaysAnswered(String host) {
        assertThat(AllowedHosts.LOOPBACK_NAMES.allows(host)).isTrue();
        assertThat(AllowedHosts.LOOPBACK_NAMES_AND_IP_ADDRESSES.allows(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.20:8080", "192.168.1.20", "10.0.0.5:80", "[fd00::5]:8080", "[fe80::1]"})
    void ipAddressesAreAnsweredOnlyWhenListeningOnTheNetwork(String host) {
        assertThat(AllowedHosts.LOOPBACK_NAMES.allows(host)).isFalse();
        assertThat(AllowedHosts.LOOPBACK_NAMES_AND_IP_ADDRESSES.allows(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "attacker.example",
                "attacker.example:8080",
                "192.168.1.20.nip.io:8080",
                "127.0.0.1.attacker.example",
                "attacker.example:80@192.168.1.20",
                "192.168.1.20:80@attacker.example",
                "192.168.1.20:x",
                "[fd00::5]attacker",
                "[fd00::5"
            })
    void namesAreNeverAnswered(String host) {
        assertThat(AllowedHosts.LOOPBACK_NAMES_AND_IP_ADDRESSES.allows(host))
                .as(host)
                .isFalse();
        assertThat(AllowedHosts.LOOPBACK_NAMES.allows(host)).as(host).isFalse();
    }
}
