package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.cli.Main;
import org.relationstimeline.site.OutputFolderGuard;
import org.relationstimeline.testing.TestProject;
import org.relationstimeline.text.Hashes;

/**
 * The build replaces its output folder whole, so that folder can never be one that holds sources:
 * the project, content/, templates/, a parent of them, or a folder inside content/ or templates/
 * — however the path is spelt, symbolic links included. Every refusal leaves the sources intact.
 * The theme is a private copy, so a guard failure here could not harm the real one.
 */
class OutputFolderSafetyTest {
    @TempDir
    Path sandbox;

    Path project;
    Map<String, String> sourcesBefore;

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(sandbox.resolve("work/project"));
        Path content = Files.createDirectories(project.resolve("content/entries"));
        Files.writeString(
                content.resolve("x.md"), "---\ntitle: Talks\ndate: 2023-08-01\ncountries: [RU, DZ]\n---\nBody.\n");
        Files.writeString(project.resolve("site.yaml"), "title: Guarded\n");
        TestProject.copyTree(TestProject.THEME, project.resolve("templates"));
        sourcesBefore = snapshot(sandbox);
    }

    /** Path to content hash of every regular file below the folder (site output excluded). */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                files.put(rel, Hashes.of(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private record Run(int code, String err) {}

    private Run build(String out) {
        List<String> args = new ArrayList<>(List.of(
                "build",
                "--content",
                project.resolve("content").toString(),
                "--config",
                project.resolve("site.yaml").toString(),
                "--templates",
                project.resolve("templates").toString(),
                "--out",
                out));
        StringWriter err = new StringWriter();
        int code = Main.execute(
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args.toArray(String[]::new));
        return new Run(code, err.toString());
    }

    private void assertRefusedWithSourcesIntact(Run run) throws IOException {
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to use").contains("as output");
        Map<String, String> after = snapshot(sandbox);
        after.keySet().removeIf(f -> f.endsWith(".lock"));
        assertThat(after).as("not one source file changed, added or removed").isEqualTo(sourcesBefore);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "content",
                "templates",
                "content/..",
                "site/../content",
                "./templates/.",
                "..",
                "../..",
                "content/entries",
                "templates/assets",
                "content/new-site",
                "templates/partials/new-site"
            })
    void sourceFoldersTheirParentsAndTheirInsidesAreRefused(String relative) throws IOException {
        assertRefusedWithSourcesIntact(build(project.resolve(relative).toString()));
    }

    // The file system root and the home folder are asked of the guard alone: a build there, were
    // the guard ever broken, would be a disaster no test should risk.
    @Test
    void fileSystemRootIsRefused() {
        assertThatThrownBy(() -> OutputFolderGuard.check(Path.of("/"), List.of(project)))
                .isInstanceOf(OutputFolderGuard.UnsafeOutputException.class)
                .hasMessageContaining("file system root");
    }

    @Test
    void homeFolderAndItsParentsAreRefused() {
        Path home = Path.of(System.getProperty("user.home"));
        for (Path out : List.of(home, home.resolve("."), home.resolve("x/.."))) {
            assertThatThrownBy(() -> OutputFolderGuard.check(out, List.of(project)))
                    .isInstanceOf(OutputFolderGuard.UnsafeOutputException.class)
                    .hasMessageContaining("home folder");
        }
        if (home.getParent() != null && home.getParent().getParent() != null) {
            assertThatThrownBy(() -> OutputFolderGuard.check(home.getParent(), List.of(project)))
                    .isInstanceOf(OutputFolderGuard.UnsafeOutputException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "content", "templates", ".."})
    void symbolicLinkToASourceFolderIsRefused(String relative) throws IOException {
        Path link = Files.createSymbolicLink(
                sandbox.resolve("innocent-site"), project.resolve(relative).normalize());
        sourcesBefore = snapshot(sandbox);
        assertRefusedWithSourcesIntact(build(link.toString()));
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void pathThroughASymbolicLinkedParentIsResolvedFirst() throws IOException {
        // sandbox/alias -> work/project, so alias/content is the content folder under another name.
        Path alias = Files.createSymbolicLink(sandbox.resolve("alias"), project);
        sourcesBefore = snapshot(sandbox);
        assertRefusedWithSourcesIntact(build(alias.resolve("content").toString()));
        assertRefusedWithSourcesIntact(build(alias.resolve("templates/assets").toString()));
    }

    @Test
    void foreignNonEmptyFolderIsRefused() throws IOException {
        Path foreign = Files.createDirectories(sandbox.resolve("photos"));
        Files.writeString(foreign.resolve("holiday.jpg"), "not ours");
        Run run = build(foreign.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("was not written by relations-timeline");
        assertThat(foreign.resolve("holiday.jpg")).hasContent("not ours");
    }

    @Test
    void existingFileIsRefused() throws IOException {
        Path file = Files.writeString(sandbox.resolve("notes.txt"), "keep me");
        Run run = build(file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(file).hasContent("keep me");
    }

    @Test
    void siteBesideTheSourcesIsFineAndRebuildsReplaceIt() throws IOException {
        Run first = build(project.resolve("site").toString());
        assertThat(first.code()).as(first.err()).isZero();
        Run second = build(project.resolve("site").toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(project.resolve("site/entries/2023/x/index.html")).isRegularFile();
        Map<String, String> after = snapshot(sandbox);
        after.keySet().removeIf(f -> f.startsWith("work/project/site/") || f.startsWith("work/project/.rt-cache/"));
        assertThat(after).isEqualTo(sourcesBefore);
    }
}
