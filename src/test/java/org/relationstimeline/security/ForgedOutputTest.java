package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.cli.Main;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.site.SiteManifest;
import org.relationstimeline.site.StateFiles;
import org.relationstimeline.testing.TestProject;

/**
 * The folders beside the sources are not necessarily the generator's alone: a pull request can
 * commit site/ or the previous generation in .rt-cache/ (ignored files can still be added), and a person can edit them. The
 * manifest only says what a file should hold, so a forged row, a swapped file, a symbolic link or
 * an unlisted file there must never reach the next site, and no write may follow a link out.
 */
class ForgedOutputTest {
    static final String SECRET = "SECRET-9d2e";

    @TempDir
    Path dir;

    TestProject project;
    Path outside;

    @BeforeEach
    void builtTwice() throws IOException {
        project = TestProject.empty(dir.resolve("project"));
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        project.write("entries/a.md", "---\ntitle: First\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\nOne.\n");
        assertThat(project.build().exitCode()).isZero();
        project.write("entries/b.md", "---\ntitle: Second\ndate: 2023-02-01\ncountries: [RU, EG]\n---\nTwo.\n");
        assertThat(project.build().exitCode()).isZero();
    }

    private Path old() {
        return new StateFiles(project.site()).previous();
    }

    private void change() {
        project.write(
                "entries/c.md",
                "---\ntitle: Third " + System.nanoTime() + "\ndate: 2023-03-01\ncountries: [RU, FR]\n---\n");
    }

