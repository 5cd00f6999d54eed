package org.relationstimeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.relationstimeline.site.LocalLinks;

class MarkdownRendererTest {
    private final MarkdownRenderer safe = new MarkdownRenderer(false);

    private Document html(String markdown) {
        return Jsoup.parseBodyFragment(safe.render(markdown));
    }

    @Test
    void tablesNeedOnlyOneDashPerColumn() {
        assertThat(html("| a | b |\n|-|-|\n| 1 | 2 |\n").select("table td")).hasSize(2);
    }

    @Test
    void footnotesStrikethroughAutolinksAndHeadingIdsWork() {
        Document d = html("## Key points\n\nText[^1] ~~old~~ https://example.org/x\n\n[^1]: A note.\n");
        assertThat(d.select("h2#key-points")).hasSize(1);
        assertThat(d.select("del").text()).isEqualTo("old");
        assertThat(d.select("a[href=https://example.org/x]")).hasSize(1);
        assertThat(d.select("sup a[href^=#fn]")).hasSize(1);
        assertThat(d.text()).contains("A note.");
    }

    @Test
    void rawScriptAndEventHandlersAreRemoved() {
        Document d = html("Hello <script>alert(1)</script><b onclick=\"alert(2)\">bold</b>\n");
        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("b").attr("onclick")).isEmpty();
        assertThat(d.select("b").text()).isEqualTo("bold");
    }

    @Test
    void dangerousLinkTargetsAreRemovedEvenWithoutRawHtml() {
        Document d = html(
                "[a](javascript:alert(1)) [b](data:text/html,x) ![c](http://insecure.example/x.png)\n\n[r]: JavaScript:alert(3)\n\n[d][r]");
        assertThat(d.select("a[href]")).isEmpty();
        assertThat(d.select("img[src]")).isEmpty();
        assertThat(d.text()).contains("a", "b", "d");
    }

    @Test
    void bodyHeadingsNeverCompeteWithThePageTitle() {
        Document d = html("# Top\n\n## Sub\n");
        assertThat(d.select("h1")).isEmpty();
        assertThat(d.select("h2").text()).isEqualTo("Top");
        assertThat(d.select("h3").text()).isEqualTo("Sub");
        assertThat(html("## Already h2\n").select("h2")).hasSize(1);
    }

    @Test
    void demotionKeepsTheDeepestLevelsApart() {
        Document d = html("# Top\n\n##### Five\n\n###### Six\n");
        assertThat(d.select("h2").text()).isEqualTo("Top");
        assertThat(d.select("h3").text()).isEqualTo("Five");
        assertThat(d.select("h4").text()).isEqualTo("Six");
        assertThat(html("# a\n\n### c\n").select("h4").text())
                .as("without h6, each level moves down one")
                .isEqualTo("c");
    }

    @Test
    void aBodyUsingAllSixLevelsKeepsThemApart() {
        Document d = html("# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n\n<b>raw</b>\n");
        for (int level = 2; level <= 6; level++) {
            assertThat(d.select("h" + level).eachText()).as("h" + level).hasSize(1);
        }
        assertThat(d.select("h6").text()).isEqualTo("Five");
        // HTML has no h7: the sixth level is a heading of level 7 to assistive technology, not a second h6.
        var seventh = d.select("p[role=heading]");
        assertThat(seventh.text()).isEqualTo("Six");
        assertThat(seventh.attr("aria-level")).isEqualTo("7");
        assertThat(seventh.attr("id")).isNotEmpty();
        // The same without raw HTML, on the uncleaned path.
        assertThat(html("# a\n## b\n### c\n#### d\n##### e\n###### f\n")
                        .select("p[aria-level=7]")
                        .text())
                .isEqualTo("f");
    }

    @Test
    void trustedHtmlIsKeptAsWritten() {
        String html = new MarkdownRenderer(true).render("<div class=\"note\" style=\"color:red\">kept</div>\n");
        assertThat(html).contains("style=\"color:red\"");
    }

    @Test
    void linkTitlesAndSitePathsSurviveCleaning() {
        Document d = html(
                "<b>raw</b> [link](/uri \"title\") [up](../other/) ![map](/assets/map.png \"Map\") ![here](map.png)\n");
        assertThat(d.select("a").attr("href")).isEqualTo("/uri");
        assertThat(d.select("a").attr("title")).isEqualTo("title");
        assertThat(d.select("a").eachAttr("href")).contains("../other/");
        assertThat(d.select("img").eachAttr("src"))
                .as("outside a site a relative picture is kept as written; a build publishes it or reports it")
                .containsExactly("/assets/map.png", "map.png");
        assertThat(d.select("img").attr("title")).isEqualTo("Map");
    }

    @Test
    void fencedCodeKeepsItsLanguageClassWhenTheBodyIsCleaned() {
        Document d = html("<b>raw</b>\n\n```java\nint x;\n```\n\n<code class=\"rt_theme\">x</code>\n");
        assertThat(d.select("pre code").attr("class")).isEqualTo("language-java");
        assertThat(d.select("p code").attr("class")).isEmpty();
    }

    @Test
    void destinationsPassThroughTheSitesLocalLinks() {
        LocalLinks site = destination -> destination.equals("entry:x") ? "/repo/entries/2023/x/" : destination;
        Document d = Jsoup.parseBodyFragment(new MarkdownRenderer(false, site).render("[x](entry:x) [y](entry:y)\n"));
        assertThat(d.select("a").eachAttr("href")).containsExactly("/repo/entries/2023/x/");
        assertThat(d.select("a").eachText()).containsExactly("x", "y");
    }
}
