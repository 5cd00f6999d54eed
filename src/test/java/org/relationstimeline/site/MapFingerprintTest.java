package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.CountriesPage;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.Timeline;

/**
 * A page is rebuilt when what its map shows changes: the countries index's lines are the busiest
 * relations, which neither its list of parties nor its matrix of the most documented ones covers.
 */
class MapFingerprintTest {
    static final CountryRegistry REGISTRY = CountryRegistry.loadDefault();
    static final List<String> HEAVY = List.of("US", "CN", "RU", "GB", "FR", "DE", "IN", "JP", "BR", "ZA", "EG", "NG");

    /**
     * Twelve parties with many entries fill the matrix; four with fewer form a square of relations.
     * The two arrangements swap which sides of the square are busier, leaving every party's count alone.
     */
    static CountriesPage countriesPage(boolean swapped) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i + 1 < HEAVY.size(); i++) add(entries, HEAVY.get(i), HEAVY.get(i + 1), 60);
        add(entries, "AR", "CL", swapped ? 24 : 25);
        add(entries, "PE", "UY", swapped ? 24 : 25);
        add(entries, "AR", "PE", swapped ? 25 : 24);
        add(entries, "CL", "UY", swapped ? 25 : 24);
        SiteConfig config = SiteConfig.defaults();
        List<org.relationstimeline.site.pages.Page> plan =
                new SitePlanner(config, new UrlScheme(config.baseUrl())).plan(Timeline.of(entries));
        return plan.stream()
                .filter(p -> p instanceof CountriesPage)
                .map(p -> (CountriesPage) p)
                .findFirst()
                .orElseThrow();
    }

    private static void add(List<Entry> entries, String a, String b, int count) {
        List<Party> parties =
                List.of(REGISTRY.byCode(a).orElseThrow(), REGISTRY.byCode(b).orElseThrow());
        for (int i = 0; i < count; i++) {
            String slug = a + "-" + b + "-" + i;
            entries.add(new Entry(
                    "entries/" + slug + ".md",
                    slug,
                    "Event " + slug,
                    EventDate.parse(String.format("%04d-01-01", 1950 + i))
                            .date()
                            .orElseThrow(),
                    parties,
                    List.of("trade"),
                    "",
                    List.of(),
                    "",
                    false,
                    "fp-" + slug));
        }
    }

    @Test
    void theCountriesIndexFingerprintCoversTheRelationsItsMapDraws() {
        CountriesPage before = countriesPage(false);
        CountriesPage after = countriesPage(true);
        assertThat(after.countries()).as("the same parties and counts").isEqualTo(before.countries());
        assertThat(after.overviewPairs()).as("the same matrix").isEqualTo(before.overviewPairs());
        assertThat(after.busiestPairs()).as("other relations busiest").isNotEqualTo(before.busiestPairs());
        assertThat(after.frame().dataFingerprint()).isNotEqualTo(before.frame().dataFingerprint());
    }
}
