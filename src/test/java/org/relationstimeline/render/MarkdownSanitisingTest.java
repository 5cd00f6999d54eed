package org.relationstimeline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.testing.CpuBudget;

/**
 * Markdown bodies from untrusted contributors: raw HTML is cleaned by the allowlist and script
 * URLs are removed in every spelling, whether or not the cleaning fast path is taken.
 */
class MarkdownSanitisingTest {
    private final MarkdownRenderer safe = new MarkdownRenderer(false);

    /** What the browser would run or load from the rendered body; empty when it is inert. */
    static String activeParts(String html) {
        Document d = Jsoup.parseBodyFragment(html);
        StringBuilder found = new StringBuilder();
        for (Element el : d.getAllElements()) {
            String tag = el.tagName().toLowerCase(Locale.ROOT);
            if (tag.matches("script|iframe|frame|object|embed|applet|base|form|meta|link|style|svg|math|template")) {
                found.append('<').append(tag).append('>');
            }
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc") || key.equals("formaction")) {
                    found.append(' ').append(key);
                }
                if (key.equals("srcset")) {
                    // Only the site's own copies of a picture: root paths.
                    for (String candidate : a.getValue().split(",")) {
                        String u = candidate.strip().split("\\s+")[0];
                        if (u.contains(":") || !u.startsWith("/") || u.startsWith("//") || u.contains("\\"))
                            found.append(" srcset=").append(a.getValue());
                    }
                }
                if (key.equals("href") || key.equals("src") || key.equals("xlink:href") || key.equals("action")) {
                    String url =
                            a.getValue().replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
                    // A same-site path loads only the site's own files: read as a browser does (blanks and
                    // controls dropped), it holds no colon and does not start with two slashes or backslashes.
                    boolean sitePath = !url.contains(":") && !url.matches("^[/\\\\]{2}.*");
                    boolean allowed = url.startsWith("https://")
                            || url.startsWith("http://")
                            || url.startsWith("mailto:")
                            || url.startsWith("#")
                            || sitePath;
                    if (!allowed) found.append(' ').append(key).append('=').append(a.getValue());
                }
            }
        }
        return found.toString();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[a](javascript:alert(1))",
                "<img src=/a.png srcset=\"https://evil.example/x.png 480w\">",
                "<img src=/a.png srcset=\"javascript:alert(1) 1x, /b.png 2x\" sizes=\"x\\\" onerror=alert(1)\">",
                "<img src=/a.png srcset=\"//evil.example/x.png 480w\" loading=\"javascript:x\">",
                "<p role=\"button\" aria-level=\"x\" onclick=alert(1)>p</p>",
                "[a](/\t/evil.example/)",
                "[a](\\\\evil.example/)",
                "[a](JaVaScRiPt:alert(1))",
                "[a](JAVASCRIPT:alert(1))",
                "[a](&#106;avascript:alert(1))",
                "[a](&#x6A;avascript:alert(1))",
                "[a](javascript&#58;alert(1))",
                "[a](javascript&colon;alert(1))",
                "[a](java%0ascript:alert(1))",
                "[a](<javascript:alert(1)>)",
                "[a](\\javascript:alert(1))",
                "[a](vbscript:msgbox(1))",
                "[a](VBScript:msgbox(1))",
                "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[a](DATA:text/html,<script>alert(1)</script>)",
                "![i](javascript:alert(1))",
                "![i](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "![i](http://insecure.example/x.png)",
                "<javascript:alert(1)>",
                "<JavaScript://x%0aalert(1)>",
                "javascript://example.org/%0aalert(1)",
                "[a][r]\n\n[r]: javascript:alert(1)",
                "[a][r]\n\n[r]: &#x6A;avascript:alert(1)",
                "![i][r]\n\n[r]: data:text/html,x",
                "![i][r]\n\n[r]: http://insecure.example/x.png",
                "![i][R]\n\n[r]: HTTP://insecure.example/x.png \"t\"",
                "![r]\n\n[r]: http://insecure.example/x.png",
                "![r][]\n\n[r]: http://insecure.example/x.png",
                "[![i][r]](https://ok.example/)\n\n[r]: http://insecure.example/x.png",
                "[a]\n\n[a]: vbscript:x",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"java&#x09;script:alert(1)\">x</a>",
                "<a href=\"java&#x0A;script:alert(1)\">x</a>",
                "<a href=\"java\u0000script:alert(1)\">x</a>",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
                "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)\">x</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"javascript&colon;alert(1)\">x</a>",
                "<a href=\"vbscript:x\">x</a>",
                "<a href=\"data:text/html,x\">x</a>",
                "<img src=\"javascript:alert(1)\">",
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=JaVaScRiPt:alert(1)>",
                "<img src=\"https://ok.example/x.png\" onload=\"alert(1)\">",
                "<svg/onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<iframe src=\"https://evil.example/\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<button formaction=\"javascript:alert(1)\">x</button>",
                "<base href=\"javascript:alert(1)//\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<style>@import 'javascript:alert(1)';</style>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<div style=\"x:expression(alert(1))\">x</div>",
                "<details open ontoggle=alert(1)>",
                "<template><script>alert(1)</script></template>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<<script>script>alert(1)<</script>/script>",
                "<a href=\"https://ok.example/\" onclick=\"alert(1)\">x</a>",
                "<a href=\"https://ok.example/\" ONCLICK=\"alert(1)\">x</a>",
                "<a href='https://ok.example/' onmouseover=alert(1)//>x</a>",
                "<!--><script>alert(1)</script>-->",
                "<![CDATA[<script>alert(1)</script>]]>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "| a |\n|-|\n| <img src=x onerror=alert(1)> |",
                "> <script>alert(1)</script>",
                "- [x](javascript:alert(1))\n- <b onclick=alert(1)>b</b>",
                "Text[^1]\n\n[^1]: [note](javascript:alert(1))",
                "# Heading <img src=x onerror=alert(1)>",
                "`code` <script>alert(1)</script>",
            })
    void nothingActiveSurvives(String markdown) {
        String html = safe.render(markdown);
        assertThat(activeParts(html)).as(html).isEmpty();
    }

    @Test
    void safeLinksAndImagesAreKept() {
        Document d = Jsoup.parseBodyFragment(
                safe.render("[web](https://example.org/a?b=1&c=2) [mail](mailto:desk@example.org) [note](#sources) "
                        + "![map](https://example.org/map.png \"Map\")"));
        assertThat(d.select("a").eachAttr("href"))
                .containsExactly("https://example.org/a?b=1&c=2", "mailto:desk@example.org", "#sources");
        assertThat(d.select("img").attr("src")).isEqualTo("https://example.org/map.png");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "![i][r]\n\n[r]: http://insecure.example/x.png",
                "![i][R]\n\n[r]: HTTP://insecure.example/x.png \"t\"",
                "![r]\n\n[r]: http://insecure.example/x.png",
                "![r][]\n\n[r]: http://insecure.example/x.png",
                "[![i][r]](https://ok.example/)\n\n[r]: http://insecure.example/x.png",
                "![i](http://insecure.example/x.png)",
            })
    void imagesOverPlainHttpAreDroppedOnTheFastPathToo(String markdown) {
        // No '<' in these bodies, so only the node check keeps them off the uncleaned fast path.
        Document d = Jsoup.parseBodyFragment(safe.render(markdown));
        assertThat(d.select("img[src^=http:], img[src^=HTTP:]"))
                .as(d.body().html())
                .isEmpty();
        assertThat(d.select("img").eachAttr("src")).allMatch(src -> src.startsWith("https://"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[x](https:/mailto/example.org/)",
                "[x](HTTPS:example.org)",
                "[x](http:/host/x) <b>raw</b>",
                "![i](https:/host/x.png)",
            })
    void webAddressesWithoutTheirTwoSlashesAreDropped(String markdown) {
        Document d = Jsoup.parseBodyFragment(safe.render(markdown));
        assertThat(d.select("a[href], img[src]")).as(d.body().html()).isEmpty();
    }

    @Test
    void referenceStyleHttpsImagesAreKept() {
        Document d =
                Jsoup.parseBodyFragment(safe.render("![map][m] and ![m]\n\n[m]: https://example.org/map.png \"Map\""));
        assertThat(d.select("img").eachAttr("src"))
                .containsExactly("https://example.org/map.png", "https://example.org/map.png");
    }

    @Test
    void textThatLooksLikeHtmlStaysText() {
        Document d = Jsoup.parseBodyFragment(safe.render("A &lt;script&gt; tag, a `<b>` and 3 < 4 > 2 & \"quotes\""));
        assertThat(d.text()).isEqualTo("A <script> tag, a <b> and 3 < 4 > 2 & \"quotes\"");
        assertThat(d.select("script, b")).isEmpty();
    }

    @Test
    void codeBlocksCannotCloseTheirElement() {
        Document d = Jsoup.parseBodyFragment(safe.render("```\n</code></pre><script>alert(1)</script>\n```"));
        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("pre code").text()).contains("</code></pre><script>alert(1)</script>");
    }

    @Test
    void trustedHtmlKeepsRawHtmlAsWritten() {
        String html = new MarkdownRenderer(true)
                .render("<section class=\"x\"><video controls src=\"https://e.example/v.mp4\"></video></section>");
        assertThat(html)
                .contains("<section class=\"x\"><video controls src=\"https://e.example/v.mp4\"></video></section>");
    }

    @ParameterizedTest
    @ValueSource(strings = {">", "- ", "1. ", "> - ", "*", "_", "[", "<div>", "~~"})
    void deeplyNestedBodiesFailCleanlyOrRender(String unit) {
        // Tens of kilobytes of nesting must neither crash the build thread nor hang it. (Runs of
        // strikethrough delimiters stay quadratic in Flexmark, so that case is kept smaller.)
        int n = unit.equals("~~") ? 2_000 : 20_000;
        String markdown = unit.repeat(n) + "x"
                + (unit.equals("*") || unit.equals("_") || unit.equals("~~") ? unit.repeat(n) : "");
        CpuBudget.within(Duration.ofSeconds(10), () -> {
            try {
                assertThat(activeParts(safe.render(markdown))).isEmpty();
            } catch (MarkdownRenderer.TooDeepException e) {
                assertThat(e.getMessage()).contains("nested too deeply");
            } catch (MarkdownRenderer.TooCostlyException e) {
                // 20,000 '[' or '<div>' in one paragraph: refused by the inline cost scan instead.
                assertThat(e.getMessage()).contains("too much inline markup");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {">", "> ", "- ", "* ", "+ ", "1. ", "2) ", "> - ", "> 1. "})
    void deepNestingOnOneLineIsRefusedBeforeParsing(String unit) {
        // Refused from a linear scan: Flexmark would spend seconds (quadratic) before overflowing.
        String markdown = "Intro\n\n" + unit.repeat(200_000) + "x\n";
        CpuBudget.within(
                Duration.ofSeconds(1),
                () -> assertThatThrownBy(() -> safe.render(markdown))
                        .isInstanceOf(MarkdownRenderer.TooDeepException.class));
    }

    @Test
    void ordinaryNestingIsNotMistakenForAnAttack() {
        String markdown = "> - 1. quoted list\n>   - nested\n\n" + "> ".repeat(MarkdownRenderer.MAX_LINE_NESTING)
                + "deep but allowed\n" + "\n- 2023-08-01 is a date, -1 is a number, *emphasis*, 3.14 and 1.5x\n";
        assertThat(Jsoup.parseBodyFragment(safe.render(markdown)).text())
                .contains("quoted list", "deep but allowed", "3.14");
    }
}
