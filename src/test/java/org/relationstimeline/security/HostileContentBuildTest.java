package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;
import org.relationstimeline.text.Slugs;

/**
 * An entry whose every field is an attack, built end to end with the real theme: nothing in any
 * produced file executes, and every hostile text is shown to readers literally.
 */
class HostileContentBuildTest {
    /** Only hostile input contains this; a script holding it came from content. */
    static final String MARKER = "alert(";
    /** Breaks out of HTML text, both attribute quotings, script blocks, CDATA sections and templates. */
    static final String HOSTILE = "<script>alert(\"X\")</script> \"dq\" 'sq' </script> ]]> <![CDATA[ "
            + "<img src=x onerror=alert(1)> &amp; {{ 7*7 }} {% raw %} <!-- -->";

    static final String ORG_SLUG = Slugs.slugify("Org " + HOSTILE);

    // The tests only read what the one build of the hostile project produced; the test that
    // changes the project works on a copy of its own.
    @TempDir
    static Path dir;

    static TestProject project;
    static TestProject.Run built;

    @BeforeAll
    static void buildHostileProject() throws Exception {
        project = hostileProject(dir.resolve("hostile"));
        built = project.build();
    }

    static TestProject hostileProject(Path root) throws Exception {
        TestProject project = TestProject.empty(root);
        Files.writeString(root.resolve("site.yaml"), """
                title: Hostile test
                base_url: https://example.org/t/
                topics:
                  diplomacy: >-
                    Topic @H@
                parties:
                  - code: XO
                    name: >-
                      Org @H@
                """.replace("@H@", HOSTILE));
        project.write("entries/2024/2024-01-02-hostile.md", """
                ---
                title: >-
                  Title @H@
                date: 2024-01-02
                countries: [RU, XO]
                topics: [diplomacy]
                summary: >-
                  Summary @H@
                sources:
                  - title: >-
                      Source @H@
                    publisher: >-
                      Publisher @H@
                    url: https://example.org/a?b=1&c='3'&d=%22
                  - https://example.org/plain?x=%3Cscript%3E
                ---
                Body as code: `@H@`

                Body as raw HTML: @H@

                <script>alert("body")</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">j</a>
                <svg onload=alert(4)><script>alert(5)</script></svg><iframe src="javascript:alert(6)"></iframe>
                <form action="javascript:alert(7)"><button formaction="javascript:alert(8)">b</button></form>
                <a href=" &#106;ava&#x09;script&colon;alert(9)">k</a> <a href="JaVaScRiPt:alert(10)">l</a>
                <math><mi xlink:href="javascript:alert(11)">m</mi></math> <object data="data:text/html,alert(12)"></object>
                <meta http-equiv="refresh" content="0;url=javascript:alert(13)"><base href="javascript:alert(14)//">
                <style>body{background:url(javascript:alert(15))}</style><p style="x:expression(alert(16))">s</p>

                [md link](javascript:alert(17)) [md data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxOCk8L3NjcmlwdD4=)
                ![md image](javascript:alert(19)) <javascript:alert(20)> [ref][r]

                [r]: vbscript:alert(21)
                """.replace("@H@", HOSTILE));
        // Profiles and general pages carry editors' text into pages too: the same text in every field.
        String profile = """
                ---
                summary: >-
                  Summary @H@
                established: 1991
                facts:
                  - label: >-
                      <img src=x onerror=alert(1)> {{ 7*7 }}
                    value: >-
                      Value @H@
                    source:
                      title: >-
                        Source @H@
                      url: https://example.org/a?b=1&c='3'&d=%22
                eras:
                  - title: >-
                      Era @H@
                    from: 1991
                    summary: >-
                      Era summary @H@
                ---
                Overview as raw HTML: @H@ <script>alert("overview")</script><a href="javascript:alert(22)">j</a>
                """.replace("@H@", HOSTILE);
        project.write("relations/" + ORG_SLUG + "-russia.md", profile);
        project.write("countries/russia.md", profile.replace("established: 1991\n", ""));
        project.write(
                "pages/hostile.md",
                "---\ntitle: >-\n  Page @H@\nsummary: >-\n  Summary @H@\n---\nText @H@ <script>alert(23)</script>\n"
                        .replace("@H@", HOSTILE));
        return project;
    }

    @Test
    void buildSucceeds() {
        assertThat(built.exitCode()).as(built.err()).isZero();
    }

    @Test
    void nothingInAnyProducedFileExecutes() {
        assertThat(built.exitCode()).isZero();
        assertThat(OutputScan.files(project.site())).hasSizeGreaterThan(5);
        assertThat(OutputScan.findings(project.site(), MARKER)).isEmpty();
    }

    @Test
    void noScriptElementOrEventHandlerAnywhere() {
        assertThat(built.exitCode()).isZero();
        for (String file : project.htmlFiles()) {
            Document page = project.page(file);
            // JSON-LD data blocks carry hostile titles as escaped data; OutputScan checks they cannot break out.
            assertThat(page.select("script:not([type=application/ld+json])").stream()
                            .filter(s -> s.data().contains(MARKER) || s.hasAttr("onerror")))
                    .as(file)
                    .isEmpty();
            assertThat(page.getAllElements().stream()
                            .flatMap(e -> e.attributes().asList().stream())
                            .filter(a -> a.getKey().toLowerCase().startsWith("on")))
                    .as(file)
                    .isEmpty();
        }
    }

