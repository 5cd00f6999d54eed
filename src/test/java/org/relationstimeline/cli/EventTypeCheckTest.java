package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/** A mistaken {@code type:} or {@code assessment:} is reported at its file, line and column, all in one run. */
class EventTypeCheckTest {
    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.copy("basic", dir);
    }

    private TestProject.Run check() {
        return project.run("check");
    }

    private String at(String relative) {
        return project.content().resolve(relative).toString();
    }

    @Test
    void aMisspeltTypeIsAnErrorAtItsValueWithTheClosestType() {
        project.write(
                "entries/2020/2020-01-01-talks.md",
                "---\ntitle: Talks\ndate: 2020-01-01\ncountries: [DZ, RU]\ntype: sanctoin\n---\n");
        project.write(
                "entries/2020/2020-02-01-more.md",
                "---\ntitle: More\ndate: 2020-02-01\ncountries: [DZ, RU]\ntype:   Consultt\n---\n");
        TestProject.Run run = check();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err() + run.out())
                .contains(at("entries/2020/2020-01-01-talks.md")
                        + ":5:7: error: unknown event type 'sanctoin' (did you mean 'sanction'?)")
                .contains(at("entries/2020/2020-02-01-more.md")
                        + ":5:9: error: unknown event type 'Consultt' (did you mean 'consult'?)");
    }

    @Test
    void aTypeNothingIsCloseToListsTheVocabulary() {
        project.write(
                "entries/2020/2020-01-01-talks.md",
                "---\ntitle: Talks\ndate: 2020-01-01\ncountries: [DZ, RU]\ntype: friendship\n---\n");
        assertThat(check().err())
                .contains(":5:7: error: unknown event type 'friendship' (use one of agree, consult, support,")
                .contains("coerce, fight, or leave 'type:' out)");
    }

    @Test
    void aListOfTypesIsAnErrorSinceAnEntryHasOne() {
        project.write(
                "entries/2020/2020-01-01-talks.md",
                "---\ntitle: Talks\ndate: 2020-01-01\ncountries: [DZ, RU]\ntype: [agree, consult]\n---\n");
        assertThat(check().err())
                .contains(at("entries/2020/2020-01-01-talks.md")
                        + ":5:7: error: 'type' must be a single value, not a list");
    }

    @Test
    void anEmptyTypeIsNoType() {
        project.write(
                "entries/2020/2020-01-01-talks.md",
                "---\ntitle: Talks\ndate: 2020-01-01\ncountries: [DZ, RU]\ntype:\n---\n");
        TestProject.Run run = check();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void anAssessmentNeedsItsTextAndItsDateAndKnowsItsKeys() {
        project.write("relations/algeria-russia.md", """
                ---
                assessment:
                  txt: Calm.
                  as_of: 2025-13-01
                ---
                """);
        String out = check().err();
        assertThat(out)
                .contains(at("relations/algeria-russia.md")
                        + ":3:3: warning: unknown assessment key 'txt' is ignored (did you mean 'text'?)")
                .contains(at("relations/algeria-russia.md") + ":3:3: error: required field 'text' is missing")
                .contains(at("relations/algeria-russia.md") + ":4:10: error: ");
    }

    @Test
    void anAssessmentIsAMapping() {
        project.write("relations/algeria-russia.md", "---\nassessment: Calm.\n---\n");
        assertThat(check().err())
                .contains(at("relations/algeria-russia.md")
                        + ":2:13: error: 'assessment' is a mapping of text, as_of and source, not a");
    }

    @Test
    void aCountrysProfileHasNoAssessment() {
        project.write("countries/algeria.md", "---\nassessment:\n  text: Calm.\n  as_of: 2025\n---\n");
        assertThat(check().err())
                .contains(at("countries/algeria.md") + ":2:1: warning: unknown profile key 'assessment' is ignored");
    }
}
