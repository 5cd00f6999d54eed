package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/**
 * Problem messages quote content, and they are printed to terminals and CI logs: control
 * characters in a value or a file name must not forge log lines, workflow commands ("::error::")
 * or terminal escapes.
 */
class TerminalInjectionTest {
    @TempDir
    Path dir;

    private static void assertNoForgedOutput(String err) {
        assertThat(err).doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\r");
        assertThat(Arrays.stream(err.split("\n")))
                .as("every line is one of ours: a problem (path:...) or the summary")
                .allSatisfy(line -> assertThat(line).doesNotStartWith("::").doesNotStartWith("forged"));
    }

    @Test
    void controlCharactersInValuesAreShownEscaped() {
        TestProject project = TestProject.empty(dir);
        project.write(
                "entries/x.md",
                "---\ntitle: x\ndate: 2023-01-01\n"
                        + "countries: [RU, \"Atlantis\\n::error file=README.md::forged\\rforged \\e[2J\\u202Eevil\"]\n"
                        + "countires: \"\\n::warning::forged\"\n---\n");
        TestProject.Run run = project.run("check");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "unknown country 'Atlantis\\u000a::error file=README.md::forged\\u000dforged \\u001b[2J\\u202eevil'");
        assertNoForgedOutput(run.err());
    }

    @Test
    void controlCharactersInFileNamesAreShownEscaped() {
        TestProject project = TestProject.empty(dir);
        project.write("entries/bad\n::error::forged.md", "---\ntitle: x\n---\n");
        TestProject.Run run = project.run("check");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad\\u000a::error::forged.md");
        assertNoForgedOutput(run.err());
    }
}
