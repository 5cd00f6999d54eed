package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.cli.Main;
import org.relationstimeline.site.SiteManifest;
import org.relationstimeline.testing.GeneratedCorpus;
import org.relationstimeline.testing.Slow;
import org.relationstimeline.testing.TestProject;

/**
 * The build cache and the recycled staging folder must never be a source of wrong output: after
 * every kind of edit, an incremental build is byte-for-byte the site a clean build makes.
 */
@Slow // a generated corpus built cleanly and incrementally after every kind of edit
class IncrementalBuildTest {
    @TempDir
    Path dir;

    TestProject project;
    Path theme;

    @BeforeEach
    void setUp() throws IOException {
        project = GeneratedCorpus.writeProject(dir.resolve("project"), 120, 7);
        theme = dir.resolve("theme");
        TestProject.copyTree(TestProject.THEME, theme);
    }

    private String build(Path out) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(
                new PrintWriter(o, true),
                new PrintWriter(e, true),
                "build",
                "--content",
                project.content().toString(),
                "--config",
                project.root().resolve("site.yaml").toString(),
                "--templates",
                theme.toString(),
                "--out",
                out.toString());
        assertThat(code).as(e.toString()).isZero();
        return o.toString();
    }

    /** Builds incrementally into site/, cleanly into a fresh folder, and compares every file. */
    private String assertIncrementalEqualsClean(String step) throws IOException {
        String summary = build(project.site());
        Path clean = dir.resolve("clean-" + step.replace(' ', '-'));
        build(clean);
        assertThat(TestProject.fileHashes(project.site())).as(step).isEqualTo(TestProject.fileHashes(clean));
        return summary;
    }

    @Test
    void incrementalBuildsMatchCleanBuildsAfterEveryKindOfChange() throws IOException {
        assertIncrementalEqualsClean("first build");
        assertThat(assertIncrementalEqualsClean("nothing changed")).contains(" 0 written");

        Path some = entryFiles().get(10);
        Files.writeString(some, Files.readString(some).replace("title: ", "title: Edited "), StandardCharsets.UTF_8);
        String edited = assertIncrementalEqualsClean("title edited");
        assertThat(edited).doesNotContain(" 0 written");

        Files.writeString(some, Files.readString(some) + "\nAppended body text.\n", StandardCharsets.UTF_8);
        assertIncrementalEqualsClean("body edited");

        Files.delete(entryFiles().get(20));
        assertIncrementalEqualsClean("entry deleted");

        Path renamed = entryFiles().get(30);
        Files.move(renamed, renamed.resolveSibling("renamed-" + renamed.getFileName()));
        assertIncrementalEqualsClean("entry renamed");

        project.write(
                "entries/2024/2024-05-05-new-entry.md",
                "---\ntitle: A new entry\ndate: 2024-05-05\ncountries: [DZ, RU]\ntopics: [trade]\n---\nNew.\n");
        assertIncrementalEqualsClean("entry added");

        Path base = theme.resolve("base.peb");
        Files.writeString(base, Files.readString(base).replace("</footer>", "<p>Theme edit.</p></footer>"));
        assertIncrementalEqualsClean("template edited");

        Path css = theme.resolve("assets/style.css");
        Files.writeString(css, Files.readString(css) + "\n/* edit */\n");
        assertIncrementalEqualsClean("asset edited");

        Path config = project.root().resolve("site.yaml");
        Files.writeString(config, Files.readString(config).replace("Generated Timeline", "Renamed Timeline"));
        assertIncrementalEqualsClean("config edited");
    }

    @Test
    void editingOneEntryRewritesOnlyThePagesThatShowIt() throws IOException {
        build(project.site());
        build(project.site()); // a second generation, so the staging folder is recycled from now on
        Map<String, Object> before = inodes(project.site());
        Path some = entryFiles().get(5);
        Files.writeString(some, Files.readString(some) + "\nOne more sentence.\n", StandardCharsets.UTF_8);
        build(project.site());
        Map<String, Object> after = inodes(project.site());
        List<String> rewritten = new ArrayList<>();
        after.forEach((file, inode) -> {
            if (!inode.equals(before.get(file))) rewritten.add(file);
        });
        // A body edit shows only on the entry's own page (lists show titles and summaries), plus
        // the files that cover the whole site's data.
        assertThat(rewritten).filteredOn(f -> f.endsWith(".html")).hasSize(1);
        assertThat(rewritten.size()).isLessThan(after.size() / 10);
    }

    @Test
    void aBodyEditLeavesTheDataExportsUnwrittenAndATitleEditRewritesThem() throws IOException {
        build(project.site());
        build(project.site());
        Path json = project.site().resolve("data/entries.json");
        SiteManifest.Row before = SiteManifest.of(project.site()).files().get("data/entries.json");
        // Known by its inputs, not its content: the build keeps it without making it while they hold.
        assertThat(before.inputs()).isNotEqualTo(before.content());
        Object inode = Files.getAttribute(json, "unix:ino");

        Path some = entryFiles().get(5);
        Files.writeString(some, Files.readString(some) + "\nOne more sentence.\n", StandardCharsets.UTF_8);
        assertIncrementalEqualsClean("body edited");
        assertThat(SiteManifest.of(project.site()).files().get("data/entries.json"))
                .isEqualTo(before);
        assertThat(Files.getAttribute(json, "unix:ino")).isEqualTo(inode);

        Files.writeString(
                some, Files.readString(some).replaceFirst("title: ", "title: Retitled "), StandardCharsets.UTF_8);
        assertIncrementalEqualsClean("title edited");
        SiteManifest.Row after = SiteManifest.of(project.site()).files().get("data/entries.json");
        assertThat(after.inputs()).isNotEqualTo(before.inputs());
        assertThat(Files.readString(json)).contains("\"title\":\"Retitled ");
        assertThat(Files.readString(project.site().resolve("data/entries.csv"))).contains("Retitled ");
    }

    private List<Path> entryFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(project.content())) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static Map<String, Object> inodes(Path root) throws IOException {
        Map<String, Object> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.getAttribute(p, "unix:ino"));
            }
        }
        return out;
    }
}
