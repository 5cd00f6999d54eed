package org.relationstimeline.countries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartyMentionsTest {
    private static final PartyMentions MENTIONS =
            new PartyMentions(CountryRegistry.loadDefault().all());

    @Test
    void phrasesCoverNamesAliasesDemonymsAndCapitals() {
        Map<String, Party> phrases = MENTIONS.phrases();
        assertThat(phrases.get("Algeria").code()).isEqualTo("DZ");
        assertThat(phrases.get("Algerian").code()).isEqualTo("DZ");
        assertThat(phrases.get("Algiers").code()).isEqualTo("DZ");
        assertThat(phrases.get("Russian Federation").code()).isEqualTo("RU");
        assertThat(phrases.get("USSR").code()).isEqualTo("SU");
        assertThat(phrases.get("U.S.").code()).isEqualTo("US");
        assertThat(phrases.get("US").code()).isEqualTo("US");
        assertThat(phrases.get("Emirati").code()).isEqualTo("AE");
        assertThat(phrases.get("East Berlin").code()).isEqualTo("DD");
        assertThat(phrases).doesNotContainKeys("Congolese", "Korean", "RU", "NO");
    }

    @Test
    void longerPhrasesComeFirst() {
        List<String> phrases = List.copyOf(MENTIONS.phrases().keySet());
        assertThat(phrases.indexOf("South Sudan")).isLessThan(phrases.indexOf("Sudan"));
        for (int i = 1; i < phrases.size(); i++) {
            assertThat(phrases.get(i).length())
                    .isLessThanOrEqualTo(phrases.get(i - 1).length());
        }
    }

    @Test
    void mentionsAreWholeWordsCaseSensitiveLongestFirstInOrder() {
        String text =
                "South Sudan and Sudan met in Moscow; the Russians told us (the U.S. too) nothing. Sudanese? Algerias.";
        assertThat(MENTIONS.in(text))
                .extracting(m -> m.party().code() + ":" + m.phrase() + "@" + m.start())
                .containsExactly("SS:South Sudan@0", "SD:Sudan@16", "RU:Moscow@29", "US:U.S.@63", "SD:Sudanese@82");
    }
}
