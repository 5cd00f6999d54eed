package org.relationstimeline.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryLinterTest {
    @Test
    void titlesDifferingInArticlesAndPunctuationAreAlike() {
        assertThat(EntryLinter.similarity("Russia and Algeria sign a strategic partnership declaration",
                "Russia and Algeria sign strategic partnership declaration.")).isGreaterThan(EntryLinter.DUPLICATE_SIMILARITY);
        assertThat(EntryLinter.similarity("Same Title", "same title!")).isEqualTo(1.0);
    }

    @Test
    void titlesAboutDifferentThingsAreNot() {
        assertThat(EntryLinter.similarity("Russia and Algeria sign a strategic partnership declaration",
                "Russia and Algeria hold naval exercises")).isLessThan(EntryLinter.DUPLICATE_SIMILARITY);
    }
}
