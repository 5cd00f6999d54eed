package org.relationstimeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relationstimeline.timeline.BodyLink;

/** The scan that spares most bodies a Markdown parse: it may say "maybe" too often, never "no" wrongly. */
class BodyLinksScanTest {
    @Test
    void bodiesWithOnlyWebLinksOrNoLinksAreRuledOut() {
        assertThat(BodyLinks.mayHoldOne("")).isFalse();
        assertThat(BodyLinks.mayHoldOne("Plain text [in brackets] and a > sign."))
                .isFalse();
        assertThat(BodyLinks.mayHoldOne("See [the report](https://example.org/r) and <https://example.org>."))
                .isFalse();
        assertThat(BodyLinks.mayHoldOne("[a]( <mailto:x@example.org>) [b](#notes)\n\n[c]: https://example.org"))
                .isFalse();
        assertThat(BodyLinks.mayHoldOne("Ends with a bracket]")).isFalse();
    }

    @Test
    void anyOtherDestinationOrAngleBracketIsAMaybe() {
        assertThat(BodyLinks.mayHoldOne("See [the visit](../2020/visit.md).")).isTrue();
        assertThat(BodyLinks.mayHoldOne("[a](https://example.org) then [b](/relations/fr-de/)"))
                .isTrue();
        assertThat(BodyLinks.mayHoldOne("[ref]: entries/x.md")).isTrue();
        assertThat(BodyLinks.mayHoldOne("[a](  <ftp://example.org>)")).isTrue();
        assertThat(BodyLinks.mayHoldOne("text <b>bold</b> after [c](https://example.org)"))
                .isTrue();
        assertThat(BodyLinks.mayHoldOne("[a](https://example.org) <http:x> ]")).isTrue();
        assertThat(BodyLinks.mayHoldOne("<")).isTrue();
    }

    @Test
    void whatItFindsAgreesWithTheParse() {
        assertThat(BodyLinks.of("See [the visit](../2020/visit.md) and [web](https://example.org)."))
                .extracting(BodyLink::destination)
                .containsExactly("../2020/visit.md");
        assertThat(BodyLinks.of("Only [web](https://example.org).")).isEmpty();
    }
}
