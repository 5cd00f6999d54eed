package org.relationstimeline.render.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Timeline.PartnerCount;

class PartnersChartTest {
    static final CountryRegistry REGISTRY = CountryRegistry.loadDefault();
    static final Party RU = REGISTRY.byCode("RU").orElseThrow();

    static PartnerCount partner(Party p, int count) {
        return new PartnerCount(p, Pair.of(RU, p), count);
    }

    @Test
    void barsAreRankedAndScaledToTheBusiestPartner() {
        List<PartnerCount> partners = List.of(
                partner(REGISTRY.byCode("DZ").orElseThrow(), 8),
                partner(REGISTRY.byCode("UA").orElseThrow(), 4),
                partner(REGISTRY.byCode("CN").orElseThrow(), 1));
        Document doc = ChartAssertions.parse(PartnersChart.render("Russia", partners, "p"));
        assertThat(doc.select("text.chart__label--name").eachText()).containsExactly("Algeria", "Ukraine", "China");
        var widths = doc.select("rect.chart__bar").eachAttr("width").stream()
                .map(Double::parseDouble)
                .toList();
        assertThat(widths.get(0) / widths.get(1)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ChartAssertions.title(doc)).isEqualTo("Partners of Russia by number of events");
        assertThat(ChartAssertions.desc(doc))
                .startsWith("Russia has 3 partners on the timeline. The most documented are "
                        + "Algeria (8 events), Ukraine (4 events) and China (1 event).");
    }

    @Test
    void onlyTheBusiestPartnersAreDrawnAndTheTextSaysSo() {
        List<PartnerCount> partners = new ArrayList<>();
        List<Party> all =
                REGISTRY.all().stream().filter(p -> !p.equals(RU)).limit(20).toList();
        for (int i = 0; i < all.size(); i++) partners.add(partner(all.get(i), 40 - i));
        Document doc = ChartAssertions.parse(PartnersChart.render("Russia", partners, "p"));
        assertThat(doc.select("rect.chart__bar")).hasSize(PartnersChart.MAX_BARS);
        assertThat(ChartAssertions.desc(doc)).contains("The chart shows the first 12");
    }

    @Test
    void aPartyNameWithMarkupIsEscaped() {
        Party hostile = Party.organization("XS", "<script>alert(1)</script>", List.of());
        ChartMarkup chart = PartnersChart.render("<b>Bold</b>", List.of(partner(hostile, 2)), "p");
        assertThat(chart.html()).doesNotContain("<script", "<b>");
        Document doc = ChartAssertions.parse(chart);
        assertThat(doc.select("text.chart__label--name").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(ChartAssertions.title(doc)).isEqualTo("Partners of <b>Bold</b> by number of events");
    }

    @Test
    void longNamesAreCutWithAnEllipsis() {
        Party longName =
                Party.organization("LN", "The Organisation for Very Long Names and Their Abbreviations", List.of());
        Document doc = ChartAssertions.parse(PartnersChart.render("Russia", List.of(partner(longName, 1)), "p"));
        assertThat(doc.select("text.chart__label--name").text())
                .endsWith("\u2026")
                .hasSizeLessThanOrEqualTo(28);
        assertThat(ChartAssertions.desc(doc)).contains("The Organisation for Very Long Names and Their Abbreviations");
    }

    @Test
    void noPartnersGiveNoChart() {
        assertThat(PartnersChart.render("Russia", List.of(), "p")).isNull();
    }

    @Test
    void eachBarLinksToThePairAndOneEventIsAShortBar() {
        Party dz = REGISTRY.byCode("DZ").orElseThrow();
        ChartMarkup chart =
                PartnersChart.render("Russia", List.of(partner(dz, 1)), "p", pair -> "/relations/" + pair.slug() + "/");
        Document doc = ChartAssertions.parse(chart);
        assertThat(doc.select("a.chart__link").eachAttr("href")).containsExactly("/relations/algeria-russia/");
        assertThat(doc.select("a.chart__link text.chart__label--name").text()).isEqualTo("Algeria");
        double width = Double.parseDouble(doc.selectFirst("rect.chart__bar").attr("width"));
        assertThat(width).as("a fifth of the bar space at most").isLessThan(640 / 5.0);
        assertThat(ChartAssertions.narrow(chart).select("svg").attr("viewBox")).startsWith("0 0 360 ");
    }
}
