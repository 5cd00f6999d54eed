package org.relationstimeline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.pipeline.BuildOptions;

/**
 * The preview's rebuild is the build's own incremental mechanism: after one entry changes, only
 * the pages showing that entry are written again; every other file is the same file (same inode,
 * hard-linked from the previous build).
 */
class PartialRebuildTest {
    @TempDir
    Path tmp;

    private Path project;
    private PreviewBuilder builder;

    @BeforeEach
    void build() throws IOException {
        project = PreviewFixture.project(tmp.resolve("project"));
        BuildOptions options = BuildOptions.standard(project)
                .withOut(tmp.resolve("preview/site"))
                .withBaseUrl("http://127.0.0.1:8080/");
        builder = new PreviewBuilder(options, new PrintWriter(new StringWriter()));
        assertThat(builder.rebuild().errors()).isEmpty();
    }

    /** Every file of the preview site by path, with its inode: a rewritten file is a new file. */
    private Map<String, Object> inodes() throws IOException {
        Path site = builder.siteFolder();
        Map<String, Object> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(site.relativize(p).toString().replace('\\', '/'), Files.getAttribute(p, "unix:ino"));
            }
        }
        return out;
    }

    private static Set<String> rewrittenPages(Map<String, Object> before, Map<String, Object> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((file, inode) -> {
            if (file.endsWith(".html") && !inode.equals(before.get(file))) changed.add(file);
        });
        return changed;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = project.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to));
    }

    @Test
    void editingOneEntryRewritesOnlyThePagesThatShowIt() throws IOException {
        Map<String, Object> before = inodes();
        edit(
                "content/entries/2023/2023-08-01-military-talks.md",
                "discuss military cooperation",
                "hold talks on air defence");

        PreviewBuilder.State state = builder.rebuild();

        assertThat(state.errors()).isEmpty();
        Map<String, Object> after = inodes();
        assertThat(rewrittenPages(before, after))
                .containsExactlyInAnyOrder(
                        "entries/2023/military-talks/index.html", // the entry itself
                        "entries/2023/partnership/index.html", // its neighbour on Algeria-Russia links to it by title
                        "relations/algeria-russia/index.html", // its pair
                        "relations/algeria-russia/oldest-first/index.html", // and its pair read oldest first
                        "countries/algeria/index.html", // its countries, in both orders
                        "countries/algeria/oldest-first/index.html",
                        "countries/russia/index.html",
                        "countries/russia/oldest-first/index.html",
                        "topics/defense/index.html", // its topic
                        "years/2023/index.html", // its year
                        "index.html"); // the home page lists recent entries
        assertThat(after.get("relations/egypt-russia/index.html"))
                .isEqualTo(before.get("relations/egypt-russia/index.html"));
        assertThat(after.get("assets/style.css")).isEqualTo(before.get("assets/style.css"));
        assertThat(state.lastReport().unchanged())
                .isGreaterThan(state.lastReport().written());
    }

    @Test
    void addingAProfileRewritesOnlyThePageOfItsRelation() throws IOException {
        Map<String, Object> before = inodes();
        Files.createDirectories(project.resolve("content/relations"));
        Files.writeString(
                project.resolve("content/relations/algeria-russia.md"), "---\nsummary: A profile.\n---\nOverview.\n");

        PreviewBuilder.State state = builder.rebuild();

        assertThat(state.errors()).isEmpty();
        assertThat(rewrittenPages(before, inodes()))
                .containsExactly(
                        "relations/algeria-russia/index.html", "relations/algeria-russia/oldest-first/index.html");
    }

    @Test
    void aGeneralPagesTextIsItsOwnButItsTitleIsInEveryFooter() throws IOException {
        Files.createDirectories(project.resolve("content/pages"));
        Files.writeString(project.resolve("content/pages/about.md"), "---\ntitle: About\n---\nFirst text.\n");
        assertThat(builder.rebuild().errors()).isEmpty();
        Map<String, Object> before = inodes();

        edit("content/pages/about.md", "First text.", "Second text.");
        assertThat(builder.rebuild().errors()).isEmpty();
        Map<String, Object> afterText = inodes();
        assertThat(rewrittenPages(before, afterText)).containsExactly("pages/about/index.html");

        edit("content/pages/about.md", "title: About", "title: About this site");
        assertThat(builder.rebuild().errors()).isEmpty();
        Set<String> pages = new TreeSet<>(afterText.keySet());
        pages.removeIf(f -> !f.endsWith(".html") || f.startsWith("relations/") && !isPage(f));
        assertThat(rewrittenPages(afterText, inodes())).containsAll(pages);
    }

    /** False for the small pages at reversed pair addresses, which have no footer. */
    private boolean isPage(String file) {
        try {
            return Files.readString(builder.siteFolder().resolve(file)).contains("site-footer");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void savingWithoutChangesRewritesNothingAndDoesNotReload() throws IOException {
        long generation = builder.state().generation();
        Map<String, Object> before = inodes();
        Path entry = project.resolve("content/entries/2021/2021-03-10-energy.md");
        Files.writeString(entry, Files.readString(entry));

        PreviewBuilder.State state = builder.rebuild();

        assertThat(rewrittenPages(before, inodes())).isEmpty();
        assertThat(state.lastReport().written()).isZero();
        assertThat(state.generation()).as("no reload").isEqualTo(generation);
    }

    @Test
    void aFailedBuildKeepsTheLastGoodSiteAndRecoveryRebuildsIncrementally() throws IOException {
        Map<String, Object> before = inodes();
        edit("content/entries/2021/2021-03-10-energy.md", "countries: [FR, DE]", "countries: [FR]");
        PreviewBuilder.State broken = builder.rebuild();
        assertThat(broken.errors()).extracting(p -> p.code()).containsExactly("single-party");
        assertThat(broken.hasSite()).isTrue();
        assertThat(inodes()).isEqualTo(before);

        edit("content/entries/2021/2021-03-10-energy.md", "countries: [FR]", "countries: [FR, DE]");
        PreviewBuilder.State fixed = builder.rebuild();
        assertThat(fixed.errors()).isEmpty();
        assertThat(fixed.generation())
                .as("the overlay goes away, so tabs reload")
                .isGreaterThan(broken.generation());
        assertThat(rewrittenPages(before, inodes())).isEmpty();
    }
}
