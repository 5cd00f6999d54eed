package org.relationstimeline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.testing.CpuBudget;
import org.relationstimeline.testing.Slow;

/**
 * Bodies Flexmark parses in quadratic time (minutes near the 1 MiB file limit) are refused by a
 * linear pre-scan; what the scan lets through renders in bounded time.
 */
class InlineCostTest {
    private static final int FILE_LIMIT = 1024 * 1024;
    private final MarkdownRenderer safe = new MarkdownRenderer(false);

    /** The repeated units that were quadratic (or worse) in Flexmark, measured. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "www.a",
                "www.a.b ",
                "[] ",
                "[a] ",
                "[^a] ",
                "[a](",
                "![a](",
                "[a](b ",
                "` ",
                "` a ",
                "``a ",
                "&amp;",
                "&#1; ",
                "\\\\",
                "~~a ",
                "a~~ ",
                "~~a~~ ",
                "[[[",
                "<a ",
                "*a ",
                "_a "
            })
    void quadraticBodiesNearTheFileLimitAreRefusedQuickly(String unit) {
        String markdown = "An ordinary opening paragraph.\n\n" + unit.repeat(FILE_LIMIT / unit.length() - 10);
        CpuBudget.within(
                Duration.ofSeconds(10),
                () -> assertThatThrownBy(() -> safe.render(markdown))
                        .isInstanceOf(MarkdownRenderer.TooCostlyException.class)
                        .hasMessageContaining("paragraph at body line 3")
                        .hasMessageContaining("split long paragraphs with blank lines"));
    }

    @Slow // renders near-megabyte bodies at the cost budget: seconds each
    @ParameterizedTest
    @ValueSource(strings = {"www.a", "[a](", "` a ", "&amp;", "\\\\", "~~a "})
    void theLargestAllowedParagraphRendersInBoundedTime(String unit) {
        // One paragraph just within the cost budget, and a near-1 MiB body of such paragraphs.
        int perUnit = InlineCost.scan(unit.repeat(100)).markup() / 100;
        int units = (int) Math.sqrt(InlineCost.MAX_COST / ((double) perUnit * unit.length())) - 2;
        String one = unit.repeat(units);
        assertThat(InlineCost.scan(one).refused()).isFalse();
        CpuBudget.within(
                Duration.ofSeconds(20),
                () -> assertThat(MarkdownSanitisingTest.activeParts(safe.render(one)))
                        .isEmpty());

        int chunkUnits = (int) (InlineCost.MAX_COST / ((double) InlineCost.MAX_MARKUP * perUnit * unit.length()));
        String chunk = unit.repeat(chunkUnits) + "\n\n";
        int chunks = Math.min(FILE_LIMIT / chunk.length(), InlineCost.MAX_MARKUP / (perUnit * chunkUnits)) - 1;
        String many = chunk.repeat(chunks) + "plain words ".repeat((FILE_LIMIT - chunk.length() * chunks) / 12);
        assertThat(InlineCost.scan(many).refused()).isFalse();
        CpuBudget.within(
                Duration.ofSeconds(20),
                () -> assertThat(MarkdownSanitisingTest.activeParts(safe.render(many)))
                        .isEmpty());
    }

    @Test
    void longBodiesOfProseWithDenseOrdinaryMarkupAreNotRefused() {
        String paragraph = "On 1 May the ministers met in [Algiers](https://example.org/a) and signed a *declaration* "
                + "on `energy` & trade (see www.example.org, desk@example.org, and the note\\* at 10:30).\n";
        String body = ("## Talks\n\n" + paragraph.repeat(8) + "\n| a | b |\n|-|-|\n| [x](https://e.org) | `y` |\n\n")
                .repeat(100);
        InlineCost.Result cost = InlineCost.scan(body);
        assertThat(cost.refused()).as("cost %s", cost).isFalse();
        // www. in every line counts eight times; even so the body stays far below the budget.
        assertThat(cost.cost()).isLessThan(InlineCost.MAX_COST / 5);
        assertThat(Jsoup.parseBodyFragment(safe.render(body)).select("a[href=https://example.org/a]"))
                .hasSize(800);
    }

    @Test
    void oneLongParagraphOfLinksIsAllowedUpToAGenerousSize() {
        // 50 KB without a blank line, a link on every line (a long list or table of sources).
        String body = "- [Source](https://example.org/a/b) on the talks\n".repeat(1_000);
        assertThat(InlineCost.scan(body).refused()).isFalse();
        assertThat(Jsoup.parseBodyFragment(safe.render(body)).select("li a")).hasSize(1_000);
    }

    @Test
    void tooMuchMarkupInAllIsRefusedEvenInShortParagraphs() {
        String body = "[a]\n\n".repeat(InlineCost.MAX_MARKUP / 2 + 1);
        assertThat(InlineCost.scan(body).refused()).isTrue();
        assertThatThrownBy(() -> safe.render(body))
                .isInstanceOf(MarkdownRenderer.TooCostlyException.class)
                .hasMessageContaining("too much inline markup");
    }

    @Test
    void theScanMatchesItsDescription() {
        InlineCost.Result r = InlineCost.scan("a `` b ~~ c [d] &e \\f <g **h** _i_ j:k l@m www.n WWW.o www\n\nx\n");
        // `` ~~ [ ] & \ < ** ** _ _ : @ = 13, and www. WWW. at eight each = 29
        assertThat(r.markup()).isEqualTo(13 + 2 * InlineCost.WWW_WEIGHT);
        assertThat(r.worstLine()).isEqualTo(1);
        assertThat(r.cost())
                .isEqualTo((13L + 2 * InlineCost.WWW_WEIGHT)
                        * "a `` b ~~ c [d] &e \\f <g **h** _i_ j:k l@m www.n WWW.o www\n".length());
    }
}