    @Test
    void feedsAndDataFilesCarryTheHostileTitleAsDataExactly() throws Exception {
        assertThat(built.exitCode()).isZero();
        String title = "Title " + HOSTILE;
        List<String> xmlWithTitle = new java.util.ArrayList<>();
        List<String> jsonWithTitle = new java.util.ArrayList<>();
        for (Path file : OutputScan.files(project.site())) {
            String name = file.getFileName().toString();
            String text = OutputScan.read(file);
            if (name.endsWith(".xml")) {
                javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                org.w3c.dom.Document xml =
                        f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(text)));
                org.w3c.dom.NodeList all = xml.getElementsByTagName("*");
                for (int i = 0; i < all.getLength(); i++) {
                    org.w3c.dom.Node n = all.item(i);
                    if (n.getChildNodes().getLength() == 1 && title.equals(n.getTextContent())) xmlWithTitle.add(name);
                }
            } else if (name.endsWith(".json")) {
                if (Json.strings(Json.parse(text)).contains(title))
                    jsonWithTitle.add(project.site().relativize(file).toString());
            }
        }
        // Feeds exist and show the title exactly as written (decoded, not double-escaped, not cut at "]]>").
        assertThat(xmlWithTitle).as("feeds holding the title as one text value").isNotEmpty();
        // The data export and the search index hold it exactly as well.
        assertThat(jsonWithTitle)
                .as("JSON files holding the title as one string")
                .isNotEmpty();
    }

    @Test
    void entryPageShowsEveryHostileFieldLiterally() {
        assertThat(built.exitCode()).isZero();
        Document page = project.page("entries/2024/hostile/index.html");
        assertThat(page.select("h1").text()).isEqualTo("Title " + HOSTILE);
        assertThat(page.title()).startsWith("Title " + HOSTILE);
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Summary " + HOSTILE);
        assertThat(page.select("main").text())
                .contains(
                        "Summary " + HOSTILE,
                        "Source " + HOSTILE,
                        "Publisher " + HOSTILE,
                        "Topic " + HOSTILE,
                        "Org " + HOSTILE);
        assertThat(page.select("a[href]").eachAttr("href"))
                .as("URLs round-trip")
                .contains("https://example.org/a?b=1&c='3'&d=%22", "https://example.org/plain?x=%3Cscript%3E");
    }

    @Test
    void bodyKeepsHostileTextAsTextAndDropsEveryActiveConstruct() {
        assertThat(built.exitCode()).isZero();
        Document page = project.page("entries/2024/hostile/index.html");
        assertThat(page.select(".prose code").text()).isEqualTo(HOSTILE);
        assertThat(page.select(".prose").text()).contains("Body as raw HTML", "md link", "md data", "ref");
        assertThat(page.select(".prose a[href]")).isEmpty();
        // A same-site image path is kept (it loads only the site's own files), without its handler.
        assertThat(page.select(".prose img[src]").eachAttr("src")).isNotEmpty().allMatch("x"::equals);
        assertThat(page.select(".prose img[onerror]")).isEmpty();
        assertThat(page.select(".prose svg, .prose math, .prose style, .prose iframe, .prose form, .prose object"))
                .isEmpty();
    }

    @Test
    void listPagesShowHostileTitlesLiterally() {
        assertThat(built.exitCode()).isZero();
        for (String file : List.of(
                "index.html",
                "relations/" + ORG_SLUG + "-russia/index.html",
                "countries/russia/index.html",
                "topics/diplomacy/index.html",
                "years/2024/index.html")) {
            Document page = project.page(file);
            assertThat(page.select(".entry-card__title").text()).as(file).isEqualTo("Title " + HOSTILE);
            assertThat(page.select(".entry-card__summary").text()).as(file).isEqualTo("Summary " + HOSTILE);
        }
    }

    @Test
    void hostilePartyNameBecomesASafeSlug() {
        assertThat(built.exitCode()).isZero();
        assertThat(ORG_SLUG).matches("[a-z0-9-]+");
        assertThat(project.page("countries/" + ORG_SLUG + "/index.html")
                        .select("h1")
                        .text())
                .isEqualTo("Org " + HOSTILE);
    }

    @Test
    void trustedHtmlKeepsRawBodyHtmlButStillEscapesFields() throws Exception {
        TestProject project = hostileProject(dir.resolve("trusted"));
        Files.writeString(
                project.root().resolve("site.yaml"), "trusted_html: true\n", java.nio.file.StandardOpenOption.APPEND);
        project.write("entries/2024/2024-01-03-trusted.md", """
                ---
                title: >-
                  Trusted @H@
                date: 2024-01-03
                countries: [RU, DZ]
                ---
                <div class="note" data-x="1"><abbr title="kept">as written</abbr></div>
                """.replace("@H@", HOSTILE));
        assertThat(project.build().exitCode()).isZero();
        Document page = project.page("entries/2024/trusted/index.html");
        assertThat(page.select(".prose div.note[data-x=1] abbr[title=kept]")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Trusted " + HOSTILE);
        assertThat(page.select("h1 script, h1 img")).isEmpty();
    }
}
