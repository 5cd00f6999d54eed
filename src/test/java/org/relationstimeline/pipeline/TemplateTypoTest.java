package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/**
 * Templates run with strict variables: a misspelt variable, field or filter is an error at the
 * template file and line, with the closest name, reported once however many pages it fails on,
 * and the previous site stays as it was.
 */
class TemplateTypoTest {
    @TempDir
    Path dir;

    TestProject project;
    Path theme;
    String siteBefore;

    @BeforeEach
    void builtProjectWithItsOwnTheme() throws IOException {
        project = TestProject.empty(dir.resolve("project"));
        project.write("a.md", "---\ntitle: First\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\nOne.\n");
        project.write("b.md", "---\ntitle: Second\ndate: 2023-02-01\ncountries: [RU, DZ]\n---\nTwo.\n");
        project.write("c.md", "---\ntitle: Third\ndate: 2023-03-01\ncountries: [RU, EG]\n---\nThree.\n");
        theme = project.copyTheme();
        assertThat(build().exitCode()).isZero();
        siteBefore = Files.readString(project.site().resolve("index.html"));
    }

    private TestProject.Run build() {
        return project.build("--templates", theme.toString());
    }

    /** Replaces the first occurrence of {@code from} in a theme file and returns its 1-based line. */
    private int misspell(String file, String from, String to) throws IOException {
        Path path = theme.resolve(file);
        List<String> lines = Files.readAllLines(path);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(from)) {
                lines.set(i, lines.get(i).replaceFirst(java.util.regex.Pattern.quote(from), to));
                Files.write(path, lines);
                return i + 1;
            }
        }
        throw new AssertionError(from + " is not in " + file);
    }

    @Test
    void aMisspeltFieldIsOneErrorAtItsLineWithTheFieldItMeant() throws IOException {
        int line = misspell("entry.peb", "{{ entry.title }}", "{{ entry.titel }}");

        TestProject.Run run = build();

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> errors =
                run.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0))
                .startsWith(theme.resolve("entry.peb") + ":" + line + ": error: 'titel' is not a field of Entry")
                .contains("and 2 other pages")
                .contains("did you mean 'title'?");
        assertThat(Files.readString(project.site().resolve("index.html"))).isEqualTo(siteBefore);
    }

    @Test
    void aMisspeltVariableInAPartialNamesThePartial() throws IOException {
        int line = misspell("partials/pagination.peb", "{% if pagination.multiple %}", "{% if paginaton.multiple %}");

        TestProject.Run run = build();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        theme.resolve("partials/pagination.peb") + ":" + line + ": error: unknown variable 'paginaton'")
                .contains("did you mean 'pagination'?");
    }

    @Test
    void aMisspeltFilterAndAMisspeltVariableInTwoTemplatesAreBothReported() throws IOException {
        int filterLine = misspell("years.peb", "| count(\"event\")", "| cuont(\"event\")");
        int variableLine = misspell("404.peb", "{{ title }}", "{{ titel }}");

        TestProject.Run run = build();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(theme.resolve("years.peb") + ":" + filterLine + ": error: unknown filter 'cuont'")
                .contains("did you mean 'count'?")
                .contains(theme.resolve("404.peb") + ":" + variableLine + ": error: unknown variable 'titel'");
    }

    @Test
    void anUnknownFieldWithNothingCloseSendsTheEditorToTheContract() throws IOException {
        misspell("entry.peb", "{{ entry.title }}", "{{ entry.headlineText }}");

        TestProject.Run run = build();

        assertThat(run.err()).contains("'headlineText' is not a field of Entry").contains("docs/THEME.md");
    }
}
