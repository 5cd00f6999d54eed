package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.GeneratedCorpus;
import org.relationstimeline.testing.HtmlValidator;
import org.relationstimeline.testing.SearchIndexUrls;
import org.relationstimeline.testing.SiteLinks;
import org.relationstimeline.testing.Slow;
import org.relationstimeline.testing.TestProject;

/**
 * A generated corpus of a few hundred entries, with a paginated pair, a title holding markup and
 * an accented one: every internal link resolves on every page, and a sample covering every kind
 * of page is valid HTML (the whole site would take the checker too long).
 */
@Slow // a generated corpus of 450 entries, pages through the Nu HTML Checker
class GeneratedSiteValidityTest {
    static final int ENTRIES = 450;
    static final String BASE_URL = "http://127.0.0.1:8080/sub/";
    /** Pages of each kind the checker reads, besides the ones every run reads. */
    static final int PER_KIND = 4;

    @TempDir
    static Path dir;

    static TestProject project;
    static SiteLinks links;

    @BeforeAll
    static void build() {
        project = GeneratedCorpus.writeProject(dir, ENTRIES, 11);
        TestProject.Run run = project.build("--base-url", BASE_URL, "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        links = new SiteLinks(project.site(), BASE_URL);
    }

    @Test
    void theCorpusHasAPaginatedTimeline() {
        assertThat(project.site().resolve("relations/algeria-russia/page/2/index.html"))
                .exists();
    }

    @Test
    void everyInternalLinkAndAssetResolves() {
        assertThat(links.htmlFiles()).hasSizeGreaterThan(ENTRIES);
        assertThat(links.broken()).isEmpty();
    }

    @Test
    void everyUrlInTheSearchIndexResolves() {
        List<String> urls = SearchIndexUrls.of(project.site());
        assertThat(urls).hasSizeGreaterThan(ENTRIES);
        assertThat(urls.stream().map(u -> links.check("search/index.html", u)).filter(p -> p != null))
                .isEmpty();
    }

    @Test
    void aSampleOfEveryKindOfPageIsValidHtml() {
        Set<String> sample = new LinkedHashSet<>(List.of(
                "index.html",
                "404.html",
                "search/index.html",
                "relations/index.html",
                "countries/index.html",
                "topics/index.html",
                "years/index.html",
                "relations/algeria-russia/index.html",
                "relations/algeria-russia/page/2/index.html",
                "entries/2001/script-title/index.html",
                "entries/2019/cote-divoire-cocoa/index.html",
                "countries/russia/index.html",
                "relations/multilateral/index.html",
                "relations/russia-algeria/index.html"));
        for (String prefix : List.of("relations/", "countries/", "topics/", "years/", "entries/")) {
            List<String> kind = links.htmlFiles().stream()
                    .filter(p -> p.startsWith(prefix) && !p.equals(prefix + "index.html"))
                    .toList();
            for (int i = 0; i < PER_KIND && !kind.isEmpty(); i++) sample.add(kind.get(i * kind.size() / PER_KIND));
        }
        HtmlValidator validator = new HtmlValidator();
        List<String> invalid = new ArrayList<>();
        for (String page : sample)
            validator.errors(project.site().resolve(page)).forEach(e -> invalid.add(page + ":" + e));
        assertThat(invalid).isEmpty();
    }
}
