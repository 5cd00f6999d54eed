package org.relationstimeline.render.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.relationstimeline.site.pages.PageViews.PartyCount;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Timeline.PairCount;

/** The countries index's map, parsed: every party linked to its page, the busiest relations as linked lines. */
class WorldMapTest {
    static final Territories TERRITORIES = MapFixture.territories();

    static PartyCount party(String code, int entries) {
        return new PartyCount(MapFixture.party(code), entries, 1);
    }

    static PairCount pair(String a, String b, int count) {
        return new PairCount(Pair.of(MapFixture.party(a), MapFixture.party(b)), count);
    }

    static MapFile map() {
        List<PartyCount> parties = List.of(
                party("DZ", 12), party("RU", 30), party("FR", 9), party("EU", 4), party("SU", 3), party("VA", 1));
        List<PairCount> busiest = List.of(pair("DZ", "RU", 10), pair("EU", "RU", 4), pair("DZ", "FR", 2));
        return WorldMap.render(parties, busiest, TERRITORIES, MapFixture.WORLD, MapFixture.URLS);
    }

    @Test
    void everyPartyOnTheMapIsShadedAndLinkedToItsPage() {
        Document doc = MapFixture.parse(map());
        assertThat(MapFixture.shapes(doc.selectFirst("svg g > a[href='/sub/countries/algeria/']")))
                .containsExactly("DZA");
        assertThat(MapFixture.shapes(doc.selectFirst("svg g > a[href='/sub/countries/russia/']")))
                .containsExactly("RUS");
        assertThat(doc.selectFirst("svg a[href='/sub/countries/russia/']")
                        .parent()
                        .className())
                .isEqualTo("map__shade-4");
        assertThat(doc.select("svg a[href='/sub/countries/vatican-city/'] circle.map__point"))
                .hasSize(1);
        assertThat(doc.select("svg a[href='/sub/countries/european-union/']")).isEmpty();
        assertThat(doc.select("svg a[href='/sub/countries/soviet-union/']")).isEmpty();
        assertThat(doc.select(".map__note").text())
                .contains("Not drawn: Soviet Union, whose territory this map shows for Russia.")
                .contains("Not drawn: European Union, an organisation");
    }

    @Test
    void theBusiestRelationsBetweenPartiesOnTheMapAreLinkedLines() {
        Document doc = MapFixture.parse(map());
        List<Element> lines = doc.select("svg a.map__arc");
        assertThat(lines)
                .extracting(a -> a.attr("href"))
                .containsExactly("/sub/relations/algeria-russia/", "/sub/relations/algeria-france/");
        assertThat(lines.get(0).selectFirst("path").attr("d")).matches("M-?\\d+ -?\\d+Q-?\\d+ -?\\d+ -?\\d+ -?\\d+");
        assertThat(Double.parseDouble(lines.get(0).selectFirst("path").attr("stroke-width")))
                .isGreaterThan(
                        Double.parseDouble(lines.get(1).selectFirst("path").attr("stroke-width")));
        assertThat(doc.select("figcaption ol.map__lines li").eachText())
                .containsExactly("Algeria\u2013Russia (10 events)", "Algeria\u2013France (2 events)");
        assertThat(doc.select("figcaption ol.map__lines a").eachAttr("href"))
                .containsExactly("/sub/relations/algeria-russia/", "/sub/relations/algeria-france/");
    }

    @Test
    void theWorldMapShowsTheWholeWorld() {
        Document doc = MapFixture.parse(map());
        assertThat(doc.selectFirst("svg").attr("viewBox"))
                .isEqualTo(Viewport.world(false).viewBox());
        assertThat(doc.select("svg > use").first().attr("href")).isEqualTo("/sub/assets/maps/world.svg#sphere");
    }
}
