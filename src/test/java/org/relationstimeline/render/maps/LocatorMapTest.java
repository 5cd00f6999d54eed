package org.relationstimeline.render.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.relationstimeline.countries.Party;
import org.relationstimeline.render.charts.ChartMarkup;
import org.relationstimeline.timeline.Pair;

/** The pair page's map, parsed: which shapes are highlighted, in which colour, linked where. */
class LocatorMapTest {
    static final Territories TERRITORIES = MapFixture.territories();

    static ChartMarkup map(String a, String b) {
        return LocatorMap.render(
                Pair.of(MapFixture.party(a), MapFixture.party(b)), TERRITORIES, MapFixture.WORLD, MapFixture.URLS);
    }

    static Element link(Document doc, String slug) {
        return doc.selectFirst("svg a[href='/sub/countries/" + slug + "/']");
    }

    @Test
    void bothPartiesAreHighlightedInTheirOwnColoursAndLinkedToTheirPages() {
        Document doc = MapFixture.parse(map("DZ", "RU"));
        Element algeria = link(doc, "algeria");
        Element russia = link(doc, "russia");
        assertThat(algeria.className()).isEqualTo("map__first");
        assertThat(MapFixture.shapes(algeria)).containsExactly("DZA");
        assertThat(russia.className()).isEqualTo("map__second");
        assertThat(MapFixture.shapes(russia)).containsExactly("RUS");
        assertThat(doc.select("svg a")).hasSize(2);
        assertThat(doc.select("svg > title").text()).isEqualTo("Algeria and Russia on the map");
        assertThat(doc.select("svg > desc").text())
                .isEqualTo("Algeria is shaded orange and Russia blue on a map of the world.");
    }

    @Test
    void theRestOfTheWorldIsTheMutedBackgroundFromTheSharedAsset() {
        Document doc = MapFixture.parse(map("DZ", "RU"));
        assertThat(doc.select("svg > use").eachAttr("href"))
                .containsExactly(
                        "/sub/assets/maps/world.svg#sphere",
                        "/sub/assets/maps/world.svg#land",
                        "/sub/assets/maps/world.svg#borders");
        assertThat(doc.selectFirst("svg").attr("viewBox"))
                .isEqualTo(Viewport.world(false).viewBox());
    }

    @Test
    void neighboursAreFramedCloseOnTheDetailedAsset() {
        Document doc = MapFixture.parse(map("AM", "AZ"));
        assertThat(doc.select("svg use").eachAttr("href")).allMatch(h -> h.startsWith("/sub/assets/maps/region.svg#"));
        assertThat(doc.select("svg > desc").text()).endsWith(", with the countries around them in grey.");
        String[] box = doc.selectFirst("svg").attr("viewBox").split(" ");
        assertThat(Double.parseDouble(box[2])).isLessThan(EqualEarth.WORLD_WIDTH / 4);
    }

    @Test
    void theLegendGivesTheSameFactsWithTheSameLinks() {
        Document doc = MapFixture.parse(map("DZ", "RU"));
        assertThat(doc.select("figcaption .map__legend li").eachText()).containsExactly("Algeria", "Russia");
        assertThat(doc.select("figcaption .map__legend a").eachAttr("href"))
                .containsExactly("/sub/countries/algeria/", "/sub/countries/russia/");
        assertThat(doc.select("figcaption .map__key").eachAttr("class"))
                .containsExactly("map__key map__first", "map__key map__second");
    }

    @Test
    void aFormerStateIsTheUnionOfItsSuccessorsAndTheCaptionSaysSo() {
        Document doc = MapFixture.parse(map("DZ", "SU"));
        Element soviet = link(doc, "soviet-union");
        assertThat(MapFixture.shapes(soviet))
                .containsExactlyInAnyOrder(
                        "ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LVA", "LTU", "MDA", "RUS", "TJK", "TKM",
                        "UKR", "UZB");
        assertThat(doc.select(".map__note").text())
                .startsWith("Drawn as the territory of the 15 states that succeeded"
                        + " Soviet Union: Armenia, Azerbaijan");
    }

    @Test
    void eastGermanyIsDrawnAsGermanyAndTheCaptionSaysItWasAPart() {
        Document doc = MapFixture.parse(map("DD", "FR"));
        assertThat(MapFixture.shapes(link(doc, "east-germany"))).containsExactly("DEU");
        assertThat(doc.select(".map__note").text())
                .isEqualTo("Drawn as the whole territory of Germany, of which East Germany became a part.");
    }

    @Test
    void anOrganisationIsDrawnAsTheMembersTheConfigListsUnderItsPartner() {
        Document doc = MapFixture.parse(map("EU", "FR"));
        Element eu = link(doc, "european-union");
        assertThat(MapFixture.shapes(eu)).containsExactlyInAnyOrder("FRA", "DEU", "ITA", "LUX", "MLT");
        // The larger first, so France, a member, is drawn over the Union rather than hidden by it.
        assertThat(doc.select("svg > a:has(use)").eachAttr("href"))
                .containsExactly("/sub/countries/european-union/", "/sub/countries/france/");
        // Luxembourg and Malta are specks at this scale: points make them visible, linked like the rest.
        assertThat(doc.select("svg > a:has(circle)").eachAttr("href")).containsOnly("/sub/countries/european-union/");
        assertThat(doc.select(".map__note").text()).contains("Drawn as the 5 members of European Union that the site");
    }

    @Test
    void anOrganisationWithoutMembersIsLeftOffWithANote() {
        Document doc = MapFixture.parse(map("OPEC", "SA"));
        assertThat(link(doc, "opec")).isNull();
        assertThat(MapFixture.shapes(link(doc, "saudi-arabia"))).containsExactly("SAU");
        assertThat(doc.select(".map__note").text())
                .isEqualTo("Not on the map: OPEC, for which the site\u2019s configuration lists no members.");
        assertThat(doc.select("figcaption .map__none").size()).isEqualTo(1);
        assertThat(doc.select("svg > desc").text()).contains("OPEC is not on the map");
    }

    @Test
    void aMicrostateIsAlsoAPointThatCanBeSeenAndClicked() {
        Document doc = MapFixture.parse(map("VA", "IT"));
        Element vatican = doc.selectFirst("svg a[href='/sub/countries/vatican-city/']:has(circle.map__point)");
        assertThat(vatican).isNotNull();
        assertThat(vatican.className()).as("Italy comes first by name").isEqualTo("map__second");
        // Points come after the borders, so no border crosses them.
        List<String> order = doc.select("svg > *").eachAttr("class");
        assertThat(order.indexOf("map__borders")).isLessThan(order.lastIndexOf("map__second"));
    }

    @Test
    void noMapWhenNeitherPartyIsOnIt() {
        assertThat(map("OPEC", "UM")).isNull();
    }

    @Test
    void namesAreEscaped() {
        Party hostile = Party.organization("XS", "<script>alert(1)</script>", List.of());
        ChartMarkup map = LocatorMap.render(
                Pair.of(hostile, MapFixture.party("DZ")), TERRITORIES, MapFixture.WORLD, MapFixture.URLS);
        assertThat(map.html()).doesNotContain("<script");
        Document doc = MapFixture.parse(map);
        assertThat(doc.select("svg > title").text()).contains("<script>alert(1)</script>");
    }
}
