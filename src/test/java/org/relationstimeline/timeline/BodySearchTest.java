package org.relationstimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What search keeps of a body is held packed, and gives back exactly what it was given. */
class BodySearchTest {
    private static final String TERMS =
            "talks in paris cote divoire ivoire \u0431\u0435\u0441\u0435\u0434\u0430 \u4f1a\u8c08";
    private static final String SNIPPET =
            "Talks in Paris \u2014 and C\u00f4te d\u2019Ivoire. \ud83c\udf0d " + "More. ".repeat(200);

    @Test
    void termsAndSnippetComeBackAsGivenAndPackedSmaller() {
        BodySearch b = new BodySearch(TERMS, SNIPPET);
        assertThat(b.terms()).isEqualTo(TERMS);
        assertThat(b.snippet()).isEqualTo(SNIPPET);
        assertThat(b.termList())
                .startsWith("talks", "in", "paris")
                .endsWith("\u4f1a\u8c08")
                .hasSize(8);
        int utf8 = (TERMS + SNIPPET).getBytes(StandardCharsets.UTF_8).length;
        assertThat(b.packed().length).isLessThan(utf8 / 2);
        assertThat(BodySearch.EMPTY.termList()).isEmpty();
        assertThat(BodySearch.EMPTY.snippet()).isEmpty();
        assertThat(new BodySearch("", "Only a snippet.").termList()).isEmpty();
    }

    @Test
    void whatTheCacheKeepsGivesTheSameBackAndIsEqual() {
        BodySearch b = new BodySearch(TERMS, SNIPPET);
        BodySearch read = BodySearch.ofPacked(b.packed(), b.termsBytes(), b.snippetBytes());
        assertThat(read).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(read.snippet()).isEqualTo(SNIPPET);
        assertThat(new BodySearch(TERMS, SNIPPET + "!")).isNotEqualTo(b);
        // The packed bytes handed out are a copy
        b.packed()[0] ^= 1;
        assertThat(b.terms()).isEqualTo(TERMS);
    }

    @Test
    void packedBytesThatDoNotHoldWhatTheySayAreRefused() {
        BodySearch b = new BodySearch(TERMS, SNIPPET);
        byte[] damaged = b.packed();
        damaged[damaged.length / 2] ^= 0x55;
        damaged[damaged.length / 3] ^= 0x2a;
        assertThatThrownBy(() -> BodySearch.ofPacked(damaged, b.termsBytes(), b.snippetBytes())
                        .snippet())
                .isInstanceOf(IllegalStateException.class);
        // A stream that inflates to more than the lengths say is not read past them
        assertThatThrownBy(() ->
                        BodySearch.ofPacked(b.packed(), b.termsBytes(), 10).snippet())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BodySearch.ofPacked(b.packed(), b.termsBytes(), b.snippetBytes() + 1)
                        .snippet())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BodySearch.ofPacked(b.packed(), -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