    private void assertNoSecretPublished() throws IOException {
        try (Stream<Path> walk = Files.walk(project.site())) {
            for (Path p : walk.toList()) {
                assertThat(Files.isSymbolicLink(p)).as(p + " is a link").isFalse();
                if (Files.isRegularFile(p))
                    // Bytes, not text: the site holds pictures (link-preview cards) as well as pages.
                    assertThat(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1))
                            .as(p.toString())
                            .doesNotContain(SECRET);
            }
        }
    }

    @Test
    void swappedFileInTheSiteIsRewrittenEvenWhenNothingChanged() throws IOException {
        String real = Files.readString(project.site().resolve("404.html"));
        Path file = project.site().resolve("404.html");
        Files.delete(file);
        Files.writeString(file, "<script>alert('forged')</script>");
        assertThat(project.build().exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(real);
    }

    @Test
    void siteUnderAManifestSealedElsewhereIsRefusedAsOutput() throws IOException {
        // What a committed site/ looks like: plausible rows, sealed with some other machine's key.
        Path file = project.site().resolve("404.html");
        byte[] real = Files.readAllBytes(file);
        byte[] fake = new byte[real.length];
        java.util.Arrays.fill(fake, (byte) 'X');
        Files.delete(file);
        Files.write(file, fake);
        Path manifest = project.site().resolve(SiteManifest.FILE);
        String[] lines = Files.readString(manifest).split("\n", 2);
        String[] head = lines[0].split("\t");
        assertThat(head).as("the manifest's first row carries a seal").hasSizeGreaterThanOrEqualTo(3);
        head[2] = "0".repeat(head[2].length());
        Files.writeString(manifest, String.join("\t", head) + "\n" + lines[1]);
        // The folder is not this machine's site: the build says so and touches nothing.
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("was not written by relations-timeline on this machine");
        assertThat(Files.readAllBytes(file)).isEqualTo(fake);
        // Removed, as the message says, the next build makes the site afresh.
        NoFollow.deleteTree(project.site());
        assertThat(project.build().exitCode()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(real);
    }

    @Test
    void swappedFileInTheSiteIsRewrittenWhenContentChanged() throws IOException {
        String real = Files.readString(project.site().resolve("404.html"));
        Path file = project.site().resolve("404.html");
        Files.delete(file);
        Files.writeString(file, "<script>alert('forged')</script>");
        change();
        assertThat(project.build().exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(real);
    }

    @Test
    void symbolicLinkInTheSiteIsNeverCarriedOver() throws IOException {
        for (String file : new String[] {"404.html", "index.html"}) {
            Path p = project.site().resolve(file);
            Files.delete(p);
            Files.createSymbolicLink(p, outside.resolve("secret.txt"));
        }
        assertThat(project.build().exitCode()).isZero();
        assertNoSecretPublished();
        change();
        assertThat(project.build().exitCode()).isZero();
        assertNoSecretPublished();
    }

    @Test
    void symbolicLinkInTheRecycledGenerationIsNeverCarriedOver() throws IOException {
        Path p = old().resolve("404.html");
        Files.delete(p);
        Files.createSymbolicLink(p, outside.resolve("secret.txt"));
        change();
        assertThat(project.build().exitCode()).isZero();
        assertNoSecretPublished();
    }

    @Test
    void linkedFolderInTheRecycledGenerationIsNotWrittenThrough() throws IOException {
        // previous/entries -> outside: writing entries/... into the recycled folder must not land there.
        Path entries = old().resolve("entries");
        NoFollow.deleteTree(entries);
        Files.createSymbolicLink(entries, outside);
        change();
        assertThat(project.build().exitCode()).isZero();
        try (Stream<Path> walk = Files.walk(outside)) {
            assertThat(walk.filter(Files::isRegularFile)
                            .map(f -> outside.relativize(f).toString()))
                    .containsExactly("secret.txt");
        }
        assertThat(outside.resolve("secret.txt")).hasContent(SECRET);
        assertThat(project.site().resolve("entries/2023/a/index.html")).isRegularFile();
        assertNoSecretPublished();
    }

    @Test
    void unlistedFileInTheRecycledGenerationIsNotPublished() throws IOException {
        Files.writeString(old().resolve("planted.html"), "<script>alert('planted')</script>");
        Files.createDirectories(old().resolve("deep/er"));
        Files.writeString(old().resolve("deep/er/planted.js"), "alert('planted')");
        change();
        assertThat(project.build().exitCode()).isZero();
        assertThat(project.site().resolve("planted.html")).doesNotExist();
        assertThat(project.site().resolve("deep/er/planted.js")).doesNotExist();
        // And not one build later either, when this generation is recycled again.
        change();
        assertThat(project.build().exitCode()).isZero();
        assertThat(project.site().resolve("planted.html")).doesNotExist();
    }

    @Test
    void themeAssetLinkIsRefusedWhereverItPoints() throws IOException {
        Path theme = dir.resolve("theme");
        Path real = TestProject.THEME;
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path p : walk.toList()) {
                Path target = theme.resolve(real.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        Files.createDirectories(theme.resolve("assets"));
        Files.createSymbolicLink(theme.resolve("assets/innocent.css"), outside.resolve("secret.txt"));
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.execute(
                new java.io.PrintWriter(new java.io.StringWriter(), true),
                new java.io.PrintWriter(err, true),
                "build",
                "--content",
                project.content().toString(),
                "--templates",
                theme.toString(),
                "--config",
                project.root().resolve("site.yaml").toString(),
                "--out",
                project.site().toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("innocent.css").contains("symbolic link");
        assertNoSecretPublished();
        // A link that stays inside the assets folder is refused as well: links in the theme are never followed.
        Files.delete(theme.resolve("assets/innocent.css"));
        Files.writeString(theme.resolve("assets/real.css"), "p{}");
        Files.createSymbolicLink(theme.resolve("assets/alias.css"), Path.of("real.css"));
        code = Main.execute(
                new java.io.PrintWriter(new java.io.StringWriter(), true),
                new java.io.PrintWriter(err, true),
                "build",
                "--content",
                project.content().toString(),
                "--templates",
                theme.toString(),
                "--config",
                project.root().resolve("site.yaml").toString(),
                "--out",
                project.site().toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("alias.css").contains("symbolic link");
    }

    @Test
    void forgedManifestRowsOutsideTheFolderAreHarmless() throws IOException {
        Path manifest = old().resolve(".rt-manifest.tsv");
        Files.writeString(manifest, Files.readString(manifest) + "../../outside/secret.txt\tx\ty\n/etc/passwd\tx\ty\n");
        change();
        assertThat(project.build().exitCode()).isZero();
        assertThat(outside.resolve("secret.txt")).hasContent(SECRET);
        assertNoSecretPublished();
    }
}
