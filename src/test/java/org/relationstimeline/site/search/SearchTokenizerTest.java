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
}
