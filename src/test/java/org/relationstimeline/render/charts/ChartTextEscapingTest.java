package org.relationstimeline.render.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Timeline.PartnerCount;

/** Labels come from data (a config party's name): whatever they hold, the chart stays well-formed text. */
class ChartTextEscapingTest {
    private static final Party RU = CountryRegistry.loadDefault().byCode("RU").orElseThrow();

    @Test
    void aLoneSurrogateInALabelIsReplacedNotWritten() {
        Party odd = new Party(
                "XO",
                "",
                "Half \ud800 pair\u001b",
                "half-pair",
                Party.Kind.ORGANIZATION,
                List.of(),
                List.of(),
                List.of());
        ChartMarkup chart = PartnersChart.render("Russia", List.of(new PartnerCount(odd, Pair.of(RU, odd), 3)), "p");
        String html = chart.html();
        assertThat(html).doesNotContain("\ud800", "\u001b");
        // A lone surrogate has no UTF-8 form: it would reach the page as '?' or break the encoder.
        assertThat(new String(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(html);
        Document doc = ChartAssertions.parse(chart);
        assertThat(doc.select("text.chart__label--name").eachText()).containsExactly("Half \uFFFD pair\uFFFD");
    }

    @Test
    void quotesAndMarkupInALabelStayText() {
        Party odd = new Party(
                "XO",
                "",
                "O'Neil \"<b>\" & co",
                "o-neil-b-co",
                Party.Kind.ORGANIZATION,
                List.of(),
                List.of(),
                List.of());
        Document doc = ChartAssertions.parse(
                PartnersChart.render("Russia", List.of(new PartnerCount(odd, Pair.of(RU, odd), 3)), "p"));
        assertThat(doc.select("text.chart__label--name").eachText()).containsExactly("O'Neil \"<b>\" & co");
        assertThat(doc.select("b")).isEmpty();
    }
}
