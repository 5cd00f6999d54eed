package org.relationstimeline.render.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.relationstimeline.site.pages.PageViews.TypeBalance;
import org.relationstimeline.site.pages.PageViews.TypeYear;

class BalanceChartTest {
    static final TypeBalance BALANCE = new TypeBalance(
            List.of(
                    new TypeYear(2001, 2, 0, "/r/a-b/#y2001"),
                    new TypeYear(2006, 1, 1, "/r/a-b/#y2006"),
                    new TypeYear(2010, 0, 4, "/r/a-b/page/2/#y2010")),
            3,
            5,
            2);

    private static double attr(Element e, String name) {
        return Double.parseDouble(e.attr(name));
    }

    /** The y of the axis between the two sides. */
    private static double axis(Document doc) {
        return attr(doc.selectFirst("line.chart__axis"), "y1");
    }

    @Test
    void cooperationRisesAboveTheAxisAndConflictHangsBelowIt() {
        Document doc = ChartAssertions.parse(BalanceChart.render("A\u2013B", BALANCE, "c"), "group");
        double axis = axis(doc);
        List<Element> cooperation = doc.select("rect.chart__bar--cooperation");
        List<Element> conflict = doc.select("rect.chart__bar--conflict");
        assertThat(cooperation).hasSize(2);
        assertThat(conflict).hasSize(2);
        for (Element r : cooperation)
            assertThat(attr(r, "y") + attr(r, "height")).isCloseTo(axis, offset(0.2));
        for (Element r : conflict) assertThat(attr(r, "y")).isCloseTo(axis, offset(0.2));
        // 4 conflict events in 2010 is the most, drawn as tall as the scale (nice ceiling 5 of 66 units).
        assertThat(attr(conflict.get(1), "height")).isGreaterThan(attr(conflict.get(0), "height") * 3.9);
    }

    @Test
    void eachBarLinksToItsYearOnThePageThatListsIt() {
        Document doc = ChartAssertions.parse(BalanceChart.render("A\u2013B", BALANCE, "c"), "group");
        assertThat(doc.select("a.chart__link").eachAttr("href"))
                .containsExactly("/r/a-b/#y2001", "/r/a-b/#y2006", "/r/a-b/#y2006", "/r/a-b/page/2/#y2010");
        assertThat(doc.select("a.chart__link > title").eachText())
                .containsExactly(
                        "2001: 2 events of cooperation",
                        "2006: 1 event of cooperation",
                        "2006: 1 event of conflict",
                        "2010: 4 events of conflict");
    }

    @Test
    void screenReadersGetATitleASummaryAndTheFiguresAndTheCaptionSaysWhatIsCounted() {
        Document doc = ChartAssertions.parse(BalanceChart.render("A\u2013B", BALANCE, "c"), "group");
        assertThat(ChartAssertions.title(doc)).isEqualTo("Cooperation and conflict per year, A\u2013B");
        assertThat(ChartAssertions.desc(doc))
                .isEqualTo("8 events with a type from 2001 to 2010: 3 of cooperation (bars above the line)"
                        + " and 5 of conflict (bars below).");
        assertThat(doc.select(".visually-hidden > table th[scope=col]").eachText())
                .containsExactly("Year", "Cooperation", "Conflict");
        assertThat(doc.select(".visually-hidden > table tbody tr").eachText())
                .containsExactly("2001 2 0", "2006 1 1", "2010 0 4");
        assertThat(doc.select("figure > figcaption").text())
                .isEqualTo("Counts are of the events recorded on this site that have a type, not of all that"
                        + " happened. 2 events have no type and are not counted.");
    }

    @Test
    void withoutUntypedEventsTheCaptionSaysOnlyWhatIsCounted() {
        TypeBalance all = new TypeBalance(BALANCE.years(), 3, 5, 0);
        Document doc = ChartAssertions.parse(BalanceChart.render("A\u2013B", all, "c"), "group");
        assertThat(doc.select("figcaption").text()).doesNotContain("no type");
    }

    @Test
    void oneEventDoesNotFillTheChart() {
        TypeBalance one = new TypeBalance(List.of(new TypeYear(2020, 1, 0, "/x/#y2020")), 1, 0, 0);
        Document doc = ChartAssertions.parse(BalanceChart.render("A\u2013B", one, "c"), "group");
        Element bar = doc.selectFirst("rect.chart__bar--cooperation");
        assertThat(attr(bar, "height")).as("half of one side").isCloseTo(33, offset(0.2));
        assertThat(attr(bar, "width")).isLessThanOrEqualTo(24);
        assertThat(doc.select("text.chart__label").eachText()).contains("2020");
    }

    @Test
    void aLongSpanIsDrawnInPeriodsOfNoMoreThanThirtyBarsEachWithItsNewestYearsLink() {
        List<TypeYear> years = new ArrayList<>();
        for (int y = 1800; y <= 2020; y += 4) years.add(new TypeYear(y, 1, y % 8 == 0 ? 1 : 0, "/p/#y" + y));
        TypeBalance long_ = new TypeBalance(years, years.size(), 28, 0);
        Document doc = ChartAssertions.parse(BalanceChart.render("A\u2013B", long_, "c"), "group");
        assertThat(ChartAssertions.title(doc)).isEqualTo("Cooperation and conflict per 10 years, A\u2013B");
        assertThat(doc.select(".visually-hidden > table tbody tr").first().text())
                .isEqualTo("1800s 3 2");
        assertThat(doc.select(".visually-hidden > table tbody tr")).hasSize(23);
        assertThat(doc.select("rect.chart__bar--cooperation")).hasSizeLessThanOrEqualTo(BalanceChart.MAX_BARS);
        assertThat(doc.select("a.chart__link").first().attr("href"))
                .as("the 1800s link to their newest typed year")
                .isEqualTo("/p/#y1808");
        assertThat(BalanceChart.periodWidth(1990, 2019)).isEqualTo(1);
        assertThat(BalanceChart.periodWidth(1990, 2020)).isEqualTo(2);
        assertThat(BalanceChart.periodWidth(1900, 2020)).isEqualTo(5);
    }

    @Test
    void everyLabelStaysInsideTheChart() {
        Document doc = ChartAssertions.parse(BalanceChart.render("A\u2013B", BALANCE, "c"), "group");
        for (Element label : doc.select("text.chart__label[text-anchor=middle]")) {
            double half = Scale.textWidth(label.text(), 12) / 2;
            assertThat(attr(label, "x") - half).as(label.text()).isGreaterThanOrEqualTo(0);
            assertThat(attr(label, "x") + half).as(label.text()).isLessThanOrEqualTo(BalanceChart.WIDTH);
        }
    }

    @Test
    void nothingIsDrawnWithoutTypedEvents() {
        assertThat(BalanceChart.render("A\u2013B", null, "c")).isNull();
        assertThat(BalanceChart.render("A\u2013B", new TypeBalance(List.of(), 0, 0, 4), "c"))
                .isNull();
    }
}
