package org.relationstimeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void keepsWhatAReaderSeesAndDropsTheSyntax() {
        String md = "## Background\n\nThe **pipeline** deal, see [the treaty](https://example.org/t \"T\")"
                + " and `code`.\n\n- first item\n- second *item*\n\n> quoted words\n\n"
                + "| a | b |\n|-|-|\n| cell one | cell two |\n\n![alt text](x.png) <span>raw</span> &amp; done\\*\n\n"
                + "[ref]: https://example.org/hidden\n";
        String text = MarkdownText.of(md);
        assertThat(text)
                .contains("Background", "The pipeline deal, see the treaty and code.", "first item", "second item")
                .contains("quoted words", "cell one", "cell two", "raw", "& done*")
                .doesNotContain("**", "https://", "example.org", "[", "](", "##", "|", "alt text", "<span>", "&amp;");
    }

    @Test
    void blocksDoNotRunTogether() {
        assertThat(MarkdownText.of("# Heading\nFirst para.\n\nSecond para."))
                .isEqualTo("Heading First para. Second para.");
    }

    @Test
    void bareAddressesAreTextAsThePageShowsThem() {
        // The page links these (autolink); the text is read without that step, so it must be the same words.
        String md = "See www.example.com/a?b=1, https://example.org/x and mail desk@example.net today.\n\n"
                + "| site |\n|-|\n| http://example.com |\n";
        assertThat(MarkdownText.of(md))
                .isEqualTo("See www.example.com/a?b=1, https://example.org/x and mail desk@example.net today."
                        + " site http://example.com");
        String rendered = new MarkdownRenderer(false).render(md);
        assertThat(rendered).contains("href=\"http://www.example.com/a?b=1\"", "href=\"mailto:desk@example.net\"");
    }

    @Test
    void anEmptyOrRefusedBodyHasNoText() {
        assertThat(MarkdownText.of("")).isEmpty();
        assertThat(MarkdownText.of(">".repeat(500) + " deep")).isEmpty();
    }
}
