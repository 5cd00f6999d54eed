package org.relationstimeline.render.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relationstimeline.site.OutputFile;
import org.relationstimeline.site.PlanFixture;
import org.relationstimeline.site.SiteModel;
import org.relationstimeline.site.pages.CountryPage;
import org.relationstimeline.site.pages.PageViews.PartyCount;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Timeline.PairCount;
import org.relationstimeline.timeline.Timeline.PartnerCount;

/** The shaded maps' files: one per country page with a map and one for the index, each known by what it shows. */
class MapFilesTest {
    static final SiteModel SITE = PlanFixture.model("https://example.org/sub/", 450);

    static Map<String, OutputFile> files() {
        return new MapFiles().files(SITE).stream().collect(Collectors.toMap(OutputFile::file, Function.identity()));
    }

    @Test
    void eachCountryPageWithAMapAndTheIndexHaveAFileBesideThemWhichTheirFigureShows() {
        Map<String, OutputFile> files = files();
        List<CountryPage> countries = PageMapsTest.pages(CountryPage.class).stream()
                .filter(c -> c.isFirst() && c.isMainListing())
                .toList();
        assertThat(countries.stream().map(c -> c.party().slug()))
                .containsExactlyInAnyOrder("algeria", "egypt", "russia");
        PageMaps maps = new PageMaps(SITE.config(), SITE.urls());
        for (CountryPage c : countries) {
            String file = "countries/" + c.party().slug() + "/map.svg";
            assertThat(files).as(file).containsKey(file);
            assertThat(maps.forPage(c).get("partnersMap").html()).contains("data=\"/sub/" + file + "\"");
            String svg = new String(files.get(file).content(), StandardCharsets.UTF_8);
            assertThat(svg)
                    .contains("<title id=\"map_partners_title\">Partners of "
                            + c.party().name() + " on the map");
        }
        assertThat(files).containsKey("countries/map.svg").hasSize(countries.size() + 1);
        assertThat(files.values()).allSatisfy(f -> assertThat(f.inputs()).isNotBlank());
    }

    @Test
    void aFilesInputsAreTheSameForTheSameDataAndChangeWithACount() {
        assertThat(new MapFiles().files(SITE).stream().map(OutputFile::inputs).toList())
                .isEqualTo(new MapFiles()
                        .files(SITE).stream().map(OutputFile::inputs).toList());
        var ru = MapFixture.party("RU");
        var dz = MapFixture.party("DZ");
        var fr = MapFixture.party("FR");
        List<PartnerCount> some =
                List.of(new PartnerCount(dz, Pair.of(dz, ru), 3), new PartnerCount(fr, Pair.of(fr, ru), 1));
        List<PartnerCount> more =
                List.of(new PartnerCount(dz, Pair.of(dz, ru), 4), new PartnerCount(fr, Pair.of(fr, ru), 1));
        assertThat(PartnersMap.inputs(ru, some)).isEqualTo(PartnersMap.inputs(ru, List.copyOf(some)));
        assertThat(PartnersMap.inputs(ru, more)).isNotEqualTo(PartnersMap.inputs(ru, some));
        // The index's lines are the busiest relations: other ones busiest, with the same parties, is another map.
        List<PartyCount> parties =
                List.of(new PartyCount(ru, 4, 2), new PartyCount(dz, 3, 1), new PartyCount(fr, 1, 1));
        assertThat(WorldMap.inputs(parties, List.of(new PairCount(Pair.of(dz, ru), 3))))
                .isNotEqualTo(WorldMap.inputs(parties, List.of(new PairCount(Pair.of(fr, ru), 3))));
    }
}
