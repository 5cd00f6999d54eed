package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relationstimeline.problems.Problem;

class ProblemPrinterTest {
    @Test
    void annotationsCarryFileLineColumnAndTheHint() {
        Problem p = Problem.error(
                "content/entries/2023/x.md",
                4,
                14,
                "unknown-country",
                "unknown country 'Algeira'",
                "did you mean 'Algeria'?");
        assertThat(ProblemPrinter.annotation(p))
                .isEqualTo(
                        "::error file=content/entries/2023/x.md,line=4,col=14::unknown country 'Algeira' (did you mean 'Algeria'?)");
    }

    @Test
    void warningsWithoutPositionOmitLineAndColumn() {
        Problem p = Problem.warning("site.yaml", 0, 0, "unknown-key", "unknown key", "");
        assertThat(ProblemPrinter.annotation(p)).isEqualTo("::warning file=site.yaml::unknown key");
    }

    @Test
    void propertiesAndDataAreEscapedSoContentCannotForgeCommands() {
        Problem p = Problem.warning("a:b,c%.md", 1, 2, "x", "50% done\n::error::forged", "");
        assertThat(ProblemPrinter.annotation(p))
                .isEqualTo("::warning file=a%3Ab%2Cc%25.md,line=1,col=2::50%25 done\\u000a::error::forged");
    }

    @Test
    void annotationsArePrintedOnlyWhenAsked() {
        List<Problem> problems = List.of(Problem.warning("f.md", 1, 1, "x", "m", ""));
        StringWriter plain = new StringWriter();
        ProblemPrinter.print(problems, new PrintWriter(plain), false);
        StringWriter github = new StringWriter();
        ProblemPrinter.print(problems, new PrintWriter(github), true);

        assertThat(plain.toString().lines()).containsExactly("f.md:1:1: warning: m");
        assertThat(github.toString().lines())
                .containsExactly("f.md:1:1: warning: m", "::warning file=f.md,line=1,col=1::m");
    }

    @Test
    void fileNamesInAnnotationsAreEscapedAsPropertiesAndMadeVisible() {
        Problem p = Problem.error("content/a,line=1::b%\r\n::error::x\u001b[2J\u202e.md", 3, 4, "x", "m", "");
        String annotation = ProblemPrinter.annotation(p);
        assertThat(annotation)
                .isEqualTo(
                        "::error file=content/a%2Cline=1%3A%3Ab%25\\u000d\\u000a%3A%3Aerror%3A%3Ax\\u001b[2J\\u202e.md,line=3,col=4::m");
        assertThat(annotation)
                .doesNotContain("\u001b")
                .doesNotContain("\u202e")
                .doesNotContain("\n")
                .doesNotContain("\r");
    }

    @Test
    void zeroWidthAndOtherInvisibleFormatCharactersAreShownEscaped() {
        String hidden = "a\u200bb\u200cc\u200dd\u2060e\u2064f\ufeffg\u00adh\u202ai\u2066j\u2069k\u180el";
        assertThat(ProblemPrinter.visible(hidden))
                .isEqualTo("a\\u200bb\\u200cc\\u200dd\\u2060e\\u2064f\\ufeffg\\u00adh\\u202ai\\u2066j\\u2069k\\u180el");
        // Format characters outside the basic plane (tag characters) and lone surrogates too.
        assertThat(ProblemPrinter.visible("x\udb40\udc41y")).isEqualTo("x\\udb40\\udc41y");
        assertThat(ProblemPrinter.visible("x\ud800y\udc00z")).isEqualTo("x\\ud800y\\udc00z");
        // Visible text, including characters outside the basic plane, is left alone.
        assertThat(ProblemPrinter.visible("Côte d'Ivoire \u0645\u0635\u0631 \ud83c\uddfa\ud83c\udde6"))
                .isEqualTo("Côte d'Ivoire \u0645\u0635\u0631 \ud83c\uddfa\ud83c\udde6");
    }

    @Test
    void printedLinesAndAnnotationMessagesShowZeroWidthCharacters() {
        Problem p = Problem.error(
                "f\u200b.md",
                1,
                1,
                "unknown-country",
                "unknown country 'Rus\u200bsia'",
                "did you mean '\ufeffRussia'?");
        StringWriter github = new StringWriter();
        ProblemPrinter.print(List.of(p), new PrintWriter(github), true);
        assertThat(github.toString().lines())
                .containsExactly(
                        "f\\u200b.md:1:1: error: unknown country 'Rus\\u200bsia' (did you mean '\\ufeffRussia'?)",
                        "::error file=f\\u200b.md,line=1,col=1::unknown country 'Rus\\u200bsia' (did you mean '\\ufeffRussia'?)");
    }
}
