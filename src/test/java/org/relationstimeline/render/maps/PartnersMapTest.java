package org.relationstimeline.render.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.relationstimeline.countries.Party;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Timeline.PartnerCount;

/** The country page's map, parsed: partners shaded by their counts and linked to the pairs' pages. */
class PartnersMapTest {
    static final Territories TERRITORIES = MapFixture.territories();

    static MapFile map(String subject, Object... partnersAndCounts) {
        Party party = MapFixture.party(subject);
        List<PartnerCount> partners = new ArrayList<>();
        for (int i = 0; i < partnersAndCounts.length; i += 2) {
            Party p = MapFixture.party((String) partnersAndCounts[i]);
            partners.add(new PartnerCount(p, Pair.of(party, p), (Integer) partnersAndCounts[i + 1]));
        }
        return PartnersMap.render(party, partners, TERRITORIES, MapFixture.WORLD, MapFixture.URLS);
    }

    @Test
    void partnersAreShadedByTheirCountsAndLinkedToThePairPages() {
        Document doc = MapFixture.parse(map("RU", "DZ", 40, "UA", 12, "CN", 3, "FR", 1));
        Element algeria = doc.selectFirst("svg a[href='/sub/relations/algeria-russia/']");
        assertThat(MapFixture.shapes(algeria)).containsExactly("DZA");
        assertThat(algeria.parent().className()).isEqualTo("map__shade-4");
        assertThat(doc.selectFirst("svg a[href='/sub/relations/france-russia/']")
                        .parent()
                        .className())
                .isEqualTo("map__shade-1");
        assertThat(doc.select("svg a").eachAttr("href")).hasSize(4);
        assertThat(algeria.selectFirst("title").text()).isEqualTo("Algeria: 40 events");
    }

    @Test
    void thePagesOwnPartyIsDrawnInItsColourWithoutALink() {
        Document doc = MapFixture.parse(map("RU", "DZ", 2));
        Element russia = doc.selectFirst("svg g.map__subject");
        assertThat(MapFixture.shapes(russia)).containsExactly("RUS");
        assertThat(russia.select("a")).isEmpty();
        assertThat(doc.select("figcaption li").eachText()).contains("Russia");
        assertThat(doc.select("svg > desc").text()).contains("Russia itself is red.");
    }

    @Test
    void theLegendNamesEachShadesRange() {
        Document doc = MapFixture.parse(map("RU", "DZ", 40, "UA", 12, "CN", 3, "FR", 1));
        assertThat(doc.select("figcaption .map__legend li").eachText())
                .containsExactly("1\u20132 events", "3\u201311 events", "12\u201339 events", "40 events", "Russia");
    }

    @Test
    void organisationsAreListedNotShadedOverTheirMembers() {
        Document doc = MapFixture.parse(map("RU", "EU", 20, "FR", 5));
        assertThat(doc.select("svg a[href='/sub/relations/european-union-russia/']"))
                .isEmpty();
        assertThat(doc.select("svg a[href='/sub/relations/france-russia/']")).hasSize(1);
        assertThat(doc.select(".map__note").text())
                .contains(
                        "Not drawn: European Union, an organisation; this map shades countries, which stand for themselves.");
    }

    @Test
    void aFormerStateIsNotShadedOverItsSuccessorsButAloneIsDrawnAsThem() {
        Document withRussia = MapFixture.parse(map("DZ", "RU", 8, "SU", 4));
        assertThat(withRussia.select("svg a[href='/sub/relations/algeria-soviet-union/']"))
                .isEmpty();
        assertThat(withRussia.select(".map__note").text())
                .contains("Not drawn: Soviet Union, whose territory this map shows for Russia.");
        Document alone = MapFixture.parse(map("CU", "SU", 4));
        assertThat(MapFixture.shapes(alone.selectFirst("svg a[href='/sub/relations/cuba-soviet-union/']")))
                .hasSize(15);
    }

    @Test
    void aNameHoldingMarkupStaysTextInTheFileAndInTheFigure() {
        String name = "O'Neil \"<b>\" & co <script>x</script>";
        Party odd = Party.organization("XO", name, List.of());
        Party france = MapFixture.party("FR");
        MapFile map = PartnersMap.render(
                odd,
                List.of(new PartnerCount(france, Pair.of(france, odd), 2)),
                TERRITORIES,
                MapFixture.WORLD,
                MapFixture.URLS);
        Document doc = MapFixture.parse(map);
        assertThat(doc.select("svg > title").text()).isEqualTo("Partners of " + name + " on the map");
        assertThat(doc.select("b")).isEmpty();
        assertThat(org.jsoup.Jsoup.parseBodyFragment(map.figure().html())
                        .selectFirst("object")
                        .attr("aria-label"))
                .isEqualTo("Partners of " + name + " on the map");
    }

    @Test
    void theDescriptionCountsThePartnersShadedAndPointsToTheList() {
        Document doc = MapFixture.parse(map("RU", "EU", 20, "FR", 5, "DZ", 1));
        assertThat(doc.select("svg > desc").text())
                .startsWith("2 of Russia\u2019s 3 partners, shaded by the number of events")
                .endsWith("The list after the map gives every partner with its number of events.");
    }
}
