package org.relationstimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDateTest {
    private static EventDate parse(String s) {
        return EventDate.parse(s).date().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        "1962, 1962, 1962",
        "1962-07, July 1962, 1962-07",
        "1962-07-05, 5 July 1962, 1962-07-05",
        "1962~, c. 1962, 1962",
        "1962?, 1962 (uncertain), 1962",
        "1962-07%, c. July 1962 (uncertain), 1962-07",
        "2023-08-01T01:30:00+03:00, 1 August 2023, 2023-08-01",
        "2023-08-01T23:30:00Z, 1 August 2023, 2023-08-01"
    })
    void isShownAsPreciselyAsWritten(String written, String display, String iso) {
        EventDate d = parse(written);
        assertThat(d.display()).isEqualTo(display);
        assertThat(d.iso()).isEqualTo(iso);
    }

    @Test
    void yearOnlyDateIsShownWithoutDay() {
        assertThat(parse("1962").display()).isEqualTo("1962").doesNotContain("January");
    }

    @Test
    void impossibleDaysAreRefusedWithAReason() {
        assertThat(EventDate.parse("2023-02-30").error()).contains("February 2023 has 28 days");
        assertThat(EventDate.parse("2023-13").error()).contains("month 13");
        assertThat(EventDate.parse("01/08/2023").error()).contains("YYYY-MM-DD");
    }

    @Test
    void lessPreciseDateSortsBeforeThePreciseDatesItContains() {
        assertThat(parse("1962")).isLessThan(parse("1962-01-01"));
        assertThat(parse("1962-07")).isLessThan(parse("1962-07-05")).isGreaterThan(parse("1962-06-30"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2023-08-01T01:30:00+25:00 | offset +25:00",
                "2023-08-01T01:30:00-18:30 | offset -18:30",
                "2023-08-01T01:30:00+0160 | offset +0160",
                "2023-08-01T23:59:60Z | second 60",
                "2023-12-31T23:59:60+00:00 | second 60",
                "2023-08-01T01:30:00 | no offset",
                "2023-08-01T01:30 | no offset",
                "2023-08-01T24:00:00Z | hour 24",
                "2023-08-01T12:60:00Z | minute 60"
            })
    void impossibleOrAmbiguousDateTimesAreRefusedWithAHint(String written, String reason) {
        EventDate.Result r = EventDate.parse(written);
        assertThat(r.date()).as(written).isEmpty();
        assertThat(r.error()).contains(reason).contains(written);
        assertThat(r.hint()).isNotEmpty();
    }

    @Test
    void aDateTimeWithoutOffsetIsToldToAddOneOrDropTheTime() {
        assertThat(EventDate.parse("2023-08-01T01:30:00").hint())
                .contains("add an offset such as +00:00 or give the date alone");
    }

    @Test
    void offsetsUpToEighteenHoursAndTheLastSecondOfAMinuteAreAccepted() {
        assertThat(parse("2023-08-01T01:30:00+18:00").iso()).isEqualTo("2023-08-01");
        assertThat(parse("2023-08-01T01:30:00-18:00").iso()).isEqualTo("2023-08-01");
        assertThat(parse("2023-08-01T01:30:00+05:45").iso()).isEqualTo("2023-08-01");
        assertThat(parse("2023-08-01T01:30:00-0330").iso()).isEqualTo("2023-08-01");
        assertThat(parse("2023-08-01T23:59:59.999Z").iso()).isEqualTo("2023-08-01");
        assertThat(parse("2023-08-01T00:00+00:00").iso()).isEqualTo("2023-08-01");
    }
}
