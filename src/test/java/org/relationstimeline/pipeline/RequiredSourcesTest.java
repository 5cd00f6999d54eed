package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/** {@code require_sources: true} in site.yaml: an entry that would be published must cite a source. */
class RequiredSourcesTest {
    private static final String UNSOURCED = "entries/2023/2023-09-01-unsourced.md";

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() throws Exception {
        project = TestProject.empty(dir);
        Files.writeString(
                project.root().resolve("site.yaml"), "base_url: https://example.org/\nrequire_sources: true\n");
        project.write(
                "entries/2023/2023-08-01-sourced.md",
                "---\ntitle: Sourced\ndate: 2023-08-01\ncountries: [DZ, RU]\n"
                        + "sources: [https://example.org/a]\n---\n");
    }

    @Test
    void anEntryWithoutASourceIsAnErrorAtItsSourcesKeyOrItsFirstLine() {
        project.write(UNSOURCED, "---\ntitle: Unsourced\ndate: 2023-09-01\ncountries: [DZ, RU]\n---\nBody.\n");
        project.write(
                "entries/2023/2023-09-02-empty.md",
                "---\ntitle: Empty\ndate: 2023-09-02\ncountries: [DZ, RU]\nsources: []\n---\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(UNSOURCED + ":2:1: error: entry has no sources, and this site requires one"
                        + " (require_sources in site.yaml) (add one under 'sources:'")
                .contains("2023-09-02-empty.md:5:1: error: entry has no sources");
    }

    @Test
    void aDraftMayWaitForItsSources() {
        project.write(UNSOURCED, "---\ntitle: Unsourced\ndate: 2023-09-01\ncountries: [DZ, RU]\ndraft: true\n---\n");
        assertThat(project.build().exitCode()).isZero();
        assertThat(project.build("--drafts").exitCode()).isZero();
    }

    @Test
    void withoutTheSwitchItIsOnlyCheckWarning() throws Exception {
        Path config = project.root().resolve("site.yaml");
        Files.writeString(
                config, Files.readString(config).replace("require_sources: true\n", "require_sources: false\n"));
        project.write(UNSOURCED, "---\ntitle: Unsourced\ndate: 2023-09-01\ncountries: [DZ, RU]\n---\n");
        assertThat(project.build().exitCode()).isZero();
        assertThat(project.run("check").err()).contains(UNSOURCED + ":1:1: warning: entry has no sources");
    }
}
