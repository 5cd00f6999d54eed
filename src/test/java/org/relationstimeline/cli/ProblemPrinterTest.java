package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relationstimeline.content.Problem;

class ProblemPrinterTest {
    @Test
    void annotationsCarryFileLineColumnAndTheHint() {
        Problem p = Problem.error("content/entries/2023/x.md", 4, 14, "unknown-country", "unknown country 'Algeira'",
                "did you mean 'Algeria'?");
        assertThat(ProblemPrinter.annotation(p))
                .isEqualTo("::error file=content/entries/2023/x.md,line=4,col=14::unknown country 'Algeira' (did you mean 'Algeria'?)");
    }

    @Test
    void warningsWithoutPositionOmitLineAndColumn() {
        Problem p = Problem.warning("site.yaml", 0, 0, "unknown-key", "unknown key", "");
        assertThat(ProblemPrinter.annotation(p)).isEqualTo("::warning file=site.yaml::unknown key");
    }

    @Test
    void propertiesAndDataAreEscapedSoContentCannotForgeCommands() {
        Problem p = Problem.warning("a:b,c%.md", 1, 2, "x", "50% done\n::error::forged", "");
        assertThat(ProblemPrinter.annotation(p)).isEqualTo("::warning file=a%3Ab%2Cc%25.md,line=1,col=2::50%25 done\\u000a::error::forged");
    }

    @Test
    void annotationsArePrintedOnlyWhenAsked() {
        List<Problem> problems = List.of(Problem.warning("f.md", 1, 1, "x", "m", ""));
        StringWriter plain = new StringWriter();
        ProblemPrinter.print(problems, new PrintWriter(plain), false);
        StringWriter github = new StringWriter();
        ProblemPrinter.print(problems, new PrintWriter(github), true);

        assertThat(plain.toString().lines()).containsExactly("f.md:1:1: warning: m");
        assertThat(github.toString().lines()).containsExactly("f.md:1:1: warning: m", "::warning file=f.md,line=1,col=1::m");
    }
}
