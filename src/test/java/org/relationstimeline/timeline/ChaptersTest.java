package org.relationstimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relationstimeline.timeline.Profile.Era;

/** Which chapter a date is in, at the boundaries editors write with different precisions. */
class ChaptersTest {
    static EventDate d(String text) {
        return EventDate.parse(text).date().orElseThrow();
    }

    static Era era(String title, String from, String to) {
        return new Era(title, d(from), to == null ? null : d(to), "");
    }

    @Test
    void aBoundaryWrittenLessPreciselyIsReadInTheErasFavour() {
        // to: 1991 followed by from: 1991-12-26 is not an overlap (README "Profiles"): the days both cover go to the
        // later era, the rest of 1991 to the earlier.
        Chapters c = new Chapters(List.of(era("Soviet", "1962", "1991"), era("Russian", "1991-12-26", null)));
        assertThat(c.keyOf(d("1961-12-31"))).isZero();
        assertThat(c.keyOf(d("1962"))).isEqualTo(1);
        assertThat(c.keyOf(d("1991-12-25"))).isEqualTo(1);
        assertThat(c.keyOf(d("1991-12-26"))).isEqualTo(3);
        assertThat(c.keyOf(d("1991-12-28"))).isEqualTo(3);
        assertThat(c.keyOf(d("2023"))).isEqualTo(3);
    }

    @Test
    void aDateKnownToTheMonthOrYearIsPlacedByItsFirstDayAsTimelinesSortIt() {
        Chapters c = new Chapters(List.of(era("Partnership", "2023-06-15", null)));
        assertThat(c.keyOf(d("2023"))).as("2023 sorts before 15 June 2023").isZero();
        assertThat(c.keyOf(d("2023-06"))).isZero();
        assertThat(c.keyOf(d("2023-07"))).isEqualTo(1);
    }

    @Test
    void theTimeBetweenAndAfterErasHasChaptersOfItsOwnWithUniqueIds() {
        Chapters c = new Chapters(
                List.of(era("Talks", "1990", "1995"), era("Talks", "2000", "2005"), era("Before", "2010", "2012")));
        assertThat(c.keyOf(d("1997"))).isEqualTo(2);
        assertThat(c.keyOf(d("2007"))).isEqualTo(4);
        assertThat(c.keyOf(d("2020"))).isEqualTo(6);
        Entry e = new Entry("a.md", "a", "A", d("2020"), List.of(), List.of(), "", List.of(), "", false, "f");
        Entry b = new Entry("b.md", "b", "B", d("1980"), List.of(), List.of(), "", List.of(), "", false, "f");
        List<Chapters.Start> contents = c.contents(List.of(e, b), false);
        assertThat(contents.stream().map(s -> s.heading().title()))
                .containsExactly("After 2012", "Before", "Talks", "Talks", "Before 1990");
        assertThat(contents.stream().map(s -> s.heading().id()))
                .as("two eras of one title and an era called 'Before' keep ids of their own")
                .doesNotHaveDuplicates()
                .contains("era-after", "era-before", "era-talks", "era-talks-2");
        assertThat(contents.stream().map(Chapters.Start::index)).containsExactly(0, -1, -1, -1, 1);
    }
}
