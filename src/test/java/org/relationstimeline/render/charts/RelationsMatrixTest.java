package org.relationstimeline.render.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Timeline.PairCount;

class RelationsMatrixTest {
    static final CountryRegistry REGISTRY = CountryRegistry.loadDefault();
    static final Party DZ = REGISTRY.byCode("DZ").orElseThrow();
    static final Party RU = REGISTRY.byCode("RU").orElseThrow();
    static final Party FR = REGISTRY.byCode("FR").orElseThrow();
    static final List<Party> PARTIES = List.of(RU, DZ, FR);
    static final List<PairCount> PAIRS = List.of(new PairCount(Pair.of(DZ, RU), 8), new PairCount(Pair.of(DZ, FR), 2));

    @Test
    void everyPairOfPartiesHasOneCellShadedByItsCount() {
        Document doc = ChartAssertions.parse(RelationsMatrix.render(PARTIES, PAIRS, "m"));
        assertThat(doc.select("rect.chart__cell")).hasSize(3);
        assertThat(doc.select("rect.chart__cell > title").eachText())
                .containsExactly(
                        "Algeria\u2013Russia: 8 events",
                        "France\u2013Russia: 0 events",
                        "Algeria\u2013France: 2 events");
        assertThat(doc.select("rect.chart__cell--empty")).hasSize(1);
        double strong = Double.parseDouble(doc.select("rect.chart__cell").get(0).attr("fill-opacity"));
        double weak = Double.parseDouble(doc.select("rect.chart__cell").get(2).attr("fill-opacity"));
        assertThat(strong).isGreaterThan(weak);
    }

    @Test
    void aHiddenListGivesThePairsBusiestFirst() {
        Document doc = ChartAssertions.parse(RelationsMatrix.render(PARTIES, PAIRS, "m"));
        assertThat(doc.select("ol.visually-hidden li").eachText())
                .containsExactly("Algeria\u2013Russia: 8 events", "Algeria\u2013France: 2 events");
        assertThat(ChartAssertions.desc(doc)).contains("The busiest pair is Algeria\u2013Russia with 8 events.");
    }

    @Test
    void partyNamesWithMarkupAreEscaped() {
        Party hostile = Party.organization("XS", "<script>alert(1)</script>", List.of());
        ChartMarkup chart =
                RelationsMatrix.render(List.of(RU, hostile), List.of(new PairCount(Pair.of(RU, hostile), 3)), "m");
        assertThat(chart.html()).doesNotContain("<script");
        Document doc = ChartAssertions.parse(chart);
        assertThat(doc.select("rect.chart__cell > title").text()).contains("<script>alert(1)</script>");
        assertThat(doc.select("text.chart__label").eachText())
                .allMatch(t -> t.startsWith("<script>") || t.equals("Russia"));
    }

    @Test
    void fewerThanTwoPartiesOrNoSharedEventsGiveNoChart() {
        assertThat(RelationsMatrix.render(List.of(RU), List.of(), "m")).isNull();
        assertThat(RelationsMatrix.render(PARTIES, List.of(), "m")).isNull();
    }

    @Test
    void eachCellWithEventsLinksToItsPair() {
        Document doc = ChartAssertions.parse(
                RelationsMatrix.render(PARTIES, PAIRS, "m", pair -> "/relations/" + pair.slug() + "/"));
        assertThat(doc.select("a.chart__link").eachAttr("href"))
                .containsExactly("/relations/algeria-russia/", "/relations/algeria-france/");
        assertThat(doc.select("a.chart__link rect.chart__cell--empty")).isEmpty();
    }
}
