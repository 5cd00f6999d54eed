package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/**
 * A contributed symbolic link must not make the build read files from elsewhere on the machine
 * (git stores links, so a pull request can add one): links leaving content/ are errors, and the
 * text they point at never reaches the site.
 */
class ContentSymlinkTest {
    static final String SECRET = "SECRET-4f1c";

    @TempDir
    Path dir;

    TestProject project;
    Path outside;

    @BeforeEach
    void setUp() throws IOException {
        project = TestProject.empty(dir.resolve("project"));
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(
                outside.resolve("secret.md"),
                "---\ntitle: " + SECRET + "\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\n" + SECRET + "\n");
        project.write("entries/ok.md", "---\ntitle: Fine\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\n");
    }

    private void assertRefusedAndNotLeaked(TestProject.Run run, String linkName) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(linkName).contains("symbolic link points outside the content folder");
        assertThat(run.err()).doesNotContain(SECRET);
        assertThat(project.site()).doesNotExist();
    }

    @Test
    void absoluteLinkToAFileOutsideIsRefused() throws IOException {
        Files.createSymbolicLink(project.content().resolve("entries/leak.md"), outside.resolve("secret.md"));
        assertRefusedAndNotLeaked(project.build(), "leak.md");
    }

    @Test
    void relativeLinkClimbingOutIsRefused() throws IOException {
        Files.createSymbolicLink(project.content().resolve("entries/leak.md"), Path.of("../../../outside/secret.md"));
        assertRefusedAndNotLeaked(project.build(), "leak.md");
    }

    @Test
    void linkToAFolderOutsideIsRefusedAndNotWalked() throws IOException {
        Files.createSymbolicLink(project.content().resolve("entries/more"), outside);
        assertRefusedAndNotLeaked(project.build(), "more");
    }

    @Test
    void chainOfLinksEndingOutsideIsRefused() throws IOException {
        Files.createSymbolicLink(project.content().resolve("hop.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(project.content().resolve("entries/leak.md"), Path.of("../hop.md"));
        TestProject.Run run = project.build();
        assertRefusedAndNotLeaked(run, "leak.md");
        assertThat(run.err()).contains("hop.md");
    }

    @Test
    void linkToSystemFileIsRefused() throws IOException {
        Files.createSymbolicLink(project.content().resolve("entries/passwd.md"), Path.of("/etc/passwd"));
        TestProject.Run run = project.build();
        assertRefusedAndNotLeaked(run, "passwd.md");
        assertThat(run.err()).doesNotContain("root:");
    }

    @Test
    void checkRefusesTheSameLinks() throws IOException {
        Files.createSymbolicLink(project.content().resolve("entries/leak.md"), outside.resolve("secret.md"));
        TestProject.Run run = project.run("check");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("points outside").doesNotContain(SECRET);
    }

    @Test
    void linkInsideTheContentFolderIsFollowed() throws IOException {
        project.write("shared/original.md", "---\ntitle: Linked within\ndate: 2023-02-01\ncountries: [RU, EG]\n---\n");
        Files.createSymbolicLink(project.content().resolve("entries/linked.md"), Path.of("../shared/original.md"));
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.site().resolve("entries/2023/linked/index.html")).isRegularFile();
    }

    @Test
    void brokenLinkIsAnError() throws IOException {
        Files.createSymbolicLink(project.content().resolve("entries/gone.md"), outside.resolve("missing.md"));
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("gone.md");
    }
}
