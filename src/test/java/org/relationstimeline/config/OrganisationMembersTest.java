package org.relationstimeline.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.countries.Party;
import org.relationstimeline.testing.TestProject;

/** {@code members:} of a party in site.yaml: read as codes, and codes that name no country are reported. */
class OrganisationMembersTest {
    @TempDir
    Path dir;

    private SiteConfigLoader.Result load(String yaml) throws IOException {
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, yaml);
        return SiteConfigLoader.load(file, "site.yaml");
    }

    @Test
    void membersAreReadAsCodesWithNorwayStillNorway() throws IOException {
        SiteConfig config = load("""
                parties:
                  - code: NATO
                    name: NATO
                    members: [NO, fr, US, FR]
                """).config();
        Party nato = config.parties().get(0);
        assertThat(config.membersOf(nato)).containsExactly("NO", "FR", "US");
    }

    @Test
    void anOrganisationThatListsNoMembersHasNone() throws IOException {
        SiteConfig config = load("""
                parties:
                  - code: OPEC
                    name: OPEC
                """).config();
        assertThat(config.membersOf(config.parties().get(0))).isEmpty();
        assertThat(config.members()).isEmpty();
    }

    @Test
    void aMemberThatIsNotACountryIsAWarningNamingIt() throws IOException {
        TestProject project = TestProject.empty(dir);
        project.write("entries/a.md", """
                ---
                title: A meeting
                date: 2020-01-01
                countries: [FR, DE]
                sources: [https://example.org/a]
                ---
                """);
        Files.writeString(dir.resolve("site.yaml"), """
                parties:
                  - code: XU
                    name: Example Union
                    members: [FR, QQ, SU]
                """);
        TestProject.Run run = project.build("--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("party 'XU' lists member 'QQ'")
                .contains("party 'XU' lists member 'SU'")
                .doesNotContain("member 'FR'");
    }

    /**
     * Build fingerprints include the config's text: with Map.copyOf its order changed from one JVM
     * to the next, and every build re-rendered every page. Twelve organisations in reverse order
     * come out sorted, which a per-JVM hash order almost never gives.
     */
    @Test
    void membersAreListedInCodeOrderWhateverTheOrderRead() throws IOException {
        StringBuilder yaml = new StringBuilder("parties:\n");
        for (char c = 'L'; c >= 'A'; c--) {
            yaml.append("  - code: O")
                    .append(c)
                    .append('G')
                    .append("\n    name: Group ")
                    .append(c)
                    .append("\n    members: [FR]\n");
        }
        SiteConfig config = load(yaml.toString()).config();
        assertThat(config.members().keySet())
                .containsExactly("OAG", "OBG", "OCG", "ODG", "OEG", "OFG", "OGG", "OHG", "OIG", "OJG", "OKG", "OLG");
        assertThat(config.toString()).isEqualTo(load(yaml.toString()).config().toString());
    }
}
