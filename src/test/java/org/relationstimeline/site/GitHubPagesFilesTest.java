package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/** .nojekyll and CNAME, the files GitHub Pages reads when it serves a branch. */
class GitHubPagesFilesTest {
    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.copy("basic", dir);
    }

    private void appendToConfig(String yaml) throws IOException {
        Files.writeString(project.root().resolve("site.yaml"), yaml, StandardOpenOption.APPEND);
    }

    @Test
    void nojekyllIsAlwaysWrittenAndCnameOnlyWhenTheConfigNamesADomain() throws IOException {
        assertThat(project.build().exitCode()).isZero();
        assertThat(project.site().resolve(".nojekyll")).exists().isEmptyFile();
        assertThat(project.site().resolve("CNAME")).doesNotExist();

        appendToConfig("domain: timeline.example.org\n");
        assertThat(project.build().exitCode()).isZero();
        assertThat(Files.readString(project.site().resolve("CNAME"))).isEqualTo("timeline.example.org\n");
    }

    @Test
    void aDomainWrittenAsAUrlIsAConfigErrorNotABrokenCname() throws IOException {
        appendToConfig("domain: https://timeline.example.org/\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: domain must be a host name such as timeline.example.org");
    }
}
