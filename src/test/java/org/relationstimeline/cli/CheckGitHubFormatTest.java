package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/**
 * {@code check --format github}: one workflow command per finding on standard output, which
 * GitHub turns into annotations on the lines of a pull request (what .github/workflows/check.yml
 * runs), and the people's lines with the summary on standard error.
 */
class CheckGitHubFormatTest {
    @TempDir
    Path dir;

    private TestProject project() {
        TestProject p = TestProject.empty(dir);
        p.write(
                "entries/2023/2023-08-01-talks.md",
                "---\ntitle: Talks\ndate: 2023-08-01\ncountries: [DZ, Rusia]\n"
                        + "sources: [{title: Report, publisher: Reuters, date: 2023-08-01, url: \"https://example.org/a\"}]\n---\nBody.\n");
        p.write(
                "entries/2023/2023-08-02-visit.md",
                "---\ntitle: Visit\ndate: 2023-08-02\ncountries: [DZ, RU]\n"
                        + "countires: [x]\nsources: [{title: Report, publisher: Reuters, date: 2023-08-01, url: \"https://example.org/b\"}]\n---\nBody.\n");
        return p;
    }

    /** The file as check names it, relative to where it runs when it can be. */
    private static String shown(TestProject p, String relative) {
        return org.relationstimeline.pipeline.BuildOptions.display(p.content().resolve(relative));
    }

    @Test
    void eachFindingIsOneAnnotationAtItsLineAndColumn() {
        TestProject p = project();
        TestProject.Run run = p.run("check", "--format", "github");
        String talks =
                shown(p, "entries/2023/2023-08-01-talks.md").replace(":", "%3A").replace(",", "%2C");
        String visit =
                shown(p, "entries/2023/2023-08-02-visit.md").replace(":", "%3A").replace(",", "%2C");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .containsExactly(
                        "::error file=" + talks + ",line=4,col=17::unknown country 'Rusia' (did you mean 'Russia'?)",
                        "::warning file=" + visit + ",line=5,col=1::unknown front matter key 'countires' is ignored"
                                + " (did you mean 'countries'?)");
        assertThat(run.err())
                .contains("2023-08-01-talks.md:4:17: error: unknown country 'Rusia'")
                .endsWith("checked 2 file(s): 1 error(s), 1 warning(s)\n")
                .doesNotContain("::");
    }

    @Test
    void pastTheTenAnnotationsGitHubDrawsANoticeSaysTheLogHasTheRest() {
        TestProject p = TestProject.empty(dir);
        for (int i = 0; i < 11; i++) {
            p.write("entries/e" + i + ".md", "---\ntitle: E\ndate: 2023\ncountries: [DZ, Rusia]\n---\n");
        }
        List<String> out = p.run("check", "--format", "github").out().lines().toList();
        assertThat(out).hasSize(12);
        assertThat(out.get(11))
                .isEqualTo("::notice::check found 11 error(s) and 0 warning(s); GitHub shows 10 of each kind"
                        + " on the lines, and this step's log lists them all");
    }

    @Test
    void aCleanCheckPrintsNoAnnotation() {
        TestProject p = TestProject.empty(dir);
        p.write(
                "entries/a.md",
                "---\ntitle: A\ndate: 2023\ncountries: [DZ, RU]\nsources: [{title: Report, publisher: Reuters, date: 2023-08-01, url: \"https://example.org/a\"}]\n---\n");
        TestProject.Run run = p.run("check", "--format", "github");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("checked 1 file(s): 0 error(s), 0 warning(s)\n");
    }

    @Test
    void theHelpNamesTheFormat() {
        TestProject.Run run = TestProject.empty(dir).run("check", "--help");
        assertThat(run.out()).contains("check --format github ").contains("or github (workflow annotations");
    }
}
