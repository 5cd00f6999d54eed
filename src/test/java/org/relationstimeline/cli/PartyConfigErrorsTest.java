package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/** Two bad parties in site.yaml: both are reported, each at its line, and the command fails as for content errors. */
class PartyConfigErrorsTest {
    @TempDir
    Path tmp;

    private TestProject project;

    @BeforeEach
    void twoBadParties() throws IOException {
        project = TestProject.empty(tmp);
        Files.writeString(tmp.resolve("site.yaml"), """
                title: Test
                parties:
                  - code: AU
                    name: African Union
                  - code: NATO
                    name: NATO
                    aliases: [Russia]
                """);
        project.write("entries/2023/a.md", "---\ntitle: Talks\ndate: 2023-08-01\ncountries: [RU, DZ]\n---\nText.\n");
    }

    private static void assertBothReported(TestProject.Run run) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        String output = run.out() + run.err();
        assertThat(output).contains("site.yaml:3:11: error: code 'AU' is already the code of Australia");
        assertThat(output)
                .contains("site.yaml:7:15: error: alias 'Russia' of NATO clashes with name 'Russia' of Russia");
    }

    @Test
    void checkReportsBoth() {
        assertBothReported(project.run("check"));
    }

    @Test
    void buildReportsBothAndWritesNoSite() {
        assertBothReported(project.build());
        assertThat(project.site()).doesNotExist();
    }
}
