package org.relationstimeline.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.testing.FuzzRegression;
import org.relationstimeline.text.Slugs;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Source;

/**
 * Entry validation on arbitrary bytes: {@link EntryReader#read} never throws, gives an entry
 * exactly when there is no error, and every entry it gives keeps the guarantees the rest of the
 * pipeline relies on (safe slug and topics, web-only source URLs, two or more parties).
 *
 * <p>Crashes found by fuzzing are kept as inputs in {@code EntryReaderFuzzTestInputs/entryValidation/}
 * (replayed by every test run) and, readable, as tests below.
 */
@FuzzRegression
class EntryReaderFuzzTest {
    private static final EntryReader READER = new EntryReader(
            CountryRegistry.loadDefault(), Map.of("diplomacy", "Diplomacy", "trade", "Trade"), YamlLimits.DEFAULT);

    @FuzzTest(maxDuration = "60s")
    void entryValidation(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        EntryReader.Result result = READER.read(new SourceFile("content/entries/x.md", "entries/x.md", input));
        boolean errors = result.problems().stream().anyMatch(Problem::isError);
        assertThat(result.entry().isPresent())
                .as("an entry exactly when there is no error")
                .isEqualTo(!errors);
        for (Problem p : result.problems()) {
            assertThat(p.message()).isNotBlank();
            assertThat(p.line()).isNotNegative();
            assertThat(p.column()).isNotNegative();
            assertThat(p.format()).startsWith("content/entries/x.md");
        }
        result.entry().ifPresent(EntryReaderFuzzTest::checkEntry);
    }

    private static void checkEntry(Entry e) {
        assertThat(Slugs.isSlug(e.slug())).as("slug '%s'", e.slug()).isTrue();
        assertThat(e.title()).isNotBlank();
        assertThat(e.parties()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        assertThat(e.topics())
                .allSatisfy(t -> assertThat(Slugs.isSlug(t)).as("topic '%s'", t).isTrue());
        for (Source s : e.sources()) {
            String url = s.url().toLowerCase(java.util.Locale.ROOT);
            assertThat(url.isEmpty() || url.startsWith("https://") || url.startsWith("http://"))
                    .as(s.url())
                    .isTrue();
        }
        assertThat(e.date().iso()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        assertThat(e.date().display()).isNotBlank();
        assertThat(e.date().firstDay()).isNotNull();
    }

    // Regression tests: inputs that crashed the reader before they were fixed.

    @Test
    void monthZeroWithADayIsAnErrorNotACrash() {
        check("---\ntitle: x\ndate: 2023-00-05\ncountries: [RU, DZ]\n---\n".getBytes(StandardCharsets.UTF_8));
        assertThat(READER.read(new SourceFile(
                                "x.md",
                                "x.md",
                                "---\ntitle: x\ndate: 2023-00-05\ncountries: [RU, DZ]\n---\n"
                                        .getBytes(StandardCharsets.UTF_8)))
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("month 00"));
    }

    @Test
    void dayZeroIsAnErrorNotAMonthPrecisionDate() {
        EntryReader.Result r = READER.read(new SourceFile(
                "x.md",
                "x.md",
                "---\ntitle: x\ndate: 2023-05-00\ncountries: [RU, DZ]\n---\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.entry()).isEmpty();
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not a day of the calendar"));
    }

    @Test
    void sourceDateWithMonthZeroIsAnErrorNotACrash() {
        check("---\ntitle: x\ndate: 2023\ncountries: [RU, DZ]\nsources:\n  - {title: a, date: 1999-00-01}\n---\n"
                .getBytes(StandardCharsets.UTF_8));
    }
}
