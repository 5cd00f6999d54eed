package org.relationstimeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTest {
    @Test
    void markupCharactersAreEscaped() {
        assertThat(Xml.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void charactersNoFileMayCarryAreReplacedNeverWritten() {
        assertThat(Xml.escape("a\u0000b\u0007c\uFFFEd\ud800e\u001bf\u0085g\u007fh\uFDD0i"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi");
    }

    @Test
    void aLoneSurrogateIsReplacedWhereverItStands() {
        assertThat(Xml.escape("\ud800")).isEqualTo("\uFFFD");
        assertThat(Xml.escape("x\udc00")).isEqualTo("x\uFFFD");
        assertThat(Xml.escape("\udc00\ud83c")).isEqualTo("\uFFFD\uFFFD");
        assertThat(Xml.escape("\ud83c\udde9")).isEqualTo("\ud83c\udde9");
    }

    @Test
    void tabsLineBreaksAndAstralCharactersAreKept() {
        assertThat(Xml.escape("a\tb\nc 🇩🇿")).isEqualTo("a\tb\nc 🇩🇿");
    }
}
