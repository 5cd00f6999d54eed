package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

class CliTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void helpListsTheCommands() {
        String[] r = run("--help");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("build", "check", "Exit codes");
    }

    @Test
    void everyCommandIsListedAndFoundWhateverTheCommandLineNames() {
        String[] r = run("--help");
        assertThat(r[1]).contains("  build ", "  check ", "  serve ", "  new ", "  import ", "  help ");
        assertThat(run("help", "serve")[1]).contains("Usage: relations-timeline serve");
        assertThat(run("check", "--help")[1]).contains("Usage: relations-timeline check");
        // A mistyped command is still told the commands it may have meant
        String[] typo = run("chek");
        assertThat(typo[0]).isEqualTo("2");
        assertThat(typo[2]).contains("chek").contains("check");
        // The command line made for one command holds that command alone
        assertThat(Main.commandLine("check", "--drafts").getSubcommands()).containsOnlyKeys("check");
        assertThat(Main.commandLine("--help").getSubcommands())
                .containsOnlyKeys("build", "check", "serve", "new", "import", "help");
    }

    @Test
    void versionIsPrinted() {
        String[] r = run("--version");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).startsWith("relations-timeline ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("build", "--frobnicate")[0]).isEqualTo("2");
        assertThat(run("build", "--base-url", "not-a-url")[0]).isEqualTo("2");
        assertThat(run()[0]).isEqualTo("2");
    }

    @Test
    void aMalformedBaseUrlIsAUsageErrorWithoutAStackTrace() {
        String[] r = run("build", "--base-url", "https://example.org/my site/");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2])
                .contains("--base-url")
                .contains("not a valid URL")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run("build", "--base-url", "https:///no-host/")[2]).contains("no host name");
    }

    @Test
    void aMissingThemeFolderIsAUsageError() {
        TestProject project = TestProject.copy("basic", dir);
        TestProject.Run run =
                project.build("--templates", dir.resolve("no-such-theme").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("templates folder does not exist");
    }

    @Test
    void checkExitsOneOnErrorsAndZeroOnWarningsOnly() {
        TestProject project = TestProject.copy("basic", dir);
        TestProject.Run clean = project.run("check");
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).contains("0 error(s)");
        project.write("x.md", "---\ntitle: x\ndate: 2001\ncountries: [DZ, RU]\ncountires: [x]\n---\n");
        TestProject.Run warned = project.run("check");
        assertThat(warned.exitCode()).isZero();
        assertThat(warned.err())
                .contains(
                        "x.md:5:1: warning: unknown front matter key 'countires' is ignored (did you mean 'countries'?)");
        project.write("y.md", "---\ntitle: y\n---\n");
        assertThat(project.run("check").exitCode()).isEqualTo(1);
    }

    @Test
    void githubAnnotationEscapesItsProperties() {
        var p = org.relationstimeline.problems.Problem.error("content/a,b:c.md", 3, 7, "x", "bad: 100% thing", "");
        assertThat(ProblemPrinter.annotation(p))
                .isEqualTo("::error file=content/a%2Cb%3Ac.md,line=3,col=7::bad: 100%25 thing");
    }
}
