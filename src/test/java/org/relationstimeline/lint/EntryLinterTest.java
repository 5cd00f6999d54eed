package org.relationstimeline.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.testing.CpuBudget;
import org.relationstimeline.testing.Slow;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.When;

class EntryLinterTest {
    private static final CountryRegistry REGISTRY = CountryRegistry.loadDefault();
    private static final EntryLinter LINTER =
            new EntryLinter(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));

    private static Entry entry(String path, String title, String date, String... codes) {
        List<Party> parties = java.util.Arrays.stream(codes)
                .map(c -> REGISTRY.find(c).orElseThrow())
                .toList();
        return new Entry(
                path,
                path,
                title,
                EventDate.parse(date).date().orElseThrow(),
                parties,
                List.of(),
                "",
                List.of(),
                "",
                false,
                path);
    }

    private static List<Problem> duplicates(List<Entry> entries) {
        // The content folder does not exist: positions fall back to the start of each file.
        return LINTER.lint(entries, Path.of("target", "no-such-content"), "content").stream()
                .filter(p -> p.code().equals("duplicate"))
                .toList();
    }

    /** An entry whose date is a span, as the reader gives it: start in {@code date}, the rest in {@code end}. */
    private static Entry span(String path, String written) {
        Entry e = entry(path, path, "2000", "DZ", "RU");
        When w = When.parse(written).when().orElseThrow();
        return new Entry(
                        e.path(),
                        e.slug(),
                        e.title(),
                        w.start(),
                        e.parties(),
                        e.topics(),
                        e.summary(),
                        e.sources(),
                        e.aliases(),
                        e.body(),
                        e.bodyLine(),
                        e.draft(),
                        e.fingerprint())
                .withEnd(w.end());
    }

    @Test
    void aSpanThatHasBegunButEndsInTheFutureIsWarnedAbout() {
        List<Problem> found = LINTER.futureDates(
                List.of(
                        span("a.md", "2029-06-01/2031-01"),
                        span("b.md", "2029-06-01/.."),
                        span("c.md", "2020/2029"),
                        span("d.md", "2031/2032")),
                Path.of("target", "no-such-content"),
                "content");
        assertThat(found)
                .extracting(Problem::message)
                .containsExactly(
                        "the span ends on 2031-01, in the future (today is 2030-01-01)",
                        "date 2031 is in the future (today is 2030-01-01)");
        assertThat(found.get(0).hint())
                .isEqualTo("write '2029-06-01/..' while it lasts, and its end once it has ended");
    }

    @Test
    void titlesDifferingInArticlesAndPunctuationAreAlike() {
        assertThat(EntryLinter.similarity(
                        "Russia and Algeria sign a strategic partnership declaration",
                        "Russia and Algeria sign strategic partnership declaration."))
                .isGreaterThan(EntryLinter.DUPLICATE_SIMILARITY);
        assertThat(EntryLinter.similarity("Same Title", "same title!")).isEqualTo(1.0);
    }

    @Test
    void titlesAboutDifferentThingsAreNot() {
        assertThat(EntryLinter.similarity(
                        "Russia and Algeria sign a strategic partnership declaration",
                        "Russia and Algeria hold naval exercises"))
                .isLessThan(EntryLinter.DUPLICATE_SIMILARITY);
    }

    @Test
    void aSwapOfTwoLettersIsOneEdit() {
        // Titles of 20 characters may differ by 3 edits; the two swaps here are two of them.
        assertThat(EntryLinter.similarity("Russia Algeria talks", "Russia Algerai tlaks"))
                .isEqualTo(0.9);
    }

    @Test
    void duplicatesAreStillFoundAndReportedAsBefore() {
        List<Problem> found = duplicates(List.of(
                entry(
                        "2020/a.md",
                        "Russia and Algeria sign a strategic partnership declaration",
                        "2020-05-01",
                        "RU",
                        "DZ"),
                entry(
                        "2020/b.md",
                        "Russia and Algeria sign strategic partnership declaration.",
                        "2020-05-01",
                        "DZ",
                        "RU"),
                entry("2020/c.md", "Russia and Algeria hold naval exercises", "2020-05-01", "RU", "DZ"),
                entry(
                        "2020/d.md",
                        "Russia and Algeria sign a strategic partnership declaration",
                        "2020-05-02",
                        "RU",
                        "DZ")));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).file()).isEqualTo("content/2020/b.md");
        assertThat(found.get(0).message()).contains("content/2020/a.md", "97% alike");
    }

    @Test
    void hugeTitlesAreComparedInBoundedTime() {
        // Four 27 KB titles took 36 s with the full edit distance; titles are compared on a prefix.
        Random random = new Random(1);
        List<Entry> entries = new ArrayList<>();
        String shared = randomWord(random, 27_000);
        for (int i = 0; i < 4; i++) {
            String title = i < 2 ? shared : randomWord(random, 27_000);
            entries.add(entry("2020/t" + i + ".md", title, "2020-05-01", "RU", "DZ"));
        }
        List<Problem> found = CpuBudget.within(Duration.ofSeconds(10), () -> duplicates(entries));
        assertThat(found).extracting(Problem::file).containsExactly("content/2020/t1.md");
    }

    @Test
    @Slow // 10,000 generated entries
    void manyEntriesOnOneDateAreCheckedInBoundedTime() {
        // 10,000 entries in one group (same date and parties) would be 50 million comparisons.
        Random random = new Random(2);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            entries.add(entry(
                    String.format("2020/e%05d.md", i), "Meeting " + randomWord(random, 40), "2020-05-01", "RU", "DZ"));
        }
        entries.add(entry("2020/z-copy.md", entries.get(1234).title() + "!", "2020-05-01", "DZ", "RU"));
        entries.add(entry("2020/z-near.md", entries.get(9000).title().substring(0, 45), "2020-05-01", "RU", "DZ"));
        List<Problem> found = CpuBudget.within(Duration.ofSeconds(20), () -> duplicates(entries));
        // The exact copy is found however far back its original is; near copies within the comparison cap.
        assertThat(found).extracting(Problem::file).contains("content/2020/z-copy.md");
        assertThat(found)
                .filteredOn(p -> p.file().equals("content/2020/z-copy.md"))
                .first()
                .satisfies(p -> assertThat(p.message()).contains("e01234", "100% alike"));
        assertThat(found.size()).isLessThanOrEqualTo(2);
    }

    @Test
    @Slow // 10,000 generated entries
    void manyEntriesOnManyDatesAreCheckedInBoundedTime() {
        Random random = new Random(3);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String date = String.format("20%02d-%02d-%02d", 10 + i % 10, 1 + i % 12, 1 + i % 28);
            entries.add(
                    entry(String.format("2020/m%05d.md", i), "Talks on " + randomWord(random, 30), date, "RU", "DZ"));
        }
        List<Problem> found = CpuBudget.within(Duration.ofSeconds(20), () -> duplicates(entries));
        assertThat(found).isEmpty();
    }

    private static String randomWord(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) s.append((char) ('a' + random.nextInt(6)));
        return s.toString();
    }
}
