package org.relationstimeline.render.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.relationstimeline.site.pages.PageViews.Period;
import org.relationstimeline.site.pages.PageViews.YearCount;
import org.relationstimeline.site.pages.PairPage;
import org.relationstimeline.timeline.When;

/** The periods strip of a pair page, read as HTML. */
class SpanChartTest {
    private static Period period(String title, String date) {
        return new Period(
                title, "/entries/" + title + "/", When.parse(date).when().orElseThrow());
    }

    private static Element render(List<Period> periods, List<YearCount> years) {
        ChartMarkup chart = SpanChart.render("A–B", periods, years);
        return Jsoup.parseBodyFragment(chart.html()).selectFirst("figure");
    }

    @Test
    void aTimelineWithoutSpansHasNoStrip() {
        assertThat(SpanChart.render("A–B", List.of(), List.of(new YearCount(2000, 3))))
                .isNull();
    }

    @Test
    void aSpanOfDaysOnAScaleOfDecadesStaysVisible() {
        Element figure = render(
                List.of(period("short", "1973-10-06/1973-10-25")),
                List.of(new YearCount(1950, 1), new YearCount(2020, 1)));
        Element bar = figure.selectFirst("rect.spans__bar");
        assertThat(Double.parseDouble(bar.attr("width"))).isEqualTo(SpanChart.MIN_BAR);
        assertThat(figure.select(".spans__axis span").eachText()).containsExactly("1950", "2020");
    }

    @Test
    void titlesAreTextAndMoreSpansThanTheStripHoldsAreSaidToBeCut() {
        List<Period> periods = new ArrayList<>();
        periods.add(period("<script>x</script>", "1900/1910"));
        for (int i = 1; i <= PairPage.MAX_PERIODS; i++) periods.add(period("p" + i, (1900 + i) + "/.."));
        Element figure = render(periods, List.of());
        assertThat(figure.select(".spans__row")).hasSize(PairPage.MAX_PERIODS);
        assertThat(figure.select("script")).isEmpty();
        assertThat(figure.selectFirst(".spans__title").text()).isEqualTo("<script>x</script>");
        assertThat(figure.selectFirst("figcaption").text())
                .endsWith("The 30 oldest are shown; the others are in the timeline below.");
        // Ongoing spans run to the end of the scale, which ends with the latest start.
        Element last = figure.select(".spans__row").last().selectFirst("rect.spans__bar");
        assertThat(Double.parseDouble(last.attr("x")) + Double.parseDouble(last.attr("width")))
                .isEqualTo(SpanChart.TRACK);
        assertThat(figure.select(".spans__axis span").eachText()).containsExactly("1900", "1929");
    }
}
