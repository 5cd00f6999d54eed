package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/** Profiles and general pages are checked like entries: every problem in one run, at its file, line and column. */
class ProfileCheckTest {
    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.copy("basic", dir);
    }

    private String check() {
        TestProject.Run run = project.run("check");
        return run.err() + run.out();
    }

    private String at(String relative) {
        return project.content().resolve(relative).toString();
    }

    @Test
    void aMisspeltPairIsAnErrorWithTheClosestRelation() {
        project.write("relations/algeria-rusia.md", "---\nsummary: x\n---\n");
        assertThat(check())
                .contains(at("relations/algeria-rusia.md") + ": error: the file name 'algeria-rusia' is not the slug"
                        + " of a relation between two parties (did you mean 'algeria-russia'?)");
    }

    @Test
    void aMisspeltPartyOfARelationWithoutEntriesIsCorrectedOnItsOwn() {
        project.write("relations/egypt-swedn.md", "---\nsummary: x\n---\n");
        assertThat(check()).contains("(did you mean 'egypt-sweden'?)");
    }

    @Test
    void aPairWrittenTheOtherWayRoundIsAnErrorThatNamesTheFile() {
        project.write("relations/russia-algeria.md", "---\nsummary: x\n---\n");
        assertThat(check())
                .contains(at("relations/russia-algeria.md") + ": error: 'russia-algeria' is Algeria\u2013Russia,"
                        + " whose pages are at 'algeria-russia' (rename the file algeria-russia.md)");
    }

    @Test
    void aMisspeltCountryIsAnErrorWithTheClosestParty() {
        project.write("countries/algeira.md", "---\nsummary: x\n---\n");
        assertThat(check())
                .contains(at("countries/algeira.md") + ": error: the file name 'algeira' is not the slug of a country"
                        + " or organisation (did you mean 'algeria'?)");
    }

    @Test
    void overlappingErasAreAnErrorAtTheLaterOnesStart() {
        project.write("relations/algeria-russia.md", """
                ---
                eras:
                  - title: Cold War
                    from: 1962
                    to: 1991
                  - title: After
                    from: 1985-03
                ---
                """);
        assertThat(check())
                .contains(at("relations/algeria-russia.md") + ":7:11: error: the era 'After' starts (March 1985)"
                        + " before 'Cold War' ends (1991)");
    }

    @Test
    void erasMayShareABoundaryWrittenLessPrecisely() {
        project.write("relations/algeria-russia.md", """
                ---
                eras:
                  - title: Cold War
                    from: 1962
                    to: 1991-12-26
                  - title: After
                    from: 1991
                ---
                """);
        assertThat(check()).doesNotContain("overlap").contains("0 error(s)");
    }

    @Test
    void anEraWithoutAnEndMustBeTheLast() {
        project.write("relations/algeria-russia.md", """
                ---
                eras:
                  - title: Ongoing
                    from: 1962
                  - title: Later
                    from: 2001
                ---
                """);
        assertThat(check())
                .contains(":6:11: error: the era 'Later' starts while 'Ongoing', which has no end, still lasts");
    }

    @Test
    void anEraThatEndsBeforeItStartsIsAnError() {
        project.write(
                "relations/algeria-russia.md", "---\neras:\n  - title: Backwards\n    from: 2001\n    to: 1999\n---\n");
        assertThat(check())
                .contains(
                        ":5:9: error: the era 'Backwards' ends (1999) before it starts (2001) (swap 'from' and 'to')");
    }

    @Test
    void aFactWithoutASourceIsAnError() {
        project.write(
                "relations/algeria-russia.md", "---\nfacts:\n  - label: Embassies\n    value: in both capitals\n---\n");
        assertThat(check())
                .contains(at("relations/algeria-russia.md") + ":3:5: error: the fact 'Embassies' has no source");
    }

    @Test
    void unknownKeysAreWarningsWithTheClosestKey() {
        project.write("relations/algeria-russia.md", "---\nsumary: x\n---\n");
        project.write("countries/algeria.md", "---\nestablished: 1962\n---\n");
        String out = check();
        assertThat(out)
                .contains(at("relations/algeria-russia.md") + ":2:1: warning: unknown profile key 'sumary' is ignored"
                        + " (did you mean 'summary'?)");
        assertThat(out)
                .contains(at("countries/algeria.md") + ":2:1: warning: unknown profile key 'established' is ignored");
    }

    @Test
    void relatedRelationsAreCheckedLikeFileNames() {
        project.write(
                "relations/algeria-russia.md", "---\nrelated: [russia-egypt, algeria-rusia, algeria-russia]\n---\n");
        String out = check();
        assertThat(out).contains(":2:11: error: 'russia-egypt' is Egypt\u2013Russia, written 'egypt-russia'");
        assertThat(out).contains(":2:25: error: 'algeria-rusia' is not the slug of a relation between two parties");
        assertThat(out).contains(":2:40: error: 'algeria-russia' is the relation this profile is about");
    }

    @Test
    void aProfileOfARelationWithoutEntriesIsAWarning() {
        project.write("relations/egypt-sweden.md", "---\nsummary: x\n---\n");
        assertThat(check())
                .contains(at("relations/egypt-sweden.md")
                        + ": warning: Egypt\u2013Sweden has no entries, so its profile" + " is not published");
    }

    @Test
    void aFileInAFolderBelowTheProfilesIsAnError() {
        project.write("relations/old/algeria-russia.md", "---\nsummary: x\n---\n");
        assertThat(check())
                .contains(at("relations/old/algeria-russia.md")
                        + ": error: files in relations/ are read one per subject");
    }

    @Test
    void aPageNeedsATitleAndASlugAsItsFileName() {
        project.write("pages/About Us.md", "---\nsummary: x\n---\nText.\n");
        String out = check();
        assertThat(out).contains(at("pages/About Us.md") + ": error: the file name 'About Us' is not a URL slug");
        assertThat(out).contains(at("pages/About Us.md") + ":2:1: error: required field 'title' is missing");
    }

    @Test
    void everyProblemOfEveryFileIsReportedInOneRunAndTheBuildStops() {
        project.write(
                "relations/algeria-russia.md", "---\nestablished: 1962-13\nfacts:\n  - label: A\n    value: B\n---\n");
        project.write("countries/algeira.md", "---\nsummary: x\n---\n");
        project.write("pages/about.md", "---\nsummary: x\n---\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(":2:14: error: month 13 in '1962-13' is not between 01 and 12")
                .contains(":4:5: error: the fact 'A' has no source")
                .contains("countries/algeira.md: error:")
                .contains("pages/about.md:2:1: error: required field 'title' is missing");
        assertThat(Files.exists(project.site())).isFalse();
    }
}
