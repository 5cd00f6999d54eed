package org.relationstimeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTest {
    @Test
    void markupCharactersAreEscaped() {
        assertThat(Xml.escape("<a href=\"x\">&</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        assertThat(Xml.escape("a\u0000b\u0007c\uFFFEd\ud800e")).isEqualTo("abcde");
    }

    @Test
    void tabsLineBreaksAndAstralCharactersAreKept() {
        assertThat(Xml.escape("a\tb\nc 🇩🇿")).isEqualTo("a\tb\nc 🇩🇿");
    }
}
