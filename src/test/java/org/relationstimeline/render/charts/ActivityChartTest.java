package org.relationstimeline.render.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.relationstimeline.site.pages.PageViews.YearCount;

class ActivityChartTest {
    static final List<YearCount> COUNTS =
            List.of(new YearCount(2001, 1), new YearCount(2006, 2), new YearCount(2023, 5));

    @Test
    void drawsOneBarPerYearWithEventsAndLeavesGapsForTheOthers() {
        Document doc = ChartAssertions.parse(ActivityChart.render("Algeria\u2013Russia", COUNTS, "c"));
        assertThat(doc.select("rect.chart__bar")).hasSize(3);
        assertThat(doc.select("rect.chart__bar > title").eachText())
                .containsExactly("2001: 1 event", "2006: 2 events", "2023: 5 events");
        double first = Double.parseDouble(doc.select("rect.chart__bar").get(0).attr("x"));
        double second = Double.parseDouble(doc.select("rect.chart__bar").get(1).attr("x"));
        double step = (640 - 34 - 6) / 23.0;
        assertThat(second - first)
                .as("2001 and 2006 are five years apart")
                .isCloseTo(5 * step, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void tallestBarIsTheBusiestYear() {
        Document doc = ChartAssertions.parse(ActivityChart.render("A\u2013B", COUNTS, "c"));
        var heights = doc.select("rect.chart__bar").eachAttr("height").stream()
                .map(Double::parseDouble)
                .toList();
        assertThat(heights.get(2)).isGreaterThan(heights.get(1)).isGreaterThan(heights.get(0));
    }

    @Test
    void screenReadersGetATitleASummaryAndTheFiguresAsATable() {
        Document doc = ChartAssertions.parse(ActivityChart.render("Algeria\u2013Russia", COUNTS, "c"));
        assertThat(ChartAssertions.title(doc)).isEqualTo("Events per year, Algeria\u2013Russia");
        assertThat(ChartAssertions.desc(doc))
                .isEqualTo("8 events from 2001 to 2023; the busiest year is 2023 with 5 events.");
        assertThat(doc.select("table.visually-hidden th[scope=col]").eachText()).containsExactly("Year", "Events");
        assertThat(doc.select("table.visually-hidden tbody tr").eachText())
                .containsExactly("2001 1", "2006 2", "2023 5");
    }

    @Test
    void aVeryLongSpanIsDrawnByDecade() {
        List<YearCount> counts =
                List.of(new YearCount(1814, 1), new YearCount(1830, 2), new YearCount(1835, 1), new YearCount(2023, 4));
        Document doc = ChartAssertions.parse(ActivityChart.render("A\u2013B", counts, "c"));
        assertThat(ChartAssertions.title(doc)).startsWith("Events per decade");
        assertThat(doc.select("rect.chart__bar > title").eachText())
                .containsExactly("1810s: 1 event", "1830s: 3 events", "2020s: 4 events");
        assertThat(ChartAssertions.desc(doc)).contains("each bar is a decade");
    }

    @Test
    void aNameWithMarkupIsTextInTheChart() {
        String name = "<script>alert('x')</script> & \"Union\"";
        ChartMarkup chart = ActivityChart.render(name, COUNTS, "c");
        assertThat(chart.html())
                .doesNotContain("<script")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Union&quot;");
        Document doc = ChartAssertions.parse(chart);
        assertThat(ChartAssertions.title(doc)).isEqualTo("Events per year, " + name);
    }

    @Test
    void idsCarryThePrefixSoTwoChartsCanShareAPage() {
        Document doc = ChartAssertions.parse(ActivityChart.render("A\u2013B", COUNTS, "chart_x"));
        assertThat(doc.select("svg").attr("aria-labelledby")).isEqualTo("chart_x_title chart_x_desc");
    }

    @Test
    void nothingToDrawGivesNoChart() {
        assertThat(ActivityChart.render("A\u2013B", List.of(), "c")).isNull();
    }

    @Test
    void aSingleYearStillGetsABarAndALabel() {
        Document doc = ChartAssertions.parse(ActivityChart.render("A\u2013B", List.of(new YearCount(1962, 1)), "c"));
        assertThat(doc.select("rect.chart__bar")).hasSize(1);
        assertThat(doc.select("text.chart__label").eachText()).contains("1962");
    }

    static List<YearCount> everyYear(int from, int to) {
        List<YearCount> out = new java.util.ArrayList<>();
        for (int y = from; y <= to; y++) out.add(new YearCount(y, 1 + y % 3));
        return out;
    }

    @Test
    void onAPhoneALongSpanIsDrawnInWiderBarsThatEndWithTheLatestYears() {
        ChartMarkup chart = ActivityChart.render("A\u2013B", everyYear(1950, 2023), "c");
        Document narrow = ChartAssertions.narrow(chart);
        var bars = narrow.select("rect.chart__bar");
        assertThat(bars).hasSizeLessThanOrEqualTo(ActivityChart.NARROW_BARS);
        assertThat(narrow.select("rect.chart__bar > title").eachText()).first().isEqualTo("1950\u20131954: 9 events");
        assertThat(narrow.select("rect.chart__bar > title").eachText())
                .last()
                .asString()
                .startsWith("2020\u20132024");
        var last = bars.last();
        double right = Double.parseDouble(last.attr("x")) + Double.parseDouble(last.attr("width"));
        assertThat(right).as("the latest bar is inside the phone drawing").isLessThanOrEqualTo(360);
        assertThat(narrow.select("svg").attr("viewBox")).isEqualTo("0 0 360 190");
        assertThat(ChartAssertions.title(narrow)).isEqualTo("Events per 5 years, A\u2013B");
        // The wide drawing keeps a bar per year.
        assertThat(ChartAssertions.parse(chart).select("rect.chart__bar")).hasSize(74);
    }

    @Test
    void oneEventIsAShortNarrowBarNotOneFillingTheChart() {
        Document doc = ChartAssertions.parse(ActivityChart.render("A\u2013B", List.of(new YearCount(1962, 1)), "c"));
        var bar = doc.selectFirst("rect.chart__bar");
        double plotHeight = 180 - 10 - 24;
        assertThat(Double.parseDouble(bar.attr("height")))
                .isCloseTo(plotHeight / 5, org.assertj.core.data.Offset.offset(0.1));
        assertThat(Double.parseDouble(bar.attr("width"))).isLessThanOrEqualTo(ActivityChart.MAX_STEP);
        assertThat(doc.select("text.chart__label").eachText()).contains("5").doesNotContain("1");
    }

    @Test
    void eachBarLinksToTheFirstOfItsYearsOnTheTimeline() {
        ChartMarkup chart = ActivityChart.render("A\u2013B", everyYear(1950, 2023), "c", (from, to) -> "/p/#y" + to);
        Document wide = ChartAssertions.parse(chart);
        assertThat(wide.select("a.chart__link")).hasSize(74);
        assertThat(wide.select("a.chart__link").last().attr("href")).isEqualTo("/p/#y2023");
        assertThat(wide.select("a.chart__link").first().attr("tabindex")).isEqualTo("-1");
        assertThat(ChartAssertions.narrow(chart).select("a.chart__link").first().attr("href"))
                .isEqualTo("/p/#y1954");
        assertThat(wide.select("figcaption").text()).contains("each bar leads to its events");
    }
}
