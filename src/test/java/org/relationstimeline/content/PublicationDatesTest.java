package org.relationstimeline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.timeline.Entry;

/** The optional {@code published:} and {@code updated:} days of an entry. */
class PublicationDatesTest {
    private final EntryReader reader = new EntryReader(CountryRegistry.loadDefault(), Map.of(), YamlLimits.DEFAULT);

    private EntryReader.Result read(String frontMatter) {
        String text = "---\ntitle: Talks\ndate: 2023-08-01\ncountries: [DZ, RU]\n" + frontMatter + "\n---\nBody.\n";
        return reader.read(new SourceFile(
                "content/entries/2023/talks.md", "entries/2023/talks.md", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> errors(EntryReader.Result r) {
        return r.problems().stream()
                .filter(Problem::isError)
                .map(Problem::toString)
                .toList();
    }

    @Test
    void publishedAndUpdatedAreReadAsDays() {
        Entry e = read("published: 2024-03-01\nupdated: 2024-05-06").entry().orElseThrow();
        assertThat(e.published().iso()).isEqualTo("2024-03-01");
        assertThat(e.updated().display()).isEqualTo("6 May 2024");
    }

    @Test
    void bothMayBeLeftOut() {
        // The in-browser editor writes an empty string for a day left empty.
        Entry e = read("updated: ''").entry().orElseThrow();
        assertThat(e.published()).isNull();
        assertThat(e.updated()).isNull();
    }

    @Test
    void updatedBeforePublishedIsAnErrorAtTheUpdatedValue() {
        EntryReader.Result r = read("published: 2024-03-01\nupdated: 2024-02-28");
        assertThat(r.entry()).isEmpty();
        assertThat(errors(r))
                .singleElement()
                .asString()
                .startsWith(
                        "content/entries/2023/talks.md:6:10: error: updated 2024-02-28 is before published 2024-03-01");
    }

    @Test
    void aPublicationDateMustBeAWholeDay() {
        EntryReader.Result r = read("published: 2024-03");
        assertThat(errors(r))
                .singleElement()
                .asString()
                .startsWith("content/entries/2023/talks.md:5:12: error: 'published: 2024-03' is not a single day")
                .contains("write the day as YYYY-MM-DD");
        assertThat(errors(read("published: 2024-03-01~"))).hasSize(1);
    }

    @Test
    void aMisspeltDayIsReportedWithTheDateParsersMessage() {
        EntryReader.Result r = read("updated: 2024-02-30");
        assertThat(errors(r)).singleElement().asString().contains("talks.md:5:10: error:", "February 2024 has 29 days");
    }
}
