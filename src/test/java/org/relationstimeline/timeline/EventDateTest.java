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
}
