package org.relationstimeline.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.When;

/**
 * The editor's date pattern and the build's date parser agree on the written forms: what the
 * pattern lets through parses, and what it stops would not. (The pattern is read here by Java;
 * it uses only syntax JavaScript reads the same way.)
 */
class DateFormsTest {
    private static final Pattern PATTERN = Pattern.compile(DateForms.PATTERN);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-08-01",
                "2023-08",
                "2023",
                "1962~",
                "1962?",
                "1962%",
                "1962-07~",
                "1962-07-05?",
                "2023-08-01T01:30:00+03:00",
                "2023-08-01T01:30Z",
                "2023-08-01T23:59:59.123-05:00",
                "2023-08-01T00:00:00+0530",
                "0800",
                "2023-12-31"
            })
    void formsTheBuildAcceptsPassTheEditor(String date) {
        assertThat(EventDate.parse(date).date())
                .as("the build accepts %s", date)
                .isPresent();
        assertThat(PATTERN.matcher(date).matches())
                .as("the editor accepts %s", date)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1954-11-01/1962-03-19", "1947-10/1949-01", "1965/1966~", "2022-02-24/..", "1965?/1966%"})
    void spansTheBuildAcceptsPassTheEditor(String date) {
        assertThat(When.parse(date).when()).as("the build accepts %s", date).isPresent();
        assertThat(PATTERN.matcher(date).matches())
                .as("the editor accepts %s", date)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../1962", "/", "1954/", "/1962", "1954/1960/1962", "1954/...", "1954 / 1962", "1954/soon"})
    void malformedSpansAreStoppedInTheEditorAndRefusedByTheBuild(String date) {
        assertThat(PATTERN.matcher(date).matches())
                .as("the editor refuses '%s'", date)
                .isFalse();
        if (!date.contains(" ")) {
            assertThat(When.parse(date).when())
                    .as("the build refuses '%s'", date)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "23",
                "2023-8-1",
                "2023-13",
                "2023-00",
                "2023-08-00",
                "2023-08-32",
                "01/08/2023",
                "August 2023",
                "2023-08-01T01:30:00",
                "2023-08-01T24:00:00Z",
                "2023-08-01T01:30:60Z",
                "2023-08-01T01:30:00+19:00",
                "2023~~",
                " 2023",
                "2023-08-01 ",
                "2023-08-01T01:30:00+03:00~x"
            })
    void formsTheBuildRefusesAreStoppedInTheEditor(String date) {
        assertThat(PATTERN.matcher(date).matches())
                .as("the editor refuses '%s'", date)
                .isFalse();
        if (!date.strip().equals(date)) return; // the build strips spaces; the editor asks for none
        assertThat(EventDate.parse(date).date())
                .as("the build refuses '%s'", date)
                .isEmpty();
    }
}
