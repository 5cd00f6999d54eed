package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/**
 * {@code build --verify-output}, for a site restored from a CI cache: a file altered without
 * changing its size is not reused (the manifest alone checks only sizes), and an intact site is.
 */
class VerifiedOutputTest {
    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.empty(dir);
        project.write("entries/a.md", """
                ---
                title: Talks in Cairo
                date: 2023-01-01
                countries: [RU, EG]
                sources: [https://example.org/a]
                ---
                The ministers met.
                """);
        // As the Pages workflow builds: every build verifies, so every file it leaves is hashed.
        assertThat(project.build("--verify-output").exitCode()).isZero();
    }

    @Test
    void aSiteBuiltWithoutTheOptionHasItsLargeFilesMadeAgainWhenVerified() throws IOException {
        project.write("entries/b.md", """
                ---
                title: Talks in Rabat
                date: 2023-02-01
                countries: [RU, MA]
                sources: [https://example.org/b]
                ---
                The ministers met again.
                """);
        assertThat(project.build().exitCode()).isZero();

        TestProject.Run run = project.build("--verify-output");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .as("large files a local build listed unhashed cannot be verified, so they are made again")
                .doesNotContain(" 0 written");
        assertThat(project.build("--verify-output").out()).contains("0 written");
    }

    /** The entry's page with its title replaced by one of the same length. */
    private Path tamper() throws IOException {
        Path page;
        try (var files = Files.walk(project.site().resolve("entries"))) {
            page = files.filter(p -> p.toString().endsWith("index.html"))
                    .findFirst()
                    .orElseThrow();
        }
        String html = Files.readString(page);
        assertThat(html).contains("Talks in Cairo");
        Files.delete(page); // the file is shared with the previous generation by a hard link
        Files.writeString(page, html.replace("Talks in Cairo", "Forged Cairo!!"));
        return page;
    }

    @Test
    void anAlteredFileOfTheSameSizeIsMadeAgain() throws IOException {
        Path page = tamper();

        TestProject.Run run = project.build("--verify-output");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 written");
        assertThat(Files.readString(page)).contains("Talks in Cairo").doesNotContain("Forged Cairo!!");
    }

    @Test
    void withoutTheOptionOnlySizesAreChecked() throws IOException {
        Path page = tamper();

        assertThat(project.build().exitCode()).isZero();

        assertThat(Files.readString(page))
                .as("a local build trusts its own folder's sizes; CI must pass --verify-output")
                .contains("Forged Cairo!!");
    }

    @Test
    void anIntactSiteIsStillUpToDate() {
        TestProject.Run run = project.build("--verify-output");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("0 written");
    }
}
