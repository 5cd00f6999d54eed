package org.relationstimeline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** serve --bind: IP addresses as written, never looked up; a warning whenever others can connect. */
class BindAddressTest {
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST", "::1", "[::1]", "127.0.0.2"})
    void loopbackAddressesAreThisComputerOnlyAndNeedNoWarning(String text) {
        BindAddress a = BindAddress.parse(text).orElseThrow();
        assertThat(a.isLoopback()).isTrue();
        assertThat(a.warning()).isEmpty();
        assertThat(a.networkUrls(8080)).isEmpty();
    }

    @Test
    void theDefaultIsOpenedAs127001AndAnotherLoopbackAddressAsItself() {
        assertThat(BindAddress.LOOPBACK.localUrl(8080)).isEqualTo(URI.create("http://127.0.0.1:8080/"));
        assertThat(BindAddress.LOOPBACK.isStandardLoopback()).isTrue();
        BindAddress other = BindAddress.parse("127.0.0.2").orElseThrow();
        assertThat(other.localUrl(8080)).isEqualTo(URI.create("http://127.0.0.2:8080/"));
        assertThat(AllowedHosts.of(other).allows("127.0.0.2:8080")).isTrue();
        assertThat(AllowedHosts.of(BindAddress.LOOPBACK).allows("127.0.0.2:8080"))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "[::]"})
    void theWildcardListensEverywhereAndWarns(String text) {
        BindAddress a = BindAddress.parse(text).orElseThrow();
        assertThat(a.isWildcard()).isTrue();
        assertThat(a.localUrl(8080)).isEqualTo(URI.create("http://127.0.0.1:8080/"));
        assertThat(a.warning())
                .get()
                .asString()
                .startsWith("warning: the preview is reachable from every network")
                .contains("anyone there can read it");
        assertThat(a.networkUrls(8080)).allSatisfy(u -> assertThat(u.toString()).matches("http://[0-9.]+:8080/"));
    }

    @Test
    void oneAddressIsServedAndOpenedAtThatAddress() {
        BindAddress a = BindAddress.parse("192.168.1.20").orElseThrow();
        assertThat(a.isLoopback()).isFalse();
        assertThat(a.localUrl(8080)).isEqualTo(URI.create("http://192.168.1.20:8080/"));
        assertThat(a.networkUrls(8080)).containsExactly(URI.create("http://192.168.1.20:8080/"));
        assertThat(a.warning()).get().asString().contains("the network of 192.168.1.20");
        assertThat(BindAddress.parse("fd00::5").orElseThrow().localUrl(80))
                .isEqualTo(URI.create("http://[fd00:0:0:0:0:0:0:5]:80/"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "example.org",
                "my-laptop",
                "999.1.1.1",
                "1.2.3",
                "1.2.3.4.5",
                "0.0.0.0:8080",
                "http://0.0.0.0",
                "::g",
                "01.2.3.4",
                "1.2.3.4x"
            })
    void namesAndMalformedAddressesAreRefusedWithoutALookup(String text) {
        assertThat(BindAddress.parse(text)).as("'%s'", text).isEmpty();
    }
}
