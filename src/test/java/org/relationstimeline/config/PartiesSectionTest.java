package org.relationstimeline.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.countries.Party;
import org.relationstimeline.problems.Problem;

class PartiesSectionTest {
    @TempDir
    Path tmp;

    private SiteConfigLoader.Result load(String yaml) throws IOException {
        Path file = tmp.resolve("site.yaml");
        Files.writeString(file, yaml);
        return SiteConfigLoader.load(file, "site.yaml");
    }

    private static List<String> lines(SiteConfigLoader.Result r) {
        return r.problems().stream().sorted(Problem.ORDER).map(Problem::format).toList();
    }

    @Test
    void goodPartiesAreRead() throws IOException {
        SiteConfigLoader.Result r = load("""
                parties:
                  - code: EU
                    name: European Union
                    aliases: [E.U.]
                    demonyms: [European]
                  - code: AFU
                    name: African Union
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.config().parties()).extracting(Party::code).containsExactly("EU", "AFU");
        assertThat(r.config().parties().get(1).slug()).isEqualTo("african-union");
    }

    @Test
    void everyMistakeIsReportedAtItsOwnLineInOneRun() throws IOException {
        SiteConfigLoader.Result r = load("""
                title: T
                parties:
                  - code: AU
                    name: African Union
                  - code: EU
                    name: European Union
                  - code: EU
                    name: Euro Area
                  - code: e u
                    name: Bad Code
                    aliases: [Algeria, "..."]
                  - code: XY
                    nmae: Typo
                  - just a string
                  - code: XZ
                    name: Slugged
                    slug: Not A Slug
                    alpha3: xx
                """);
        assertThat(lines(r))
                .containsExactly(
                        "site.yaml:3:11: error: code 'AU' is already the code of Australia"
                                + " (choose a code that no country or other party uses)",
                        "site.yaml:7:11: error: code 'EU' is already the code of European Union (line 5)"
                                + " (choose a code that no country or other party uses)",
                        "site.yaml:9:11: error: party code 'e u' must be 2 to 10 capital letters or digits, starting with a letter"
                                + " (e.g. 'EU', 'NATO' or 'G20')",
                        "site.yaml:11:15: error: alias 'Algeria' of Bad Code clashes with name 'Algeria' of Algeria"
                                + " ('Algeria' already means Algeria: write another alias or remove it)",
                        "site.yaml:11:24: error: alias '...' of Bad Code has no letters or digits"
                                + " (write it with letters or digits, or remove it)",
                        "site.yaml:12:5: error: required field 'name' is missing (add a line such as 'name: European Union')",
                        "site.yaml:13:5: warning: unknown party key 'nmae' is ignored (did you mean 'name'?)",
                        "site.yaml:14:5: error: each party must be a mapping with code and name, not a single value"
                                + " (write '- code: EU' and, indented below it, 'name: European Union')",
                        "site.yaml:17:11: error: party slug 'Not A Slug' must be lowercase letters, digits and hyphens (use 'not-a-slug')",
                        "site.yaml:18:13: error: party alpha3 'xx' must be three capital letters (write e.g. 'alpha3: EUU', or leave it out)");
        assertThat(r.config().parties()).extracting(Party::code).containsExactly("EU");
    }

    @Test
    void aSlugMadeFromTheNameThatIsTakenPointsAtTheName() throws IOException {
        SiteConfigLoader.Result r = load("""
                parties:
                  - code: XR
                    name: "Russia!"
                """);
        assertThat(lines(r))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("site.yaml:3:11: error: slug 'russia' is already used by Russia")
                        .contains("add a 'slug:' line"));
    }
}
