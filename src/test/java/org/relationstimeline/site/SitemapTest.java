package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;
import org.relationstimeline.testing.XmlDocuments;
import org.w3c.dom.Element;

/** sitemap.xml and robots.txt of the "basic" fixture built under /timeline/. */
class SitemapTest {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // The fixture is built once for the class and only read; the test that builds with another
    // base URL builds a copy of its own.
    @TempDir
    static Path dir;

    static TestProject project;
    static TestProject.Run built;

    @BeforeAll
    static void setUp() {
        project = TestProject.copy("basic", dir.resolve("basic"));
        built = project.build();
    }

    private List<String> locations(Path sitemap) {
        Element root = XmlDocuments.parse(sitemap).getDocumentElement();
        List<String> out = new ArrayList<>();
        for (Element url : XmlDocuments.children(root, NS, "url")) out.add(XmlDocuments.text(url, NS, "loc"));
        return out;
    }

    @Test
    void sitemapIsValidAgainstTheSitemapsOrgSchema() {
        assertThat(built.exitCode()).isZero();
        assertThat(XmlDocuments.validate(project.site().resolve("sitemap.xml"), "sitemap.xsd"))
                .isEmpty();
    }

    @Test
    void theSchemaCopyRejectsWhatTheProtocolForbids() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.xml"), "<urlset xmlns=\"" + NS + "\"/>");
        Path shortLoc = Files.writeString(
                dir.resolve("short.xml"), "<urlset xmlns=\"" + NS + "\"><url><loc>/a/</loc></url></urlset>");
        Path badPriority = Files.writeString(
                dir.resolve("priority.xml"),
                "<urlset xmlns=\"" + NS
                        + "\"><url><loc>https://example.org/</loc><priority>2</priority></url></urlset>");
        assertThat(XmlDocuments.validate(empty, "sitemap.xsd")).isNotEmpty();
        assertThat(XmlDocuments.validate(shortLoc, "sitemap.xsd")).isNotEmpty();
        assertThat(XmlDocuments.validate(badPriority, "sitemap.xsd")).isNotEmpty();
    }

    @Test
    void sitemapListsEveryPageOfTheSiteExceptThe404Page() {
        assertThat(built.exitCode()).isZero();
        List<String> pages = new ArrayList<>();
        for (String loc : locations(project.site().resolve("sitemap.xml"))) {
            assertThat(loc).startsWith("https://example.org/timeline/");
            String path = URI.create(loc).getPath().substring("/timeline/".length());
            pages.add(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        }
        // Every page but the 404 and the oldest-first copies of timelines, whose canonical page is the main one.
        List<String> expected = project.pageFiles().stream()
                .filter(f -> !f.equals("404.html") && !f.contains("/oldest-first/"))
                .toList();
        assertThat(project.pageFiles()).anyMatch(f -> f.contains("/oldest-first/"));
        assertThat(pages).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void robotsTxtPointsToTheAbsoluteSitemapUrl() throws IOException {
        assertThat(built.exitCode()).isZero();
        assertThat(Files.readString(project.site().resolve("robots.txt")))
                .contains("User-agent: *")
                .contains("\nSitemap: https://example.org/timeline/sitemap.xml\n");
    }

    @Test
    void sitemapFollowsTheBaseUrlOption() {
        TestProject project = TestProject.copy("basic", dir.resolve("base-url"));
        assertThat(project.build("--base-url", "https://user.github.io/repo").exitCode())
                .isZero();
        assertThat(locations(project.site().resolve("sitemap.xml")))
                .allMatch(l -> l.startsWith("https://user.github.io/repo/"));
    }

    @Test
    void aSitemapPastTheLimitBecomesAnIndexOfSitemapsThatAreEachValid() throws IOException {
        SiteModel model = PlanFixture.model("https://example.org/timeline/", 12);
        List<OutputFile> files = new Sitemap(10).files(model);
        Path out = Files.createDirectories(dir.resolve("out"));
        for (OutputFile f : files) Files.write(out.resolve(f.file()), f.content());

        assertThat(files).extracting(OutputFile::file).first().isEqualTo("sitemap.xml");
        assertThat(XmlDocuments.validate(out.resolve("sitemap.xml"), "siteindex.xsd"))
                .isEmpty();
        Element index = XmlDocuments.parse(out.resolve("sitemap.xml")).getDocumentElement();
        List<String> parts = XmlDocuments.children(index, NS, "sitemap").stream()
                .map(s -> XmlDocuments.text(s, NS, "loc"))
                .toList();
        assertThat(parts)
                .startsWith("https://example.org/timeline/sitemap-1.xml")
                .hasSize(files.size() - 1);

        List<String> all = new ArrayList<>();
        for (int n = 1; n <= parts.size(); n++) {
            Path part = out.resolve("sitemap-" + n + ".xml");
            assertThat(XmlDocuments.validate(part, "sitemap.xsd"))
                    .as(part.toString())
                    .isEmpty();
            List<String> locs = locations(part);
            assertThat(locs.size()).isBetween(1, 10);
            all.addAll(locs);
        }
        long indexable = model.plan().stream()
                .filter(p -> p.kind().indexable() && p.canonicalUrl().equals(p.url()))
                .count();
        assertThat(all).doesNotHaveDuplicates().hasSize((int) indexable);
    }
}
