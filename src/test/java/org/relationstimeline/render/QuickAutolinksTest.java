package org.relationstimeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The body dialect's autolinks give what Flexmark's own autolink extension gives, on any text. */
class QuickAutolinksTest {
    private static final MutableDataSet STOCK = stock();
    private static final Parser STOCK_PARSER = Parser.builder(STOCK).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder(MarkdownSyntax.OPTIONS).build();

    private static MutableDataSet stock() {
        MutableDataSet options = new MutableDataSet(MarkdownSyntax.OPTIONS);
        options.set(
                Parser.EXTENSIONS,
                List.of(
                        TablesExtension.create(),
                        StrikethroughExtension.create(),
                        AutolinkExtension.create(),
                        FootnoteExtension.create()));
        return options;
    }

    private static String stock(String markdown) {
        return RENDERER.render(STOCK_PARSER.parse(markdown));
    }

    private static String ours(String markdown) {
        return RENDERER.render(MarkdownSyntax.PARSER.parse(markdown));
    }

    @Test
    void bareLinksOfEveryKindAreStillLinked() {
        String html = ours("See www.example.com/x, https://example.net/a?b=1 and desk@example.com.");
        assertThat(html)
                .contains(
                        "href=\"http://www.example.com/x\"",
                        "href=\"https://example.net/a?b=1\"",
                        "href=\"mailto:desk@example.com\"");
    }

    @Test
    void textWithoutAColonAnAtOrWwwIsLeftToTheParser() {
        assertThat(QuickAutolinks.mayHoldLink("The two ministers met in Algiers on Monday."))
                .isFalse();
        assertThat(QuickAutolinks.mayHoldLink("Talks resumed: both sides")).isTrue();
        assertThat(QuickAutolinks.mayHoldLink("mail desk@example")).isTrue();
        assertThat(QuickAutolinks.mayHoldLink("visit wWw.example")).isTrue();
        assertThat(QuickAutolinks.mayHoldLink("ww.example.com")).isFalse();
    }

    @Test
    void trickyTextRendersAsWithFlexmarksOwnExtension() {
        List<String> cases = List.of(
                "w&#119;w.example.com and www&#46;example.com",
                "www\\.example.com, http\\://example.com, a\\@b.org",
                "mail a&#64;b.org now, or a@b",
                "“www.example.com” and ‘https://example.org’",
                "x https:// y, ftp://x.y/z, mailto:someone@example.com, WWW.EXAMPLE.ORG/x",
                "`www.example.com` [www.example.org](https://example.net) <https://example.com>",
                "*www.example.com* **https://example.org/x_y_z** ~~a@b.org~~",
                "| a |\n|-|\n| www.example.com |\n\n[^1]\n\n[^1]: https://example.org",
                "<span>www.example.com</span> &amp; www.example.com&amp;x=1");
        for (String markdown : cases) assertThat(ours(markdown)).as(markdown).isEqualTo(stock(markdown));
    }

    @Test
    void theShippedBodiesRenderAsWithFlexmarksOwnExtension() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(100);
        for (Path file : files) {
            String markdown = Files.readString(file);
            assertThat(ours(markdown)).as(file.toString()).isEqualTo(stock(markdown));
        }
    }
}
