package org.relationstimeline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;

/**
 * {@code date:} as an EDTF interval: each end with its own precision and qualifier, an ongoing
 * end, and every malformed span an error at the end that is wrong, with a hint.
 */
class EntryDateRangeTest {
    private final EntryReader reader = new EntryReader(CountryRegistry.loadDefault(), Map.of(), YamlLimits.DEFAULT);

    /** The date is on line 4, its value from column 7. */
    private EntryReader.Result read(String date) {
        String text = "---\ntitle: x\ncountries: [DZ, RU]\ndate: " + date + "\n---\nBody.\n";
        return reader.read(
                new SourceFile("content/entries/x.md", "entries/x.md", text.getBytes(StandardCharsets.UTF_8)));
    }

    private Entry entry(String date) {
        EntryReader.Result r = read(date);
        assertThat(r.problems()).as("problems of %s", date).isEmpty();
        return r.entry().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1954-11-01/1962-03-19 | 1 November 1954 – 19 March 1962 | 1954-11-01/1962-03-19",
                "1954-11/1962-03       | November 1954 – March 1962       | 1954-11/1962-03",
                "1965/1966             | 1965–1966                        | 1965/1966",
                "1965/1966~            | 1965 – c. 1966                   | 1965/1966",
                "1947-10?/1949-01-01%  | October 1947 (uncertain) – c. 1 January 1949 (uncertain) | 1947-10/1949-01-01",
                "2022-02-24/..         | since 24 February 2022           | 2022-02-24/..",
                "1991/1991-12          | 1991 – December 1991             | 1991/1991-12",
                "2023-08-01            | 1 August 2023                    | 2023-08-01",
                "\"1954-11-01/1962-03-19\" | 1 November 1954 – 19 March 1962 | 1954-11-01/1962-03-19"
            })
    void spansAreReadWithEachEndsPrecision(String written, String shown, String iso) {
        Entry e = entry(written);
        assertThat(e.when().display()).isEqualTo(shown);
        assertThat(e.when().iso()).isEqualTo(iso);
    }

    @Test
    void aSpanIsPlacedAtItsStart() {
        Entry e = entry("1954-11-01/1962-03-19");
        assertThat(e.date()).isEqualTo(EventDate.parse("1954-11-01").date().get());
        assertThat(e.year()).isEqualTo(1954);
        assertThat(e.end().date())
                .isEqualTo(EventDate.parse("1962-03-19").date().get());
        assertThat(e.end().ongoing()).isFalse();
        Entry ongoing = entry("2022-02-24/..");
        assertThat(ongoing.end().ongoing()).isTrue();
        assertThat(ongoing.end().date()).isNull();
        assertThat(entry("2023-08-01").end().isSpan()).isFalse();
    }

    @Test
    void eachEndKeepsItsQualifier() {
        Entry e = entry("1965~/1966?");
        assertThat(e.date().qualifier()).isEqualTo(EventDate.Qualifier.APPROXIMATE);
        assertThat(e.end().date().qualifier()).isEqualTo(EventDate.Qualifier.UNCERTAIN);
        assertThat(e.when().display()).isEqualTo("c. 1965 – 1966 (uncertain)");
    }

    /** Column 7 is the value's first character; an error in the end points past the '/'. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1962-03-19/1954-11-01 | 18 | ends (1 November 1954) before it starts (19 March 1962) | swap",
                "1962/1961~            | 12 | ends (c. 1961) before it starts (1962)                   | swap",
                "../1962-03-19         | 7  | unknown start                                             | 'date: 1962-03-19'",
                "../..                 | 7  | unknown start                                             | write the date the span began",
                "/                     | 7  | '/' alone is not a date                                   | START/END",
                "/1962                 | 7  | has no start                                              | before the '/'",
                "1954-11-01/           | 18 | has no end                                                | '1954-11-01/..'",
                "1954-13/1962          | 7  | the start of the span: month 13                           | START/END",
                "1954/1962-02-30       | 12 | the end of the span: '1962-02-30' is not a day            | START/END",
                "1954/soon             | 12 | the end of the span: 'soon' is not a date                 | START/END",
                "1954/1960/1962        | 16 | more than one '/'                                         | START/END",
                "1962/1962             | 12 | starts and ends on the same date                          | 'date: 1962'",
                "\"1962/1954\"         | 7  | ends (1954) before it starts (1962)                       | swap"
            })
    void malformedSpansAreErrorsAtTheBadEnd(String written, int column, String message, String hint) {
        EntryReader.Result r = read(written);
        assertThat(r.entry()).isEmpty();
        assertThat(r.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("bad-date");
            assertThat(p.file()).isEqualTo("content/entries/x.md");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).contains(message);
            assertThat(p.hint()).contains(hint);
        });
    }
}
