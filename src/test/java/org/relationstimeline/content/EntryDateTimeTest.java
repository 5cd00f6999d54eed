package org.relationstimeline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.problems.Problem;

/** A date-time the reader cannot place on one day is an error at the value, with a hint. */
class EntryDateTimeTest {
    private final EntryReader reader = new EntryReader(CountryRegistry.loadDefault(), Map.of(), YamlLimits.DEFAULT);

    private EntryReader.Result read(String frontMatter) {
        String text = "---\n" + frontMatter + "\n---\nBody.\n";
        return reader.read(
                new SourceFile("content/entries/x.md", "entries/x.md", text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-08-01T01:30:00+25:00",
                "2023-08-01T23:59:60Z",
                "2023-08-01T01:30:00",
                "'2023-08-01T01:30:00+19:00'"
            })
    void entryDateIsRefusedAtItsPosition(String written) {
        EntryReader.Result r = read("title: x\ncountries: [DZ, RU]\ndate: " + written);
        assertThat(r.entry()).isEmpty();
        assertThat(r.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("bad-date");
            assertThat(p.file()).isEqualTo("content/entries/x.md");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(7);
            assertThat(p.hint()).isNotEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-08-01T01:30:00+25:00", "2023-08-01T23:59:60Z", "2023-08-01T01:30:00"})
    void sourceDateIsRefusedAtItsPosition(String written) {
        EntryReader.Result r = read("title: x\ncountries: [DZ, RU]\ndate: 2023-08-01\nsources:\n"
                + "  - url: https://example.org/a\n    date: " + written);
        assertThat(r.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("bad-date");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo(11);
            assertThat(p.hint()).isNotEmpty();
        });
    }
}
