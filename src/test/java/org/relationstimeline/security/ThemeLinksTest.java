package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/**
 * The theme is contributed like content (SECURITY.md): a link anywhere in it is an error naming
 * the link, so a template cannot publish a file from elsewhere on the machine; a file too large
 * for a theme is refused before it is read.
 */
class ThemeLinksTest {
    @TempDir
    Path dir;

    TestProject project;
    Path theme;

    @BeforeEach
    void projectWithPrivateTheme() {
        project = TestProject.empty(dir.resolve("project"));
        project.write("entries/a.md", "---\ntitle: First\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\nOne.\n");
        theme = project.copyTheme();
    }

    private TestProject.Run build(Path templates) {
        return project.build("--templates", templates.toString());
    }

    @Test
    void aLinkInTheThemeIncludedByATemplateIsAnErrorAndPublishesNothing() throws IOException {
        Path secret = dir.resolve("environ");
        Files.writeString(secret, "GITHUB_TOKEN=ghp_secret_value\n");
        Files.createSymbolicLink(theme.resolve("partials/env.peb"), secret);
        Files.writeString(
                theme.resolve("404.peb"),
                Files.readString(theme.resolve("404.peb")) + "{% include \"partials/env.peb\" %}\n");

        TestProject.Run run = build(theme);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("partials/env.peb").contains("symbolic link");
        assertThat(project.site()).doesNotExist();
    }

    @Test
    void aLinkToAFolderInTheThemeIsRefusedToo() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("x.peb"), "secret");
        Files.createSymbolicLink(theme.resolve("partials/linked"), elsewhere);

        TestProject.Run run = build(theme);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("partials/linked").contains("symbolic link");
    }

    @Test
    void everyLinkIsReportedInOneRun() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret"), "x");
        Files.createSymbolicLink(theme.resolve("assets/one.css"), secret);
        Files.createSymbolicLink(theme.resolve("partials/two.peb"), secret);

        TestProject.Run run = build(theme);

        assertThat(run.err()).contains("assets/one.css").contains("partials/two.peb");
    }

    @Test
    void aSparseFileOfGigabytesIsRefusedByItsSize() throws IOException {
        try (RandomAccessFile f =
                new RandomAccessFile(theme.resolve("assets/huge.bin").toFile(), "rw")) {
            f.setLength(3L << 30);
        }

        TestProject.Run run = build(theme);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("assets/huge.bin")
                .contains("larger than")
                .doesNotContain("OutOfMemoryError");
    }

    @Test
    void aThemeFolderGivenAsALinkIsReadAndFingerprintedWhereItPoints() throws IOException {
        Path link = dir.resolve("theme-link");
        Files.createSymbolicLink(link, theme);
        assertThat(build(link).exitCode()).isZero();
        Path base = theme.resolve("base.peb");
        Files.writeString(base, Files.readString(base).replace("</body>", "<p id=\"changed\">changed</p></body>"));

        assertThat(build(link).exitCode()).isZero();

        assertThat(project.page("index.html").getElementById("changed"))
                .as("the edit behind the link is seen")
                .isNotNull();
    }
}
