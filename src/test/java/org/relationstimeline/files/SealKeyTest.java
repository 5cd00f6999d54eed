package org.relationstimeline.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RT_SEAL_KEY: a CI secret as the seal's key, so state cached between runs can be verified. */
class SealKeyTest {
    private static final String SECRET = "3f1c0a9e5b7d2c4e6f8a0b1c2d3e4f5a";

    @Test
    void aLongSecretGivesTheSameKeyEveryTimeAndAnotherSecretAnother() {
        assertThat(Seal.keyFrom(SECRET)).get().isEqualTo(Seal.keyFrom(SECRET).orElseThrow());
        assertThat(Seal.keyFrom(SECRET).orElseThrow()).hasSize(32);
        assertThat(Seal.keyFrom(SECRET + "x").orElseThrow())
                .isNotEqualTo(Seal.keyFrom(SECRET).orElseThrow());
    }

    @Test
    void aShortOrMissingSecretIsIgnored() {
        assertThat(Seal.keyFrom(null)).isEmpty();
        assertThat(Seal.keyFrom("")).isEmpty();
        assertThat(Seal.keyFrom("short-secret")).isEmpty();
        assertThat(Seal.keyFrom("   " + SECRET.substring(1) + "   ")).isEmpty();
    }
}
