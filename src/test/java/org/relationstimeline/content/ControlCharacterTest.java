package org.relationstimeline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.timeline.Entry;

/**
 * NUL, BEL, ESC and the other control characters (tab and line breaks excepted), lone surrogates
 * and noncharacters never reach pages, feeds or the data export: an entry holding one, raw or as
 * a YAML escape or a character reference, is refused at the file, line and column where it stands.
 */
class ControlCharacterTest {
    private final EntryReader reader =
            new EntryReader(CountryRegistry.loadDefault(), Map.of("trade", "Trade"), YamlLimits.DEFAULT);

    private EntryReader.Result read(String text) {
        return reader.read(
                new SourceFile("content/entries/x.md", "entries/x.md", text.getBytes(StandardCharsets.UTF_8)));
    }

    private Problem onlyError(String text) {
        EntryReader.Result r = read(text);
        assertThat(r.entry()).as("no entry is made").isEmpty();
        // Other findings may come with it (a country name holding ESC is also unknown); this one is reported once.
        List<Problem> errors = r.problems().stream()
                .filter(Problem::isError)
                .filter(p -> p.code().equals("control-character"))
                .toList();
        assertThat(errors).as(r.problems().toString()).hasSize(1);
        Problem p = errors.get(0);
        assertThat(p.file()).isEqualTo("content/entries/x.md");
        assertThat(p.hint()).isNotEmpty();
        return p;
    }

    /** Line 2 is the title: {@code title: "ab<escape>c"}, so the backslash is at column 11. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\\0 | U+0000",
                "\\a | U+0007",
                "\\e | U+001B",
                "\\x7f | U+007F",
                "\\x85 | U+0085",
                "\\N | U+0085",
                "\\ud800 | U+D800",
                "\\udc00 | U+DC00",
                "\\U0000001b | U+001B",
                "\\uffff | U+FFFF",
                "\\b | U+0008"
            })
    void yamlEscapesInFrontMatterAreRefusedWhereTheyStand(String escape, String named) {
        Problem p = onlyError("---\ntitle: \"ab" + escape + "c\"\ndate: 2023-01-01\ncountries: [DZ, RU]\n---\nBody.\n");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(11);
        assertThat(p.message()).contains(named).contains("'title'");
    }

    @Test
    void escapesInListsNestedSourcesAndKeysAreFoundToo() {
        Problem inList = onlyError("---\ntitle: x\ndate: 2023-01-01\ncountries: [RU, \"D\\eZ\"]\n---\n");
        assertThat(List.of(inList.line(), inList.column())).containsExactly(4, 19);
        Problem inSource = onlyError("---\ntitle: x\ndate: 2023-01-01\ncountries: [DZ, RU]\nsources:\n"
                + "  - url: https://example.org/a\n    title: \"Report\\x07\"\n---\n");
        assertThat(List.of(inSource.line(), inSource.column())).containsExactly(7, 19);
        Problem inKey = onlyError("---\ntitle: x\ndate: 2023-01-01\ncountries: [DZ, RU]\n\"sum\\0mary\": y\n---\n");
        assertThat(List.of(inKey.line(), inKey.column())).containsExactly(5, 5);
        Problem secondLine =
                onlyError("---\ntitle: \"one\n  two \\e three\"\ndate: 2023-01-01\ncountries: [DZ, RU]\n---\n");
        assertThat(List.of(secondLine.line(), secondLine.column())).containsExactly(3, 7);
    }

    @Test
    void rawControlCharactersInFrontMatterAreRefusedWhereTheyStand() {
        Problem p = onlyError("---\ntitle: x\ndate: 2023-01-01\ncountries: [DZ, RU]\nsummary: a\u001bb\n---\n");
        assertThat(List.of(p.line(), p.column())).containsExactly(5, 11);
        assertThat(p.message()).contains("U+001B");
        Problem nul = onlyError("---\ntitle: 'x\u0000'\ndate: 2023-01-01\ncountries: [DZ, RU]\n---\n");
        assertThat(List.of(nul.line(), nul.column())).containsExactly(2, 10);
    }

    @Test
    void rawControlCharactersInTheBodyAreRefusedWithLineAndColumn() {
        Problem bel = onlyError("---\ntitle: x\ndate: 2023-01-01\ncountries: [DZ, RU]\n---\nFirst line.\nab\u0007c\n");
        assertThat(List.of(bel.line(), bel.column())).containsExactly(7, 3);
        assertThat(bel.message()).contains("U+0007");
        Problem nul = onlyError("---\ntitle: x\ndate: 2023-01-01\ncountries: [DZ, RU]\n---\n\u0000\n");
        assertThat(List.of(nul.line(), nul.column())).containsExactly(6, 1);
        Problem c1 = onlyError("---\ntitle: x\ndate: 2023-01-01\ncountries: [DZ, RU]\n---\n\ud83d\ude00 \u009b2J\n");
        assertThat(List.of(c1.line(), c1.column()))
                .as("columns count characters, an emoji is one")
                .containsExactly(6, 3);
    }

    @Test
    void characterReferencesToControlCharactersInTheBodyAreRefused() {
        Problem p = onlyError("---\ntitle: x\ndate: 2023-01-01\ncountries: [DZ, RU]\n---\nSee &#27;[2J and more.\n");
        assertThat(List.of(p.line(), p.column())).containsExactly(6, 5);
        assertThat(p.message()).contains("U+001B");
        assertThat(onlyError("---\ntitle: x\ndate: 2023-01-01\ncountries: [DZ, RU]\n---\nx &#x7;\n")
                        .column())
                .isEqualTo(3);
        assertThat(onlyError("---\ntitle: x\ndate: 2023-01-01\ncountries: [DZ, RU]\n---\nx &#xD800;\n")
                        .message())
                .contains("U+D800");
    }

    @Test
    void tabsLineBreaksPairedSurrogatesAndOrdinaryReferencesStayAllowed() {
        EntryReader.Result r =
                read("---\r\ntitle: \"tab\\there \\ud83d\\ude00\"\r\ndate: 2023-01-01\r\ncountries: [DZ, RU]\r\n"
                        + "summary: \"a\\tb\\nc\\rd\"\r\n---\r\nBody\twith a tab,\rCR and &#169; &amp; &#x1F600;.\r\n");
        assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
        Entry e = r.entry().orElseThrow();
        assertThat(e.title()).isEqualTo("tab\there \ud83d\ude00");
    }
}
