package org.relationstimeline.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relationstimeline.testing.GeneratedCorpus;
import org.relationstimeline.timeline.Entry;

class SearchTokenizerTest {
    @Test
    void accentsAndCaseAreFoldedAway() {
        assertThat(SearchTokenizer.terms("Détente in ZÜRICH, São Tomé"))
                .containsExactly("detente", "in", "zurich", "sao", "tome");
    }

    @Test
    void compatibilityFormsBecomePlainLettersAndDigits() {
        assertThat(SearchTokenizer.terms("ﬁnance ２０２３")).containsExactly("finance", "2023");
    }

    @Test
    void lettersWithoutADecompositionAreFoldedByHand() {
        assertThat(SearchTokenizer.terms("Straße Øresund Łódź Þingvellir"))
                .containsExactly("strasse", "oresund", "lodz", "thingvellir");
    }

    @Test
    void aWordWithAnApostropheIsFoundByItsPartsAndJoined() {
        assertThat(SearchTokenizer.terms("Côte d’Ivoire")).containsExactly("cote", "ivoire", "divoire");
        assertThat(SearchTokenizer.terms("Russia's navy")).containsExactly("russia", "russias", "navy");
    }

    @Test
    void queryWordsSplitAtApostrophesAndDropSingleLetters() {
        assertThat(SearchTokenizer.queryTerms("Russia's d'Ivoire a b")).containsExactly("russia", "ivoire");
    }

    @Test
    void longWordsAreCutToTheSameLengthOnBothSides() {
        String word = "a".repeat(50);
        assertThat(SearchTokenizer.terms(word)).containsExactly("a".repeat(SearchTokenizer.MAX_LENGTH));
        assertThat(SearchTokenizer.queryTerms(word)).containsExactly("a".repeat(SearchTokenizer.MAX_LENGTH));
    }

    @Test
    void aQueryIsReadAsItsFirstDistinctWordsUpToTheLimit() {
        assertThat(SearchTokenizer.queryTerms("one two one three four five six seven"))
                .hasSize(SearchTokenizer.MAX_QUERY_WORDS)
                .containsExactly("one", "two", "three", "four", "five", "six");
    }

    @Test
    void theQueryRulesNameTheLimitsTheJavaSideUses() {
        var rules = SearchTokenizer.queryRules();
        assertThat(rules)
                .containsEntry("normalization", "NFKD")
                .containsEntry("minLength", SearchTokenizer.MIN_LENGTH)
                .containsEntry("maxLength", SearchTokenizer.MAX_LENGTH)
                .containsEntry("maxWords", SearchTokenizer.MAX_QUERY_WORDS);
        assertThat(rules.get("folds")).asList().contains(List.of("ß", "ss"));
    }

    @Test
    void markupIsNotAWord() {
        assertThat(SearchTokenizer.terms("<script>alert('x')</script>")).containsExactly("script", "alert");
    }

    @Test
    void everyWordOfATitleTypedAsAQueryIsATermOfThatTitle() {
        for (Entry e : GeneratedCorpus.entries(500, 7)) {
            assertThat(SearchTokenizer.terms(e.title()))
                    .as(e.title())
                    .containsAll(SearchTokenizer.queryTerms(e.title()));
        }
        assertThat(SearchTokenizer.terms("Côte d’Ivoire")).containsAll(SearchTokenizer.queryTerms("Côte d’Ivoire"));
    }

    /**
     * The tokenizer reads text by hand, run by run, for speed; the rules are these regular
     * expressions over the whole text, which it must agree with on any text.
     */
    @Test
    void readsEveryTextAsTheRegularExpressionsOfItsRulesDo() {
        int[] alphabet =
                ("aZ09 ,.-'\u2019\u2014\u00e9\u0301\u00c9\u00df\u1e9e\u00e6\u0152\u00f8\u00d8\u0142\u0138\u017f"
                                + "\u0130\u0131\u03a3\u03c3\u03c2\u0391\u0398\u0399\u042f\u0627\u064e\u05d0\u05b8\u0915\u093f"
                                + "\u4e2d\uff11\uff41\ufb01\u00bd\u00b2\u2163\u200b\u00ad\ud83d\ude00\ud835\udc00")
                        .codePoints()
                        .toArray();
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            String t = text.toString();
            assertThat(SearchTokenizer.fold(t)).as("fold of %s", t).isEqualTo(RegexRules.fold(t));
            assertThat(SearchTokenizer.terms(t)).as("terms of %s", t).isEqualTo(RegexRules.terms(t));
        }
    }

    /** The rules as the tokenizer states them, read with regular expressions over the whole text. */
    private static final class RegexRules {
        private static final java.util.regex.Pattern MARKS =
                java.util.regex.Pattern.compile("[\\p{Mn}\\p{Me}\\p{Mc}]+");
        private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}'\u2019]+");
        private static final String[][] FOLDS = {
            {"\u00df", "ss"}, {"\u00e6", "ae"}, {"\u0153", "oe"}, {"\u00f8", "o"}, {"\u0111", "d"}, {"\u00f0", "d"},
            {"\u0142", "l"}, {"\u0127", "h"}, {"\u0131", "i"}, {"\u00fe", "th"}, {"\u014b", "n"}, {"\u0138", "k"},
            {"\u017f", "s"},
        };

        static String fold(String text) {
            String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD);
            s = MARKS.matcher(s).replaceAll("").toLowerCase(java.util.Locale.ROOT);
            for (String[] f : FOLDS) s = s.replace(f[0], f[1]);
            return s;
        }

        static List<String> terms(String text) {
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            var m = WORD.matcher(fold(text));
            while (m.find()) {
                String[] parts = m.group().split("['\u2019]+");
                for (String part : parts) add(out, part);
                if (parts.length > 1) add(out, String.join("", parts));
            }
            return List.copyOf(out);
        }

        private static void add(java.util.Set<String> out, String word) {
            String t = word.codePointCount(0, word.length()) <= SearchTokenizer.MAX_LENGTH
                    ? word
                    : word.substring(0, word.offsetByCodePoints(0, SearchTokenizer.MAX_LENGTH));
            if (t.codePointCount(0, t.length()) >= SearchTokenizer.MIN_LENGTH) out.add(t);
        }
    }
}
